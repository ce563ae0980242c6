// Publishing a finished build to the host content/cms.json names (README, "Pipeline"). Cloudflare
// Pages and Netlify through their own command-line tools, fetched with npx on the CI machine at a
// pinned version (neither is a dependency of the site); the department's own server over ssh and
// rsync (./ssh.ts). Each takes its credentials from the environment, under the secret names the
// workflows use, and stops before running anything when one is missing.
import { createHash } from 'node:crypto';
import type { PublishTarget } from '../../../src/lib/cms/settings.ts';
import { PublishError, run } from './run.ts';
import { publishRelease, publishSshPreview } from './ssh.ts';

export { PublishError };

export const WRANGLER = 'wrangler@4.164.0';
export const NETLIFY_CLI = 'netlify-cli@27.10.2';

/** The secrets each host needs, as the workflows name them. */
export const SECRETS: Record<PublishTarget['host'], string[]> = {
  'cloudflare-pages': ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID'],
  netlify: ['NETLIFY_AUTH_TOKEN'],
  ssh: ['SSH_PRIVATE_KEY', 'SSH_KNOWN_HOSTS'],
  none: [],
};

export interface Context {
  /** The branch built: the production branch for a live publish, the editor's branch for a preview. */
  branch: string;
  commit?: string;
  /** content/site.json's url: where the live site is. */
  siteUrl: string;
  /** One line for the host's deployment list. */
  message: string;
}

export interface Published {
  /** Where it can be seen. */
  url?: string;
  /** What was done, for the log. */
  summary: string;
}

/** A branch name as a host name label: lower case ASCII, digits and hyphens, at most `max` characters
 * (Netlify's aliases take 37); a longer name keeps its start and gets a short hash of the whole. */
export function previewSlug(branch: string, max = 37): string {
  const base =
    branch
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'preview';
  if (base.length <= max) return base;
  const hash = createHash('sha256').update(branch).digest('hex').slice(0, 6);
  return `${base.slice(0, max - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

function requireSecrets(target: PublishTarget, env = process.env): void {
  // A folder on the machine the pipeline runs on needs no key; outside CI (a developer's machine),
  // ssh may use an agent's key and ~/.ssh/known_hosts.
  if (target.host === 'ssh' && (target.target.startsWith('/') || !env.CI)) return;
  const missing = SECRETS[target.host].filter((name) => !env[name]);
  if (missing.length) {
    const many = missing.length > 1;
    throw new PublishError(`Publishing to ${target.host} needs the secret${many ? 's' : ''} ${missing.join(' and ')}, which ${many ? 'are' : 'is'} not set (README, "Pipeline": set ${many ? 'them' : 'it'} in the repository's CI settings). Nothing was published.`);
  }
}

async function wrangler(project: string, dir: string, branch: string, ctx: Context): Promise<string | undefined> {
  const args = ['--yes', `--package=${WRANGLER}`, 'wrangler', 'pages', 'deploy', dir, `--project-name=${project}`, `--branch=${branch}`, ...(ctx.commit ? [`--commit-hash=${ctx.commit}`] : []), `--commit-message=${ctx.message}`];
  const r = await run('npx', args);
  if (r.status !== 0) throw new PublishError(`wrangler pages deploy failed (exit ${r.status}); Cloudflare keeps serving the previous deployment.`);
  return /Deployment alias URL: (https:\/\/\S+)/.exec(r.output)?.[1] ?? /Take a peek over at (https:\/\/\S+)/.exec(r.output)?.[1];
}

async function netlify(site: string, dir: string, where: { prod: true } | { alias: string }, ctx: Context): Promise<string | undefined> {
  const args = ['--yes', `--package=${NETLIFY_CLI}`, 'netlify', 'deploy', `--dir=${dir}`, `--site=${site}`, '--no-build', '--json', `--message=${ctx.message}`, ...('prod' in where ? ['--prod'] : [`--alias=${where.alias}`])];
  const r = await run('npx', args);
  if (r.status !== 0) throw new PublishError(`netlify deploy failed (exit ${r.status}); Netlify keeps serving the previous deploy.`);
  // --json prints a heading first, then the JSON object.
  const at = r.output.search(/^\{/m);
  try {
    const json = JSON.parse(r.output.slice(at, r.output.lastIndexOf('}') + 1)) as { url?: string; deploy_url?: string };
    return 'prod' in where ? (json.url ?? json.deploy_url) : json.deploy_url;
  } catch {
    return undefined;
  }
}

/** Publishes `dir` as the live site. */
export async function publishLive(target: PublishTarget, dir: string, ctx: Context): Promise<Published> {
  requireSecrets(target);
  switch (target.host) {
    case 'none':
      return { summary: 'content/cms.json names no host ("publish": {"host": "none"}): the build passed, and nothing was published.' };
    case 'cloudflare-pages': {
      const url = await wrangler(target.project, dir, ctx.branch, ctx);
      return { url: ctx.siteUrl, summary: `Cloudflare Pages project ${target.project}: production deployment ${url ?? ''}`.trim() };
    }
    case 'netlify': {
      const url = await netlify(target.site, dir, { prod: true }, ctx);
      return { url: ctx.siteUrl, summary: `Netlify site ${target.site}: production deploy ${url ?? ''}`.trim() };
    }
    case 'ssh': {
      const r = await publishRelease(target, dir, ctx);
      return { url: ctx.siteUrl, summary: r };
    }
  }
}

/** Publishes `dir` as the preview of ctx.branch, at an address of its own. */
export async function publishPreview(target: PublishTarget, dir: string, ctx: Context): Promise<Published> {
  requireSecrets(target);
  const slug = previewSlug(ctx.branch);
  switch (target.host) {
    case 'none':
      return { summary: 'content/cms.json names no host: the preview was built and checked, and is published nowhere.' };
    case 'cloudflare-pages': {
      // Any branch but the project's production branch is a preview, at https://<branch alias>.<project>.pages.dev.
      const url = await wrangler(target.project, dir, ctx.branch, ctx);
      return { url, summary: `Cloudflare Pages project ${target.project}: preview of ${ctx.branch}` };
    }
    case 'netlify': {
      const url = await netlify(target.site, dir, { alias: slug }, ctx);
      return { url, summary: `Netlify site ${target.site}: draft deploy with alias ${slug}` };
    }
    case 'ssh': {
      const summary = await publishSshPreview(target, dir, slug, ctx);
      return { url: target.previewDomain ? `https://${slug}.${target.previewDomain}/` : undefined, summary };
    }
  }
}
