// Turns validation failures into messages a staff editor can act on:
// the file, the field, what was expected and what was found.
import type { z } from 'zod';

export interface Problem {
  file: string;
  field: string;
  expected: string;
  found: string;
}

export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(`Content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was built.\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export function formatProblem(p: Problem): string {
  return `  ${p.file}: field "${p.field}": expected ${p.expected}, found ${p.found}`;
}

/** Problems grouped by field (a list index, or the line of a body, counts as the same field): the first few of each in
 * full, then how many more files have the same one, so that a mistake repeated in hundreds of
 * files (a renamed field, a copied error) stays a readable list. */
export function formatProblems(problems: Problem[], shown = 3): string {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = p.field.replace(/\[\d+\]/g, '[]').replace(/^line \d+: /, '');
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const lines: string[] = [];
  for (const [field, group] of groups) {
    lines.push(...group.slice(0, shown).map(formatProblem));
    const more = group.length - shown;
    if (more > 0) {
      const files = new Set(group.slice(shown).map((p) => p.file)).size;
      lines.push(`  … and ${more} more with field "${field}" (in ${files} more file${files === 1 ? '' : 's'})`);
    }
  }
  return lines.join('\n');
}

/** A short, quoted rendering of a value as the editor wrote it. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v === null) return 'null';
  if (typeof v === 'string') {
    const s = v.length > 60 ? `${v.slice(0, 57)}...` : v;
    return `${JSON.stringify(s)} (text)`;
  }
  if (typeof v === 'number') return `${v} (number)`;
  if (typeof v === 'boolean') return `${v} (true/false)`;
  if (Array.isArray(v)) return `a list of ${v.length} item${v.length === 1 ? '' : 's'}`;
  if (v instanceof Date) return `the date ${v.toISOString()}`;
  if (typeof v === 'object') return `an object with fields ${Object.keys(v).join(', ') || '(none)'}`;
  return String(v);
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

function fieldPath(path: PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(whole record)';
}

/** Zod's own messages start like this; anything else is a message we wrote in the schema. */
const ZOD_DEFAULT = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

export function problemsFromZod(file: string, error: z.core.$ZodError): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues) {
    const raw = issue as z.core.$ZodIssue & { input?: unknown };
    const custom = !ZOD_DEFAULT.test(issue.message);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({
            file,
            field: fieldPath([...issue.path, key]),
            expected: custom ? issue.message : 'no such field (check its spelling against the schema)',
            found: custom ? describeValue(key) : 'an unknown field',
          });
        }
        break;
      case 'invalid_type':
        out.push({
          file,
          field: fieldPath(issue.path),
          expected: custom ? issue.message : (TYPE_WORDS[issue.expected] ?? issue.expected),
          found: describeValue(raw.input),
        });
        break;
      case 'invalid_value':
        out.push({
          file,
          field: fieldPath(issue.path),
          expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
          found: describeValue(raw.input),
        });
        break;
      case 'too_small':
      case 'too_big': {
        const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
        const cmp = issue.code === 'too_small' ? 'at least' : 'at most';
        const what = issue.origin === 'array' ? ' items' : issue.origin === 'string' ? ' characters' : '';
        out.push({
          file,
          field: fieldPath(issue.path),
          expected: custom ? issue.message : `${cmp} ${String(bound)}${what}`,
          found: describeValue(raw.input),
        });
        break;
      }
      default:
        out.push({
          file,
          field: fieldPath(issue.path),
          expected: custom ? issue.message : issue.message.replace(/^Invalid (input|string)?:?\s*/i, '') || 'a valid value',
          found: describeValue(raw.input),
        });
    }
  }
  return out;
}

/** JSON.parse's message, with the line and column worked out for the editor. */
export function jsonSyntaxProblem(file: string, text: string, err: unknown): Problem {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(msg);
  let where = '';
  if (pos) {
    const before = text.slice(0, Number(pos[1]));
    const line = before.split('\n').length;
    const col = Number(pos[1]) - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${col}`;
  }
  return {
    file,
    field: '(whole file)',
    expected: 'valid JSON',
    found: `a syntax error${where}: ${msg.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+.*$/, '')}`,
  };
}
