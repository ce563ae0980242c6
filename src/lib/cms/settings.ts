// Where the CMS at /admin/ reads and writes: content/cms.json, set once by the department (see the
// README, "Connecting the repository"). Kept out of site.json so the CMS never edits its own access.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, problemsFromZod } from '../content/problems.ts';

const repo = z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: 'the repository as owner/name (GitLab: group/subgroup/name)' });
const branch = z.string().min(1).default('main');
const https = z.url({ protocol: /^https$/, error: 'an https:// address' });

/** Common to every backend: what the pipeline does with a change (README, "Pipeline"). Optional,
 * read through pipelineSettings(), which gives the defaults: translations "report", publish "none". */
const pipeline = {
  /** "strict": the pipeline runs `npm run status -- --strict` and publishes nothing while English is missing or behind. */
  translations: z.enum(['strict', 'report']).optional(),
  /** Where the pipeline publishes dist/. */
  publish: z
    .discriminatedUnion('host', [
      z.strictObject({ host: z.literal('cloudflare-pages'), project: z.string().regex(/^[a-z0-9][a-z0-9-]{0,57}$/, { error: 'the Pages project name (lower case letters, digits, hyphens)' }) }),
      z.strictObject({ host: z.literal('netlify'), site: z.string().regex(/^[\w-]+$/, { error: 'the Netlify site ID (Site configuration → Site ID) or its name' }) }),
      z.strictObject({
        host: z.literal('ssh'),
        /** user@host:/absolute/folder, or /absolute/folder when the pipeline runs on the web server itself. */
        target: z.string().regex(/^(?:[\w.-]+@[\w.-]+:)?\/[\w.-][\w./-]*$/, { error: 'user@host:/absolute/folder (or /absolute/folder on the machine the pipeline runs on)' }),
        port: z.int().min(1).max(65535).optional(),
        /** How many releases to keep on the server, the live one included (default 5). */
        keep: z.int().min(2).max(100).optional(),
        /** Branch previews at https://<branch>.<previewDomain>/ (a wildcard DNS name and certificate); none without it. */
        previewDomain: z.string().regex(/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/, { error: 'a domain name such as preview.invest.example.vn' }).optional(),
      }),
      z.strictObject({ host: z.literal('none') }),
    ])
    .optional(),
};

/** Review before publish (Sveltia's editorial workflow, GitHub and GitLab only): a save is a draft
 * on a branch of its own with a preview, published when someone presses Publish. On by default. */
const review = z
  .strictObject({
    required: z.boolean(),
    /** Whether the CMS also offers "Sửa gấp" (urgent correction) collections, whose saves of an
     * existing entry go live at once, without review. */
    urgentMaySkip: z.boolean().default(false),
  })
  .optional();

export const cmsSettingsSchema = z.discriminatedUnion('backend', [
  z.strictObject({
    backend: z.literal('github'),
    repo,
    branch,
    /** The OAuth proxy that turns GitHub's sign-in into a token (sveltia-cms-auth, a Cloudflare Worker). */
    authUrl: https,
    review,
    ...pipeline,
  }),
  z.strictObject({
    backend: z.literal('gitlab'),
    repo,
    branch,
    /** The "Application ID" of an OAuth application on GitLab (sign-in with PKCE, no server). */
    appId: z.string().min(1),
    /** A self-hosted GitLab; gitlab.com by default. */
    url: https.default('https://gitlab.com'),
    review,
    ...pipeline,
  }),
  z.strictObject({
    backend: z.literal('gitea'),
    repo,
    branch,
    /** The "Client ID" of an OAuth2 application on the Gitea or Forgejo server (PKCE, no server). */
    appId: z.string().min(1),
    /** The Gitea or Forgejo server, e.g. https://codeberg.org. */
    url: https,
    review: z
      .strictObject({
        required: z.boolean().refine((v) => !v, { error: 'false: Sveltia CMS reviews before publishing on the GitHub and GitLab backends only' }),
        urgentMaySkip: z.boolean().refine((v) => !v, { error: 'false (without review every save is published at once)' }).optional(),
      })
      .optional(),
    ...pipeline,
  }),
]);
export type CmsSettings = z.output<typeof cmsSettingsSchema>;
export type PublishTarget = NonNullable<CmsSettings['publish']>;

