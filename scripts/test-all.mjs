// The whole suite, in order: the build, type check, unit tests (and bad-content builds), browser tests.
// Stops at the first failing step and exits non-zero; ends with one "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = 'tests/.tmp/results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const vitest = (name, ...projects) => [
  'vitest',
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${results}/${name}.json`,
];

// The build first: the bad-content and fixture builds of the tests then find the charts and cards
// it drew in the cache (node_modules/.cache/). The type check after it, not beside it: both write
// Astro's generated types and content store, and two writers of those files race.
const steps = [
  ['build', ['astro', 'build']],
  ['astro check', ['astro', 'check']],
  ['unit tests and bad-content builds', vitest('unit', 'unit', 'content')],
  ['browser tests', vitest('e2e', 'e2e')],
];

function tally() {
  let passed = 0;
  let failed = 0;
  for (const name of ['unit', 'e2e']) {
    const file = `${results}/${name}.json`;
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  return { passed, failed };
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync('npx', ['--no-install', cmd, ...args], { stdio: 'inherit', env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    const { passed, failed } = tally();
    console.error(`\n=== FAILED: ${name} (exit ${r.status ?? r.signal}, ${secs}s)`);
    console.log(`Tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
  console.log(`=== ok: ${name} (${secs}s)`);
}
const { passed, failed } = tally();
console.log('\n=== all test steps passed');
console.log(`Tests: ${passed} passed, ${failed} failed`);
if (passed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
