// The pipeline's scripts without a build or a server: content/cms.json's pipeline fields, the stamp
// that keeps an unfinished build off the host, the commit statuses Sveltia CMS reads, and
// publish.ts and preview.ts run for real against stand-ins for npx (wrangler, netlify-cli) that
// record what they were asked. The ssh/rsync path and real builds: tests/content/pipeline.test.ts.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pipelineSettings, readCmsSettings } from '../../src/lib/cms/settings.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import { deployFiles } from '../../src/lib/deploy/index.ts';
import { headerTable } from '../../src/lib/headers.ts';
import { NETLIFY_CLI, previewSlug, WRANGLER } from '../../scripts/pipeline/lib/hosts.ts';
import { report } from '../../scripts/pipeline/lib/report.ts';
import { PREVIEW_HEADERS, statusArgs } from '../../scripts/pipeline/lib/rules.ts';
import { releaseId, sshCommand } from '../../scripts/pipeline/lib/ssh.ts';
import { NotPublishable, verifiedStamp, writeStamp } from '../../scripts/pipeline/lib/stamp.ts';

mkdirSync('tests/.tmp', { recursive: true });
const tmp = mkdtempSync(path.resolve('tests/.tmp/pipeline-unit-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CMS = JSON.parse(readFileSync('content/cms.json', 'utf8')) as Record<string, unknown>;

/** content/cms.json with the given fields, read as the build reads it; the problems' fields when it is refused. */
function settingsWith(fields: Record<string, unknown>) {
  const dir = mkdtempSync(path.join(tmp, 'cms-'));
  writeFileSync(path.join(dir, 'cms.json'), JSON.stringify({ ...CMS, ...fields }));
  try {
    return { settings: readCmsSettings(dir) };
  } catch (e) {
    if (e instanceof ContentError) return { fields: e.problems.map((p) => p.field).sort(), messages: e.problems.map((p) => `${p.field}: ${p.expected}`) };
    throw e;
  }
}

describe('content/cms.json: the translation rule and the host', () => {
  it("keeps today's file valid: translations reported, nothing published", () => {
    expect(pipelineSettings(readCmsSettings('content'))).toEqual({ translations: 'report', publish: { host: 'none' } });
  });

  it('takes each host with what it needs', () => {
    for (const publish of [
      { host: 'cloudflare-pages', project: 'dau-tu-binh-duong' },
      { host: 'netlify', site: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' },
      { host: 'ssh', target: 'deploy@web.binhduong.gov.vn:/srv/invest', port: 2222, keep: 10, previewDomain: 'preview.invest.binhduong.gov.vn' },
      { host: 'ssh', target: '/srv/invest' },
      { host: 'none' },
    ]) {
      const r = settingsWith({ translations: 'strict', publish });
      expect(r.settings && pipelineSettings(r.settings), JSON.stringify(r)).toEqual({ translations: 'strict', publish });
    }
  });

  it('refuses what the pipeline could not use, naming the field, and refuses a token put in the file', () => {
    expect(settingsWith({ translations: 'always' }).fields).toEqual(['translations']);
    expect(settingsWith({ publish: { host: 'github-pages' } }).fields).toEqual(['publish.host']);
    expect(settingsWith({ publish: { host: 'cloudflare-pages', project: 'Dau Tu' } }).fields).toEqual(['publish.project']);
    expect(settingsWith({ publish: { host: 'ssh', target: 'deploy@web:srv/invest' } }).fields).toEqual(['publish.target']);
    expect(settingsWith({ publish: { host: 'ssh', target: '/srv/invest', port: 70000 } }).fields).toEqual(['publish.port']);
    expect(settingsWith({ publish: { host: 'ssh', target: 'deploy@web:/' } }).fields).toEqual(['publish.target']);
    expect(settingsWith({ publish: { host: 'netlify', site: 'abc', token: 'nfp_x' } }).fields).toEqual(['publish.token']);
  });

  it('points the generated nginx configuration at the release nginx serves, and adds the branch previews', () => {
    const table = headerTable(readCmsSettings('content'));
    const plain = deployFiles(table, 'https://invest.example.vn')['deploy/nginx.conf']!;
    const ssh = deployFiles(table, 'https://invest.example.vn', { host: 'ssh', target: 'deploy@web:/srv/invest/', previewDomain: 'preview.invest.example.vn' })['deploy/nginx.conf']!;
    expect(plain).toContain('root /var/www/invest.example.vn/dist;');
    expect(ssh).toContain('root /srv/invest/current;');
    // The site's server blocks are the same but for the root; the previews come after them.
    expect(ssh.startsWith(plain.replace('root /var/www/invest.example.vn/dist;', 'root /srv/invest/current;'))).toBe(true);
    const previews = ssh.slice(plain.length);
    expect(previews).toContain('server_name ~^(?<preview>[a-z0-9-]+)\\.preview\\.invest\\.example\\.vn$;');
    expect(previews).toContain('root /srv/invest/previews/$preview;');
    expect(previews).toContain('ssl_certificate /etc/letsencrypt/live/preview.invest.example.vn/fullchain.pem;');
    expect(previews.match(/add_header X-Robots-Tag "noindex[^"]*" always;/g)!.length).toBe(previews.match(/^ {4}location /gm)!.length);
  });
});

describe('the rules', () => {
  it('holds a live build to the translation rule, never a preview', () => {
    expect(statusArgs('strict', false)).toEqual(['--strict']);
    expect(statusArgs('strict', true)).toEqual([]);
    expect(statusArgs('report', false)).toEqual([]);
  });

  it('marks every page of a preview noindex in the _headers that Netlify and Cloudflare read', async () => {
    const file = path.join(tmp, '_headers');
    writeFileSync(file, `/*\n  X-Content-Type-Options: nosniff\n/admin/*\n  X-Robots-Tag: noindex\n${PREVIEW_HEADERS}`);
    const { headers, errors } = (await parseAllHeaders({ headersFiles: [file], configHeaders: undefined, minimal: false })) as { headers: Header[]; errors: Error[] };
    expect(errors).toEqual([]);
    expect(headers.filter((h) => h.for === '/*').map((h) => h.values)).toContainEqual({ 'X-Robots-Tag': 'noindex' });
  });

  it("gives each branch an address of its own that Netlify's aliases and host names take", () => {
    expect(previewSlug('cms/news/khanh-thanh-nha-may')).toBe('cms-news-khanh-thanh-nha-may');
    expect(previewSlug('cms/pages/Giới thiệu Đồng Nai')).toBe('cms-pages-gioi-thieu-dong-nai');
    const a = previewSlug('cms/news/2026-12-03-khanh-thanh-nha-may-dien-rac-dau-tieng');
    const b = previewSlug('cms/news/2026-12-03-khanh-thanh-nha-may-dien-rac-dau-tieng-2');
    expect(a.length).toBeLessThanOrEqual(37);
    expect(a).toMatch(/^cms-news-2026-12-03-khanh-th[a-z-]*-[0-9a-f]{6}$/);
    expect(a).not.toBe(b);
    expect(previewSlug('////')).toBe('preview');
  });

  it('names releases so that they sort by time', () => {
    const a = releaseId('0123456789abcdef', new Date('2026-12-03T09:05:07.001Z'));
    const b = releaseId('fedcba9876543210', new Date('2026-12-03T10:00:00.000Z'));
    expect(a).toBe('20261203T090507001Z-0123456789');
    expect([b, a].sort()).toEqual([a, b]);
  });
});

describe('ssh: the key and the known hosts from the secrets', () => {
  it('writes the secrets to private files, or uses the files GitLab gives, and never asks', () => {
    const dir = mkdtempSync(path.join(tmp, 'ssh-'));
    const known = path.join(dir, 'known');
    writeFileSync(known, 'web ssh-ed25519 AAAA\n');
    const args = sshCommand({ userHost: 'deploy@web', port: 2222, dir: '/srv' }, dir, { SSH_PRIVATE_KEY: '-----BEGIN OPENSSH PRIVATE KEY-----\r\nabc\r\n-----END OPENSSH PRIVATE KEY-----', SSH_KNOWN_HOSTS: known });
    const key = args[args.indexOf('-i') + 1]!;
    expect(readFileSync(key, 'utf8')).toBe('-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(args.join(' ')).toContain(`-o UserKnownHostsFile=${known}`);
    expect(args.join(' ')).toMatch(/-o BatchMode=yes -o StrictHostKeyChecking=yes .* -p 2222 -o IdentitiesOnly=yes -i /);
  });
});

describe('the stamp', () => {
  const state = path.join(tmp, 'state');
  const dist = path.join(tmp, 'stamped');
  beforeAll(() => {
    process.env.PIPELINE_STATE = state;
    mkdirSync(path.join(dist, 'en'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<h1>Trang chủ</h1>');
    writeFileSync(path.join(dist, 'en', 'index.html'), '<h1>Home</h1>');
  });
  afterAll(() => {
    delete process.env.PIPELINE_STATE;
  });

  it('lets a finished build be published, as it is, and nothing else', () => {
    expect(() => verifiedStamp(dist, { preview: false })).toThrow(/not a finished build/);
    const stamp = writeStamp(dist, false);
    expect(stamp).toMatchObject({ dir: dist, preview: false, files: 2 });
    expect(verifiedStamp(dist, { preview: false }).digest).toBe(stamp.digest);
    expect(() => verifiedStamp(dist, { preview: true })).toThrow(/not a preview build/);
    expect(() => verifiedStamp(path.join(tmp, 'other'), { preview: false })).toThrow(/The last finished build is/);
    writeFileSync(path.join(dist, 'en', 'index.html'), '<h1>Home, edited after the build</h1>');
    expect(() => verifiedStamp(dist, { preview: false })).toThrow(NotPublishable);
    expect(() => verifiedStamp(dist, { preview: false })).toThrow(/changed since it was built/);
  });
});

/** A local stand-in for GitHub's API: every request it gets. */
async function fakeGitHub(status = 201) {
  const got: { method: string; url: string; auth: string; body: Record<string, unknown> }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      got.push({ method: req.method!, url: req.url!, auth: req.headers.authorization ?? '', body: JSON.parse(body || '{}') });
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return { got, api: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

const GITHUB_ENV = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'so-cong-thuong/dau-tu', GITHUB_SHA: 'c0ffee0000000000000000000000000000000000', GITHUB_TOKEN: 'test-token', GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '42' };

describe('telling the git host (what Sveltia CMS reads)', () => {
  it('GitHub: sets the commit status with the address, under deploy/preview', async () => {
    const gh = await fakeGitHub();
    try {
      await report({ kind: 'preview', state: 'success', url: 'https://cms-news-x.dau-tu.pages.dev', description: 'Preview of cms/news/x' }, { ...GITHUB_ENV, GITHUB_API_URL: gh.api });
      await report({ kind: 'production', state: 'failure', description: 'Not published' }, { ...GITHUB_ENV, GITHUB_API_URL: gh.api });
      expect(gh.got).toEqual([
        { method: 'POST', url: `/repos/so-cong-thuong/dau-tu/statuses/${GITHUB_ENV.GITHUB_SHA}`, auth: 'Bearer test-token', body: { state: 'success', context: 'deploy/preview', description: 'Preview of cms/news/x', target_url: 'https://cms-news-x.dau-tu.pages.dev' } },
        // Without a site to show, the run's page: Sveltia CMS shows the failure, and never offers a link on the git host as a preview.
        { method: 'POST', url: `/repos/so-cong-thuong/dau-tu/statuses/${GITHUB_ENV.GITHUB_SHA}`, auth: 'Bearer test-token', body: { state: 'failure', context: 'deploy/production', description: 'Not published', target_url: 'https://github.com/so-cong-thuong/dau-tu/actions/runs/42' } },
      ]);
    } finally {
      await gh.close();
    }
  });

  it('GitHub: a refused status does not fail the run', async () => {
    const gh = await fakeGitHub(403);
    try {
      await expect(report({ kind: 'production', state: 'success', url: 'https://x.vn', description: 'ok' }, { ...GITHUB_ENV, GITHUB_API_URL: gh.api })).resolves.toBeUndefined();
      expect(gh.got).toHaveLength(1);
    } finally {
      await gh.close();
    }
  });

  it("GitLab: writes the environment's address for the dotenv report", async () => {
    const state = mkdtempSync(path.join(tmp, 'gitlab-'));
    process.env.PIPELINE_STATE = state;
    try {
      await report({ kind: 'preview', state: 'success', url: 'https://cms-news-x--dau-tu.netlify.app', description: 'Preview' }, { GITLAB_CI: 'true', CI_JOB_URL: 'https://gitlab.com/so/dau-tu/-/jobs/7' });
      expect(readFileSync(path.join(state, 'deploy.env'), 'utf8')).toBe('DEPLOY_URL=https://cms-news-x--dau-tu.netlify.app\n');
    } finally {
      delete process.env.PIPELINE_STATE;
    }
  });
});

describe('publish.ts and preview.ts, with wrangler and netlify-cli stood in for', () => {
  const root = path.join(tmp, 'project');
  const content = path.join(root, 'content');
  const state = path.join(root, '.pipeline');
  const dist = path.join(root, 'dist');
  const bin = path.join(root, 'bin');
  const log = path.join(root, 'npx.log');
  const site = (JSON.parse(readFileSync('content/site.json', 'utf8')) as { url: string }).url;

  beforeAll(() => {
    cpSync('content', content, { recursive: true });
    mkdirSync(bin, { recursive: true });
    // npx as the publish scripts call it: records its arguments and the secrets it was given,
    // and answers as wrangler 4 and netlify-cli 27 do.
    writeFileSync(
      path.join(bin, 'npx'),
      `#!/bin/sh
printf '%s\\n' "$@" > "${log}"
env | grep -E '^(CLOUDFLARE|NETLIFY)_' | sort >> "${log}"
[ -z "$FAKE_FAIL" ] || { echo "Authentication error [code: 10000]" >&2; exit 1; }
case "$*" in
  *" wrangler "*) echo "✨ Success! Uploaded 3 files"; echo "✨ Deployment complete! Take a peek over at https://0a1b2c3d.dau-tu.pages.dev"; echo "✨ Deployment alias URL: https://cms-news-x.dau-tu.pages.dev" ;;
  *" netlify "*) echo "🚀 Deploy complete"; echo '{"site_id":"3f25","site_name":"dau-tu","deploy_id":"d1","deploy_url":"https://cms-news-x--dau-tu.netlify.app","logs":"https://app.netlify.com/x"}' ;;
esac
`,
    );
    chmodSync(path.join(bin, 'npx'), 0o755);
  });

  function setHost(publish: Record<string, unknown>) {
    writeFileSync(path.join(content, 'cms.json'), JSON.stringify({ ...CMS, publish }, null, 2));
  }
  function stamp(preview: boolean) {
    rmSync(dist, { recursive: true, force: true });
    mkdirSync(dist, { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<h1>Trang chủ</h1>');
    process.env.PIPELINE_STATE = state;
    try {
      writeStamp(dist, preview);
    } finally {
      delete process.env.PIPELINE_STATE;
    }
  }
  /** Runs a pipeline command as CI would, with only the environment given (and none of this machine's CI's). */
  function pipeline(script: string, args: string[], env: Record<string, string> = {}): Promise<{ status: number | null; output: string; npx?: string[] }> {
    rmSync(log, { force: true });
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(CI|GITHUB_|GITLAB_|CI_|CLOUDFLARE_|NETLIFY_|SSH_)/.test(k)));
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [`scripts/pipeline/${script}`, '--dir', dist, ...args], {
        env: { ...base, PATH: `${bin}:${process.env.PATH}`, CONTENT_DIR: content, PIPELINE_STATE: state, ...env },
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      child.on('close', (status) => resolve({ status, output, npx: existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : undefined }));
    });
  }
  const CLOUDFLARE = { CLOUDFLARE_API_TOKEN: 'cf-token', CLOUDFLARE_ACCOUNT_ID: 'cf-account' };

  it('Cloudflare Pages: deploys dist/ to the production branch with the pinned wrangler and its two secrets', async () => {
    setHost({ host: 'cloudflare-pages', project: 'dau-tu' });
    stamp(false);
    const r = await pipeline('publish.ts', ['--skip-unchanged'], CLOUDFLARE);
    expect(r.status, r.output).toBe(0);
    expect(r.npx).toEqual(['--yes', `--package=${WRANGLER}`, 'wrangler', 'pages', 'deploy', dist, '--project-name=dau-tu', '--branch=main', expect.stringMatching(/^--commit-hash=[0-9a-f]{40}$/), expect.stringMatching(/^--commit-message=/), 'CLOUDFLARE_ACCOUNT_ID=cf-account', 'CLOUDFLARE_API_TOKEN=cf-token']);
    expect(r.output).toContain(`Live: ${site}`);
  });

  it('publishes nothing the second time the same build comes (the hourly run with nothing due)', async () => {
    const r = await pipeline('publish.ts', ['--skip-unchanged'], CLOUDFLARE);
    expect(r.status, r.output).toBe(0);
    expect(r.npx).toBeUndefined();
    expect(r.output).toContain('nothing to publish');
    // Without --skip-unchanged (a push, by hand), it publishes again.
    expect((await pipeline('publish.ts', [], CLOUDFLARE)).npx).toBeDefined();
  });

  it('stops before running anything when a secret is missing, naming it', async () => {
    stamp(false);
    const r = await pipeline('publish.ts', [], { CLOUDFLARE_API_TOKEN: 'cf-token' });
    expect(r.status).toBe(1);
    expect(r.npx).toBeUndefined();
    expect(r.output).toContain('needs the secret CLOUDFLARE_ACCOUNT_ID');
  });

  it('fails when the host refuses, saying the previous deployment stays', async () => {
    const r = await pipeline('publish.ts', [], { ...CLOUDFLARE, FAKE_FAIL: '1' });
    expect(r.status).toBe(1);
    expect(r.output).toContain('Cloudflare keeps serving the previous deployment');
  });

  it('Cloudflare Pages: a branch preview, whose alias it prints and reports as deploy/preview', async () => {
    stamp(true);
    const gh = await fakeGitHub();
    try {
      const r = await pipeline('preview.ts', [], { ...CLOUDFLARE, ...GITHUB_ENV, CI: 'true', GITHUB_REF_NAME: 'cms/news/x', GITHUB_API_URL: gh.api });
      expect(r.status, r.output).toBe(0);
      expect(r.npx).toContain('--branch=cms/news/x');
      expect(r.output).toContain('Preview of cms/news/x: https://cms-news-x.dau-tu.pages.dev');
      expect(gh.got.map((g) => g.body)).toEqual([expect.objectContaining({ state: 'success', context: 'deploy/preview', target_url: 'https://cms-news-x.dau-tu.pages.dev' })]);
    } finally {
      await gh.close();
    }
  });

  it('Netlify: a preview is a draft deploy under the branch alias, never --prod', async () => {
    setHost({ host: 'netlify', site: 'dau-tu' });
    const r = await pipeline('preview.ts', ['--branch', 'cms/news/x'], { NETLIFY_AUTH_TOKEN: 'nf-token' });
    expect(r.status, r.output).toBe(0);
    expect(r.npx).toEqual(['--yes', `--package=${NETLIFY_CLI}`, 'netlify', 'deploy', `--dir=${dist}`, '--site=dau-tu', '--no-build', '--json', expect.stringMatching(/^--message=/), '--alias=cms-news-x', 'NETLIFY_AUTH_TOKEN=nf-token']);
    expect(r.output).toContain('Preview of cms/news/x: https://cms-news-x--dau-tu.netlify.app');
  });

  it('Netlify: the live site with --prod', async () => {
    stamp(false);
    const r = await pipeline('publish.ts', [], { NETLIFY_AUTH_TOKEN: 'nf-token' });
    expect(r.status, r.output).toBe(0);
    expect(r.npx).toContain('--prod');
    expect(r.npx!.some((a) => a.startsWith('--alias'))).toBe(false);
  });

  it('never publishes a preview build live, nor a live build as a preview, nor the production branch as a preview', async () => {
    stamp(true);
    let r = await pipeline('publish.ts', [], { NETLIFY_AUTH_TOKEN: 'nf-token' });
    expect([r.status, r.npx]).toEqual([1, undefined]);
    expect(r.output).toContain('is a preview build');
    r = await pipeline('preview.ts', ['--branch', 'main'], { NETLIFY_AUTH_TOKEN: 'nf-token' });
    expect([r.status, r.npx]).toEqual([1, undefined]);
    expect(r.output).toContain('main is the production branch');
    stamp(false);
    r = await pipeline('preview.ts', ['--branch', 'cms/news/x'], { NETLIFY_AUTH_TOKEN: 'nf-token' });
    expect([r.status, r.npx]).toEqual([1, undefined]);
    expect(r.output).toContain('is not a preview build');
  });

  it('in CI, publishes live only from the production branch', async () => {
    const r = await pipeline('publish.ts', [], { NETLIFY_AUTH_TOKEN: 'nf-token', CI: 'true', GITHUB_REF_NAME: 'cms/news/x' });
    expect([r.status, r.npx]).toEqual([1, undefined]);
    expect(r.output).toContain('only main (content/cms.json "branch") is published live');
  });

  it('with no host, says the build passed and publishes nothing', async () => {
    setHost({ host: 'none' });
    const r = await pipeline('publish.ts', []);
    expect([r.status, r.npx]).toEqual([0, undefined]);
    expect(r.output).toContain('nothing was published');
  });
});
