// Telling the git host what a run did, so Sveltia CMS can show it to staff (README, "Pipeline").
//
// Sveltia CMS 0.221 looks for a deployment of a commit among the commit's statuses, check runs and
// deployments (src/lib/services/backends/git/shared/deployment.js in sveltia/sveltia-cms): for an
// unpublished entry of the editorial workflow, those of its pull request's head commit give the
// "View Preview" link (the https URL, joined with the entry's preview_path); for the production
// branch, those of its head tell the board whether a published change is live yet. A name with
// "deploy" or "preview" in it is taken for a deployment; a URL on the git host itself (a job log)
// is never offered as a preview.
//   GitHub Actions: a commit status, context deploy/preview or deploy/production, through the REST
//     API with the job's GITHUB_TOKEN (permissions: statuses: write), and the step outputs url=.
//   GitLab CI: the job's environment (production, preview/<branch>) is the deployment; its URL
//     comes from the dotenv report this writes (.pipeline/deploy.env: DEPLOY_URL=...).
// Elsewhere (a developer's machine) it only prints.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stateDir } from './stamp.ts';

export type Kind = 'production' | 'preview';
export type State = 'pending' | 'success' | 'failure';

export const CONTEXT: Record<Kind, string> = { production: 'deploy/production', preview: 'deploy/preview' };

/** The page of this CI run, for a status without a site to link to. */
export function runUrl(env = process.env): string | undefined {
  if (env.GITHUB_ACTIONS === 'true' && env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID) return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
  if (env.GITLAB_CI === 'true' && env.CI_JOB_URL) return env.CI_JOB_URL;
  return undefined;
}

export interface Report {
  kind: Kind;
  state: State;
  /** The site or preview, when there is one. */
  url?: string;
  description: string;
}

/** Sets the commit status on GitHub; never fails the run (the publishing itself is what matters). */
export async function report(r: Report, env = process.env): Promise<void> {
  const url = r.url ?? runUrl(env);
  console.log(`status ${CONTEXT[r.kind]}: ${r.state}${url ? ` ${url}` : ''} (${r.description})`);
  if (env.GITHUB_OUTPUT && r.state === 'success') appendFileSync(env.GITHUB_OUTPUT, `url=${r.url ?? ''}\n`);
  if (env.GITLAB_CI === 'true' && r.state === 'success') {
    // GitLab reads it after the job (artifacts: reports: dotenv) for environment:url.
    mkdirSync(stateDir(), { recursive: true });
    writeFileSync(path.join(stateDir(), 'deploy.env'), `DEPLOY_URL=${r.url ?? url ?? ''}\n`);
  }
  if (env.GITHUB_ACTIONS !== 'true' || !env.GITHUB_REPOSITORY || !env.GITHUB_SHA) return;
  if (!env.GITHUB_TOKEN) {
    console.warn('GITHUB_TOKEN is not set: no commit status (the workflow passes github.token to this step).');
    return;
  }
  const api = env.GITHUB_API_URL ?? 'https://api.github.com';
  try {
    const res = await fetch(`${api}/repos/${env.GITHUB_REPOSITORY}/statuses/${env.GITHUB_SHA}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${env.GITHUB_TOKEN}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'content-type': 'application/json' },
      body: JSON.stringify({ state: r.state, context: CONTEXT[r.kind], description: r.description.slice(0, 140), ...(url && { target_url: url }) }),
    });
    if (!res.ok) console.warn(`The commit status was refused: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
  } catch (err) {
    console.warn(`The commit status could not be set: ${(err as Error).message}`);
  }
}
