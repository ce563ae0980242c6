// vercel.json: Vercel applies every rule whose source matches, so the common headers have one rule
// for all paths and each class a source that excludes the classes before it (a look-ahead), so
// that exactly one class's rule applies to any path, as in the table.
import type { HeaderTable } from '../headers.ts';
import { mediaTypes } from './media-types.ts';
import { classPattern } from './regex.ts';

/** A class pattern without its anchors and leading slash ("^(?:/data/.*)$" -> "(?:data/.*)"). */
function bare(pattern: string): string {
  return pattern.replace(/^\^\(\?:/, '(?:').replace(/\)\$$/, ')').replace(/\(\?:\//, '(?:').replace(/\|\//g, '|');
}

export function vercelSources(table: HeaderTable): string[] {
  return table.classes.map((c, i) => {
    const before = table.classes.slice(0, i).map((x) => bare(classPattern(x)));
    const own = i === table.classes.length - 1 ? '.*' : bare(classPattern(c));
    return `/(${before.length ? `(?!${before.join('|')}$)` : ''}${own})`;
  });
}

export function vercelJson(table: HeaderTable): string {
  const list = (h: Record<string, string>) => Object.entries(h).map(([key, value]) => ({ key, value }));
  const sources = vercelSources(table);
  const config = {
    $schema: 'https://openapi.vercel.sh/vercel.json',
    // Generated from src/lib/headers.ts by `npm run deploy:config`; README, "Deploy".
    installCommand: 'npm ci',
    buildCommand: 'npm run build',
    outputDirectory: 'dist',
    trailingSlash: true,
    headers: [
      { source: '/(.*)', headers: list(table.common) },
      ...table.classes.map((c, i) => ({ source: sources[i]!, headers: list(c.headers) })),
      // A file type the host may not know; no class sets Content-Type, so no rule sets it twice.
      ...mediaTypes().map(([ext, type]) => ({ source: `/(.*)\\.${ext}`, headers: [{ key: 'Content-Type', value: type }] })),
    ],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}