/** The pipeline's part of content/cms.json, with its defaults. */
export function pipelineSettings(s: CmsSettings): { translations: 'strict' | 'report'; publish: PublishTarget } {
  return { translations: s.translations ?? 'report', publish: s.publish ?? { host: 'none' } };
}

/** Whether saves wait for review, and whether urgent corrections may skip it. */
export function reviewSettings(s: CmsSettings): { required: boolean; urgentMaySkip: boolean } {
  if (s.backend === 'gitea') return { required: false, urgentMaySkip: false };
  return { required: s.review?.required ?? true, urgentMaySkip: (s.review?.required ?? true) && (s.review?.urgentMaySkip ?? false) };
}

export const CMS_SETTINGS_FILE = 'cms.json';

/** content/cms.json, checked; a broken file stops the build like any other content file. */
export function readCmsSettings(contentDir: string): CmsSettings {
  const file = path.join(contentDir, CMS_SETTINGS_FILE);
  const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
  if (!existsSync(file)) {
    throw new ContentError([{ file: shown, field: '(whole file)', expected: 'the file to exist (which repository the CMS at /admin/ edits; see the README)', found: 'no file' }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new ContentError([{ file: shown, field: '(whole file)', expected: 'valid JSON', found: (err as Error).message }]);
  }
  const r = cmsSettingsSchema.safeParse(raw, { reportInput: true });
  if (!r.success) throw new ContentError(problemsFromZod(shown, r.error));
  return r.data;
}

/** The backend block of Sveltia's configuration. */
export function sveltiaBackend(s: CmsSettings): Record<string, unknown> {
  const common = { repo: s.repo, branch: s.branch, commit_messages: COMMIT_MESSAGES };
  switch (s.backend) {
    case 'github':
      return { name: 'github', ...common, base_url: s.authUrl };
    case 'gitlab': {
      const origin = new URL(s.url).origin;
      return { name: 'gitlab', ...common, auth_type: 'pkce', app_id: s.appId, base_url: origin, api_root: `${origin}/api/v4` };
    }
    case 'gitea': {
      const origin = new URL(s.url).origin;
      return { name: 'gitea', ...common, app_id: s.appId, base_url: origin, api_root: `${origin}/api/v1` };
    }
  }
}

/** Commit messages staff and reviewers read in the history: what changed, in Vietnamese and English. */
export const COMMIT_MESSAGES = {
  create: 'Thêm / Add: {{collection}} “{{slug}}”',
  update: 'Sửa / Update: {{collection}} “{{slug}}”',
  delete: 'Xóa / Delete: {{collection}} “{{slug}}”',
  uploadMedia: 'Tải lên / Upload: “{{path}}”',
  deleteMedia: 'Xóa tệp / Delete: “{{path}}”',
};

/** What the CMS page must be allowed to reach on the git host: API calls, status checks, avatars. */
export function gitHostSources(s: CmsSettings): { connect: string[]; img: string[] } {
  switch (s.backend) {
    case 'github':
      return { connect: ['https://api.github.com', 'https://www.githubstatus.com'], img: ['https://*.githubusercontent.com'] };
    case 'gitlab': {
      const origin = new URL(s.url).origin;
      const hosted = origin === 'https://gitlab.com';
      return {
        connect: [origin, ...(hosted ? ['https://status-api.hostedstatus.com'] : [])],
        img: [origin, 'https://secure.gravatar.com', ...(hosted ? ['https://gitlab.com'] : [])].filter((v, i, a) => a.indexOf(v) === i),
      };
    }
    case 'gitea': {
      const origin = new URL(s.url).origin;
      return { connect: [origin], img: [origin] };
    }
  }
}
