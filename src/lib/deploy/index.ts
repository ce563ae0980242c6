// The host configurations generated from the header table, by file name. `npm run deploy:config`
// writes them (vercel.json at the root, where Vercel reads it; the rest in deploy/), and a unit
// test fails when a committed file differs from what the table gives. dist/_headers is written
// by every build instead, since its paths come from the files built (src/integrations/host-headers.ts).
import type { HeaderTable } from '../headers.ts';
import { apacheConf } from './apache.ts';
import { caddyfile } from './caddy.ts';
import { cloudfrontConfig } from './cloudfront.ts';
import { nginxConf } from './nginx.ts';
import { vercelJson } from './vercel.ts';
import { LANGUAGES } from '../languages.ts';

/** Language folders with their own 404 page: every language but the one at the root. */
const LOCALIZED_404 = LANGUAGES.map((l) => l.prefix).filter(Boolean);

export function deployFiles(table: HeaderTable, siteUrl: string): Record<string, string> {
  const host = new URL(siteUrl).hostname;
  const root = `/var/www/${host}/dist`;
  const cert = { certificate: `/etc/letsencrypt/live/${host}/fullchain.pem`, certificateKey: `/etc/letsencrypt/live/${host}/privkey.pem` };
  return {
    'deploy/nginx.conf': nginxConf(table, { serverName: host, root, ...cert, localized404: LOCALIZED_404 }),
    'deploy/Caddyfile': caddyfile(table, { serverName: host, root, localized404: LOCALIZED_404 }),
    'deploy/apache.conf': apacheConf(table, { serverName: host, root, ...cert, localized404: LOCALIZED_404 }),
    'deploy/cloudfront.json': cloudfrontConfig(table),
    'vercel.json': vercelJson(table),
  };
}

/** Cloudflare Pages reads at most 100 rules of _headers, and lines of at most 2,000 characters. */
export const CLOUDFLARE_LIMITS = { rules: 100, lineLength: 2000 } as const;
