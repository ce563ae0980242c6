// The committed CI files: valid for GitHub and GitLab by their official schemas (a file either
// would reject fails here; the fixtures prove the check can fail), running the scripts the
// suite tests, on the triggers the README promises, and naming secrets without holding any.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SECRETS } from '../../scripts/pipeline/lib/hosts.ts';

const GITHUB = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f)).map((f) => `.github/workflows/${f}`);
const GITLAB = '.gitlab-ci.yml';
const CI_FILES = [...GITHUB, GITLAB];
const NAMED_SECRETS = [...new Set(Object.values(SECRETS).flat())].sort();

/** A YAML file as the CI service reads it; a syntax error or a duplicate key throws, as it fails there. */
const load = (file: string) => parse(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true }) as Record<string, any>;

function validator(name: 'github-workflow' | 'gitlab-ci'): ValidateFunction {
  // Draft-07 with `format` as an annotation, as JSON Schema lets a validator read it and as the
  // services' editors do: GitLab's schema allows a `$VARIABLE` for environment:url by its pattern
  // (the dynamic URL its documentation shows), which a `format: uri` check would refuse.
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  return ajv.compile(JSON.parse(readFileSync(`tests/fixtures/schemas/ci/${name}.json`, 'utf8')));
}
const github = validator('github-workflow');
const gitlab = validator('gitlab-ci');
const errors = (v: ValidateFunction): ErrorObject[] => v.errors ?? [];

describe('the workflow files, by the official schemas', () => {
  it.each(GITHUB)('%s is a workflow GitHub accepts', (file) => {
    expect(github(load(file)), JSON.stringify(errors(github), null, 1)).toBe(true);
  });

  it('.gitlab-ci.yml is a pipeline GitLab accepts', () => {
    expect(gitlab(load(GITLAB)), JSON.stringify(errors(gitlab), null, 1)).toBe(true);
  });

  it('refuses a workflow with an unknown key, naming it', () => {
    expect(github(load('tests/fixtures/ci/github-unknown-key.yml'))).toBe(false);
    expect(errors(github)).toContainEqual(expect.objectContaining({ instancePath: '/jobs/publish', params: { additionalProperty: 'run-on' } }));
  });

  it('refuses a workflow whose `on:` names no event GitHub has', () => {
    expect(github(load('tests/fixtures/ci/github-bad-on.yml'))).toBe(false);
    expect(errors(github)).toContainEqual(expect.objectContaining({ instancePath: '/on', params: { additionalProperty: 'pull-request' } }));
  });

  it('refuses a GitLab job with an unknown key, and a rule with an impossible `when`', () => {
    expect(gitlab(load('tests/fixtures/ci/gitlab-unknown-key.yml'))).toBe(false);
    expect(errors(gitlab)).toContainEqual(expect.objectContaining({ instancePath: '/publish', params: { additionalProperty: 'scripts' } }));
    expect(gitlab(load('tests/fixtures/ci/gitlab-bad-rules.yml'))).toBe(false);
    expect(errors(gitlab).map((e) => e.instancePath)).toContain('/publish/rules/0/when');
  });

  it('refuses YAML the services cannot read: a duplicate key', () => {
    expect(() => parse('on: push\non: schedule\n', { uniqueKeys: true })).toThrow(/unique/i);
  });
});

