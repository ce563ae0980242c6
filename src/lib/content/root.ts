import path from 'node:path';

/** Where content lives: CONTENT_DIR (used by the bad-content tests) or ./content. */
export function contentRoot(cwd = process.cwd()): string {
  return path.resolve(cwd, process.env.CONTENT_DIR ?? 'content');
}

/** A path as the build names it in messages: relative to the project when inside it. */
export function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel.split(path.sep).join('/');
}
