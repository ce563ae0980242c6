// nginx: one server on HTTP that redirects to HTTPS, and the site on HTTPS. Each class of the
// table is a regex location, tried in the table's order (nginx takes the first regex location
// that matches), and pages are "location /". nginx's add_header in a location replaces, not adds
// to, the server's, so every location lists the common headers too; "always" sends them with
// error responses as well. A file type nginx's table lacks gets a location nested in each class's
// (a "types" block there would replace the whole inherited table), and one of its own for the
// pages' class after the classes: regex locations nested in a prefix location ("/") would be
// tried before the classes' and take their files.
import type { HeaderTable } from '../headers.ts';
import { mediaTypes } from './media-types.ts';
import { classPattern, pageClass, quoted, specificClasses } from './regex.ts';

export interface NginxOptions {
  serverName: string;
  /** The folder the build wrote (dist/). */
  root: string;
  certificate: string;
  certificateKey: string;
  httpPort?: number;
  httpsPort?: number;
  /** Language folders that have their own 404 page, e.g. ["en"]. */
  localized404?: string[];
}

export function nginxConf(table: HeaderTable, o: NginxOptions): string {
  const https = o.httpsPort ?? 443;
  const http = o.httpPort ?? 80;
  const target = https === 443 ? 'https://$host$request_uri' : `https://$host:${https}$request_uri`;
  const headers = (h: Record<string, string>, indent: string) =>
    Object.entries({ ...table.common, ...h }).map(([k, v]) => `${indent}add_header ${k} ${quoted(v)} always;`).join('\n');
  const location = (match: string, note: string, h: Record<string, string>, extra: string[] = []) =>
    [`    # ${note}`, `    location ${match} {`, headers(h, '      '), ...extra.map((l) => `      ${l}`), '      try_files $uri $uri/ =404;', '    }'].join('\n');
  const typed = (ext: string) => `~ ${quoted(`\\.${ext}$`)}`;
  const typeOf = (type: string) => ['types { }', `default_type ${quoted(type)};`];
  // Inside each class's location, so the file keeps that class's headers.
  const nested = mediaTypes().map(([ext, type]) => `location ${typed(ext)} { ${typeOf(type).join(' ')} }`);
  const page = pageClass(table);
  return `# Generated from src/lib/headers.ts (the one header table) by \`npm run deploy:config\`. Do not edit:
# change the table and regenerate. Adjust server_name, root and the certificate paths (README, "Deploy").

server {
    listen ${http};
    listen [::]:${http};
    server_name ${o.serverName};
    return 301 ${target};
}

server {
    # "listen ... http2" works from nginx 1.9 to today (newer versions prefer "http2 on;", which
    # Debian 12's nginx 1.22 does not know).
    listen ${https} ssl http2;
    listen [::]:${https} ssl http2;
    server_name ${o.serverName};
    ssl_certificate ${o.certificate};
    ssl_certificate_key ${o.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;

    root ${o.root};
    index index.html;
    charset utf-8;
    server_tokens off;
    gzip on;
    gzip_vary on;
    gzip_types text/css text/plain text/csv application/javascript application/json application/ld+json application/xml image/svg+xml;
    error_page 404 /404.html;

${specificClasses(table)
  .map((c) => location(`~ ${quoted(classPattern(c))}`, c.note, c.headers, nested))
  .join('\n\n')}

${mediaTypes()
  .map(([ext, type]) => location(typed(ext), `${page.note} (.${ext}: its media type)`, page.headers, typeOf(type)))
  .join('\n\n')}

${location('/', page.note, page.headers)}
${(o.localized404 ?? [])
  .map((l) => `\n${location(`/${l}/`, `${page.note} (${l}: its own 404 page)`, page.headers, [`error_page 404 /${l}/404.html;`])}`)
  .join('')}
}
`;
}
