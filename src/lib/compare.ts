// The zone comparison's choice, as the URL keeps it: ?zones=vsip-1,bau-bang (2 to 4 zones).
export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;

/** Known zone ids from the URL, in their order, without repeats, at most MAX_COMPARE. */
export function parseChoice(params: URLSearchParams, known: readonly string[]): string[] {
  const ids = params.getAll('zones').flatMap((v) => v.split(',')).map((s) => s.trim());
  return [...new Set(ids)].filter((id) => known.includes(id)).slice(0, MAX_COMPARE);
}

export function choiceToParams(ids: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  if (ids.length) params.set('zones', ids.join(','));
  return params;
}

/** Which zones the table shows: the chosen ones, or all of them when none is chosen. */
export function visibleZones(choice: readonly string[], all: readonly string[]): string[] {
  return choice.length ? all.filter((id) => choice.includes(id)) : [...all];
}
