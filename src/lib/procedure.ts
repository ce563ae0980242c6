// The total statutory time of a procedure: the sum of the steps whose limit the law in force
// states, with the others listed so nobody reads the sum as the whole.
export interface StepTime {
  id: string;
  days?: number;
}

export function procedureTotal(steps: readonly StepTime[]): { days: number; counted: number; unknown: string[] } {
  const known = steps.filter((s) => s.days !== undefined);
  return { days: known.reduce((sum, s) => sum + s.days!, 0), counted: known.length, unknown: steps.filter((s) => s.days === undefined).map((s) => s.id) };
}
