// Caddy: HTTPS and the redirect from HTTP come by default. Each class is a "handle" block inside a
// "route", so they are tried in the table's order and only the first that matches applies (Caddy's
// regular expressions have no look-ahead, so order does the excluding); the last handles pages.
// A file type Caddy may not know gets its Content-Type from a header of its own, which the file
// server keeps (it sets one only where none is); the 404 page sets its own back to HTML.
import type { HeaderTable } from '../headers.ts';
import { mediaTypes } from './media-types.ts';
import { classPattern, pageClass, quoted, specificClasses } from './regex.ts';

export interface CaddyOptions {
  serverName: string;
  root: string;
  localized404?: string[];
}

export function caddyfile(table: HeaderTable, o: CaddyOptions): string {
  const block = (h: Record<string, string>) => Object.entries(h).map(([k, v]) => `\t\t\t${k} ${quoted(v)}`).join('\n');
  const handle = (matcher: string, note: string, h: Record<string, string>) =>
    `\t\t# ${note}\n\t\thandle${matcher} {\n\t\t\theader {\n${block(h).replace(/^\t\t\t/gm, '\t\t\t\t')}\n\t\t\t}\n\t\t\tfile_server\n\t\t}`;
  const specific = specificClasses(table);
  const page = pageClass(table);
  return `# Generated from src/lib/headers.ts (the one header table) by \`npm run deploy:config\`. Do not edit:
# change the table and regenerate. Adjust the site address and root (README, "Deploy").

${o.serverName} {
\troot * ${o.root}
\tencode zstd gzip
\theader {
${block(table.common).replace(/^\t\t\t/gm, '\t\t')}
\t}
${mediaTypes().map(([ext, type]) => `\t@type-${ext} path *.${ext}\n\theader @type-${ext} Content-Type ${quoted(type)}`).join('\n')}
${specific.map((c) => `\t@${c.name} path_regexp ${quoted(classPattern(c))}`).join('\n')}
\troute {
${specific.map((c) => handle(` @${c.name}`, c.note, c.headers)).join('\n')}
${handle('', page.note, page.headers)}
\t}
\thandle_errors 404 {
${mediaTypes().length ? '\t\t# The 404 page is HTML, whatever type the missing file would have had.\n\t\theader Content-Type "text/html; charset=utf-8"\n' : ''}${(o.localized404 ?? []).map((l) => `\t\t@${l} path /${l}/*\n\t\trewrite @${l} /${l}/404.html`).join('\n')}
\t\trewrite * /404.html
\t\tfile_server
\t}
}
`;
}
