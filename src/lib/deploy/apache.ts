// Apache (2.4, mod_headers): the common headers for every response, then the classes as an
// <If>/<ElseIf>/<Else> chain, so that only the first class that matches applies.
import type { HeaderTable } from '../headers.ts';
import { mediaTypes } from './media-types.ts';
import { classPattern, pageClass, quoted, specificClasses } from './regex.ts';

export interface ApacheOptions {
  serverName: string;
  root: string;
  certificate: string;
  certificateKey: string;
  localized404?: string[];
}

export function apacheConf(table: HeaderTable, o: ApacheOptions): string {
  const set = (h: Record<string, string>, indent: string) => Object.entries(h).map(([k, v]) => `${indent}Header always set ${k} ${quoted(v)}`).join('\n');
  const specific = specificClasses(table);
  const page = pageClass(table);
  const chain = [
    ...specific.map((c, i) => `    # ${c.note}\n    <${i === 0 ? 'If' : 'ElseIf'} "%{REQUEST_URI} =~ m#${classPattern(c)}#">\n${set(c.headers, '        ')}\n    </${i === 0 ? 'If' : 'ElseIf'}>`),
    `    # ${page.note}\n    <Else>\n${set(page.headers, '        ')}\n    </Else>`,
  ].join('\n');
  return `# Generated from src/lib/headers.ts (the one header table) by \`npm run deploy:config\`. Do not edit:
# change the table and regenerate. Needs mod_ssl, mod_headers, mod_rewrite; adjust ServerName,
# DocumentRoot and the certificate paths (README, "Deploy").

<VirtualHost *:80>
    ServerName ${o.serverName}
    RewriteEngine On
    RewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]
</VirtualHost>

<VirtualHost *:443>
    ServerName ${o.serverName}
    DocumentRoot ${o.root}
    SSLEngine on
    SSLCertificateFile ${o.certificate}
    SSLCertificateKeyFile ${o.certificateKey}
    DirectoryIndex index.html
    ErrorDocument 404 /404.html
${(o.localized404 ?? []).map((l) => `    <Location /${l}/>\n        ErrorDocument 404 /${l}/404.html\n    </Location>`).join('\n')}
    <Directory ${o.root}>
        Options -Indexes
        AllowOverride None
        Require all granted
    </Directory>
    AddOutputFilterByType DEFLATE text/html text/css text/plain text/csv application/javascript application/json application/ld+json application/xml image/svg+xml
${mediaTypes().map(([ext, type]) => `    AddType ${type} .${ext}`).join('\n')}

${set(table.common, '    ')}

${chain}
</VirtualHost>
`;
}