describe('what runs when', () => {
  const site = load('.github/workflows/site.yml');
  const preview = load('.github/workflows/preview.yml');
  const lab = load(GITLAB);
  const runs = (w: Record<string, any>) => Object.values(w.jobs).flatMap((j: any) => j.steps.map((s: any) => s.run).filter(Boolean)) as string[];

  it('GitHub: the live site on every push to main and every hour, one run at a time and none cancelled', () => {
    expect(site.on.push.branches).toEqual(['main']);
    expect(site.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d{1,2} \* \* \* \*$/) }]);
    expect(site.on).toHaveProperty('workflow_dispatch');
    expect(site.on.repository_dispatch.types).toEqual(['sveltia-cms-publish']);
    expect(site.concurrency).toEqual({ group: expect.any(String), 'cancel-in-progress': false });
    expect(runs(site)).toEqual(['npm ci --no-audit --no-fund', 'npm run pipeline:report -- production pending', 'npm run pipeline:build', 'npm run pipeline:publish -- --skip-unchanged', 'npm run pipeline:report -- production failure']);
    expect(site.jobs.publish.steps.find((s: any) => s.uses?.startsWith('actions/checkout')).with['fetch-depth']).toBe(0);
  });

  it('GitHub: a preview build on every branch of the editorial workflow, never of main', () => {
    expect(preview.on.push.branches).toEqual(['cms/**']);
    expect(preview.jobs.preview.if).toBe("github.ref_name != 'main'");
    expect(runs(preview)).toEqual(['npm ci --no-audit --no-fund', 'npm run pipeline:report -- preview pending', 'npm run pipeline:build -- --preview', 'npm run pipeline:preview', 'npm run pipeline:report -- preview failure']);
    // Previews never publish live, and may set commit statuses only.
    expect(runs(preview).some((r) => r.includes('pipeline:publish'))).toBe(false);
    expect(preview.permissions).toEqual({ contents: 'read', statuses: 'write' });
  });

  it('GitLab: main publishes (one at a time), cms/ branches get previews, merge request pipelines do not double them', () => {
    const sources = lab.workflow.rules.map((r: any) => r.if).join(' | ');
    expect(sources).toContain('$CI_PIPELINE_SOURCE == "schedule"');
    expect(sources).not.toContain('merge_request_event');
    expect(lab.publish.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == "main"' }]);
    expect(lab.publish.resource_group).toBe('production');
    expect(lab.publish.script).toEqual(['npm run pipeline:build', 'npm run pipeline:publish -- --skip-unchanged']);
    expect(lab.preview.rules).toEqual([{ if: '$CI_COMMIT_BRANCH =~ /^cms\\//' }]);
    expect(lab.preview.script).toEqual(['npm run pipeline:build -- --preview', 'npm run pipeline:preview']);
    expect(lab.preview.environment.name).toBe('preview/$CI_COMMIT_REF_SLUG');
    expect(lab.variables.GIT_DEPTH).toBe('0');
  });

  it('every command the files run is a script of package.json, and every script it names exists', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const commands = [...runs(site), ...runs(preview), ...lab.publish.script, ...lab.preview.script];
    for (const c of commands.filter((c) => c.startsWith('npm run '))) {
      const name = c.split(' ')[2]!;
      expect(scripts[name], c).toBeDefined();
      const file = /node (\S+\.ts)/.exec(scripts[name]!)?.[1];
      expect(file && existsSync(file), scripts[name]).toBe(true);
    }
  });
});

describe('secrets', () => {
  /** Strings that look like a credential: known token formats, private keys, long random-looking words. */
  function tokenLike(text: string): string[] {
    const known = [
      /gh[pousr]_[A-Za-z0-9]{30,}/g, // GitHub
      /github_pat_[A-Za-z0-9_]{30,}/g,
      /glpat-[A-Za-z0-9_-]{20,}/g, // GitLab
      /nf[pcu]_[A-Za-z0-9]{30,}/g, // Netlify
      /AKIA[0-9A-Z]{16}/g, // AWS
      /-----BEGIN [A-Z ]*PRIVATE KEY-----/g,
      /ssh-(?:rsa|ed25519) AAAA[0-9A-Za-z+/]{40,}/g, // a public key or known_hosts line: it belongs in a secret too
    ];
    const found = known.flatMap((re) => text.match(re) ?? []);
    // Anything else long, mixed and unbroken (a Cloudflare API token is 40 such characters).
    for (const word of text.match(/[A-Za-z0-9_+/=-]{32,}/g) ?? []) {
      if (/[a-z]/.test(word) && /[A-Z]/.test(word) && /\d/.test(word)) found.push(word);
    }
    return found;
  }

  it('finds a token when there is one (the check can fail)', () => {
    expect(tokenLike('env:\n  CLOUDFLARE_API_TOKEN: Zk3vQ9xYtR2mLp8sWc4bN7hJd1fGa6eKu0oIyT5q\n')).toHaveLength(1);
    expect(tokenLike('token: ghp_0123456789abcdefghijABCDEFGHIJ0123456789')).not.toEqual([]);
    expect(tokenLike('-----BEGIN OPENSSH PRIVATE KEY-----')).not.toEqual([]);
  });

  it.each([...CI_FILES, 'content/cms.json'])('%s holds no token, key or password', (file) => {
    expect(tokenLike(readFileSync(file, 'utf8'))).toEqual([]);
    expect(readFileSync(file, 'utf8')).not.toMatch(/password\s*[:=]/i);
  });

  it('the workflows take each secret from the CI settings by its name, and name no other', () => {
    for (const file of GITHUB) {
      const text = readFileSync(file, 'utf8');
      const used = [...new Set([...text.matchAll(/\$\{\{\s*secrets\.([A-Z0-9_]+)\s*\}\}/g)].map((m) => m[1]!))].sort();
      expect(used, file).toEqual(NAMED_SECRETS);
      // Every one goes into the environment under its own name, nowhere else.
      for (const name of used) expect(text, `${file} ${name}`).toContain(`${name}: \${{ secrets.${name} }}`);
      expect(text.match(/secrets\./g)!.length, file).toBe(used.length);
    }
    // GitLab reads CI/CD variables by name; the file says which.
    for (const name of NAMED_SECRETS) expect(readFileSync(GITLAB, 'utf8').includes(name), name).toBe(true);
  });

  it('the README names each secret for the developers who set them', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const name of NAMED_SECRETS) expect(readme.includes(`\`${name}\``), name).toBe(true);
  });

  it('the pipeline keeps its state out of git', () => {
    const ignored = readFileSync('.gitignore', 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['.pipeline/', 'dist.next/', 'dist.old/']));
  });
});
