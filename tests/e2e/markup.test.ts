// The W3C Nu Html Checker (vnu.jar from the `vnu-jar` package) over every built page, in one JVM run.
// It needs Java 17+ on PATH (Debian: default-jre-headless; .ci/run installs it). Without Java the
// tests fail: we call `java` ourselves, never vnu-jar's own launcher, which downloads a JRE.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

// A page with a known error, checked in the same run: if vnu ever stops reporting (wrong flags,
// files skipped, output moved), this test fails instead of the site passing unchecked.
const CANARY = path.resolve('tests/.tmp/markup-canary.html');
const CANARY_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>canary</title></head>' +
  '<body><p id="twice">one</p><p id="twice">two</p></body></html>\n';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  message: string;
  extract?: string;
}

interface Run {
  pages: string[];
  /** `path:line: message` for every error in dist/, per page in file order. */
  siteErrors: string[];
  canaryErrors: string[];
  seconds: number;
}

function javaVersion(): number {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error) {
    throw new Error(
      `The markup check needs Java 17 or newer, and \`java\` could not be run (${r.error.message}). ` +
        'Install it (Debian: apt-get install default-jre-headless; .ci/run does this) and run the tests again.',
    );
  }
  const m = /version "(\d+)/.exec(`${r.stderr}${r.stdout}`);
  return m ? Number(m[1]) : 0;
}

function describeMessage(m: VnuMessage): string {
  const file = m.url ? path.relative(process.cwd(), fileURLToPath(m.url)) : '(no file)';
  const near = m.extract ? ` (near “${m.extract.replace(/\s+/g, ' ').trim()}”)` : '';
  return `${file}:${m.lastLine ?? m.firstLine ?? '?'}: ${m.message}${near}`;
}

function runVnu(): Run {
  const version = javaVersion();
  if (version < 17) throw new Error(`The markup check needs Java 17 or newer; \`java -version\` reports ${version || 'an unknown version'}.`);
  if (!existsSync('dist')) throw new Error('dist/ is missing: run `npx astro build` before the browser tests.');
  const pages = readdirSync('dist', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => path.resolve('dist', f));
  mkdirSync(path.dirname(CANARY), { recursive: true });
  writeFileSync(CANARY, CANARY_HTML);
  const started = Date.now();
  // --errors-only: vnu's warnings here are false positives about the CSP (it ignores the 'sha256-…'
  // hashes, and 'self' cannot match file: URLs); Chromium enforces the real policy in site.test.ts.
  // --no-langdetect: language detection only ever yields warnings, so it would be wasted time.
  // -XX:TieredStopAtLevel=1: the quick compiler only. One run over every page is too short for the
  // optimising compiler to pay back (on 2 cores: 24 core-seconds instead of 42, as fast in wall time),
  // and its frames are larger, so the checker's deep schema recursion needs a bigger stack (-Xss4m).
  const args = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-jar', VNU_JAR, '--errors-only', '--no-langdetect', '--format', 'json', '--stdout', CANARY, ...pages];
  const r = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (Date.now() - started) / 1000;
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(r.stdout) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`vnu did not answer in JSON (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  // Exit 0 means no error; 1 means errors were reported (the canary guarantees at least one).
  if (r.status !== 1) throw new Error(`vnu exited ${r.status ?? r.signal} after checking the canary page, expected 1:\n${r.stderr}`);
  const isCanary = (m: VnuMessage) => m.url !== undefined && fileURLToPath(m.url) === CANARY;
  // With --errors-only every message is an error or a non-document error (a file vnu could not read).
  return {
    pages,
    siteErrors: messages.filter((m) => !isCanary(m)).map(describeMessage),
    canaryErrors: messages.filter(isCanary).map((m) => m.message),
    seconds,
  };
}

// One vnu run for both tests; a failure to run it fails both, with the same message.
let outcome: { run: Run } | { error: unknown } | undefined;
function run(): Run {
  if (!outcome) {
    try {
      outcome = { run: runVnu() };
    } catch (error) {
      outcome = { error };
    }
  }
  if ('error' in outcome) throw outcome.error;
  return outcome.run;
}

describe('W3C Nu Html Checker (vnu)', () => {
  it('reports a duplicate id in a known-bad page checked in the same run', () => {
    expect(run().canaryErrors).toEqual([expect.stringMatching(/^Duplicate ID “twice”/)]);
  });

  it('finds no error in any built page', () => {
    const { pages, siteErrors, seconds } = run();
    // Every page of the route map, and the staff CMS's page at /admin/ (not an Astro page).
    expect(pages.length).toBe(routeMapFromTree(loadContentTree('content')).all.length + 1);
    expect(pages).toContain(path.resolve('dist/admin/index.html'));
    const pagesWithErrors = new Set(siteErrors.map((e) => e.slice(0, e.indexOf(':')))).size;
    const report = `vnu ${seconds.toFixed(1)} s over ${pages.length} pages: ${siteErrors.length} errors in ${pagesWithErrors} pages\n${siteErrors.join('\n')}\n`;
    expect(siteErrors.length, report).toBe(0);
  });
});
