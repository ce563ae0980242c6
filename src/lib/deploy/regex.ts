// The table's globs as regular expressions for hosts that match paths that way.
import { globPattern, type HeaderClass, type HeaderTable } from '../headers.ts';

/** One regular expression (without anchors' slashes) for all of a class's paths. */
export function classPattern(c: HeaderClass): string {
  const parts = c.paths.map((g) => globPattern(g).replace(/^\^/, '').replace(/\$$/, ''));
  return `^(?:${parts.join('|')})$`;
}

/** The classes other than the last (the catch-all for pages), in the order they are tried. */
export function specificClasses(table: HeaderTable): HeaderClass[] {
  return table.classes.slice(0, -1);
}

export function pageClass(table: HeaderTable): HeaderClass {
  return table.classes.at(-1)!;
}

/** A header value or a pattern in double quotes, for nginx, Apache and Caddy configuration files.
 * Their values and patterns hold no quote or backslash that those files would read differently
 * (a regular expression's "\." is read as it is). */
export function quoted(value: string): string {
  if (value.includes('"')) throw new Error(`a header value or pattern with a double quote: ${value}`);
  return `"${value}"`;
}
