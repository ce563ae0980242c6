// The host configurations generated from the header table, by file name. `npm run deploy:config`
// writes them (vercel.json at the root, where Vercel reads it; the rest in deploy/), and a unit
// test fails when a committed file differs from what the table gives. dist/_headers is written
// by every build instead, since its paths come from the files built (src/integrations/host-headers.ts).
import type { PublishTarget } from '../cms/settings.ts';
import type { HeaderTable } from '../headers.ts';
import { apacheConf } from './apache.ts';
import { caddyfile } from './caddy.ts';
import { cloudfrontConfig } from './cloudfront.ts';
import { nginxConf } from './nginx.ts';
import { vercelJson } from './vercel.ts';
import { LANGUAGES } from '../languages.ts';

/** Language folders with their own 404 page: every language but the one at the root. */
const LOCALIZED_404 = LANGUAGES.map((l) => l.prefix).filter(Boolean);

/** The folder on the server that the pipeline's ssh publishing keeps its releases in (README, "Pipeline"). */
export function sshFolder(target: string): string {
  return target.replace(/^[^:/]+:/, '').replace(/\/+$/, '') || '/';
}

/** With content/cms.json's `publish` an ssh target, nginx serves its `current` release (and, with
 * a preview domain, each branch preview at https://<branch>.<domain>/). */
export function deployFiles(table: HeaderTable, siteUrl: string, publish: PublishTarget = { host: 'none' }): Record<string, string> {
  const host = new URL(siteUrl).hostname;
  const ssh = publish.host === 'ssh' ? publish : undefined;
  const root = ssh ? `${sshFolder(ssh.target)}/current` : `/var/www/${host}/dist`;
  const certFor = (name: string) => ({ certificate: `/etc/letsencrypt/live/${name}/fullchain.pem`, certificateKey: `/etc/letsencrypt/live/${name}/privkey.pem` });
  const cert = certFor(host);
  const previews = ssh?.previewDomain
    ? `\n# Branch previews (content/cms.json "previewDomain"): https://<branch>.${ssh.previewDomain}/ serves ${sshFolder(ssh.target)}/previews/<branch>/,
# never indexed. Needs a wildcard DNS name and a wildcard certificate for *.${ssh.previewDomain}.
${nginxConf(
  { ...table, common: { ...table.common, 'X-Robots-Tag': 'noindex' } },
  { serverName: `~^(?<preview>[a-z0-9-]+)\\.${ssh.previewDomain.replaceAll('.', '\\.')}$`, root: `${sshFolder(ssh.target)}/previews/$preview`, ...certFor(ssh.previewDomain), localized404: LOCALIZED_404 },
).replace(/^# Generated[^\n]*\n[^\n]*\n/, '')}`
    : '';
  return {
    'deploy/nginx.conf': nginxConf(table, { serverName: host, root, ...cert, localized404: LOCALIZED_404 }) + previews,
    'deploy/Caddyfile': caddyfile(table, { serverName: host, root, localized404: LOCALIZED_404 }),
    'deploy/apache.conf': apacheConf(table, { serverName: host, root, ...cert, localized404: LOCALIZED_404 }),
    'deploy/cloudfront.json': cloudfrontConfig(table),
    'vercel.json': vercelJson(table),
  };
}

/** Cloudflare Pages reads at most 100 rules of _headers, and lines of at most 2,000 characters. */
export const CLOUDFLARE_LIMITS = { rules: 100, lineLength: 2000 } as const;
