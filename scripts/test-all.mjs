// The whole suite, in order: the build, type check, unit tests (and bad-content builds), browser tests.
// Stops at the first failing step and exits non-zero; ends with one "N passed, N failed" line.
import { spawn } from 'node:child_process';
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
// Astro's generated types and content store, and two writers of those files race. The unit tests
// build nothing, so they run beside the type check, which keeps only one of the two cores busy;
// the content builds after both.
const steps = [
  [['build', ['astro', 'build']]],
  [
    ['astro check', ['astro', 'check']],
    ['unit tests', vitest('unit', 'unit')],
  ],
  [['bad-content and fixture builds', vitest('content', 'content')]],
  [['browser tests', vitest('e2e', 'e2e')]],
];

function tally() {
  let passed = 0;
  let failed = 0;
  for (const name of ['unit', 'content', 'e2e']) {
    const file = `${results}/${name}.json`;
    if (!existsSync(file)) continue;
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
  }
  return { passed, failed };
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

/** Runs one step; its output is passed through as it comes, or, beside another step, held and
 * printed whole when it ends, so the two never interleave. */
function run(name, [cmd, ...args], alone) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('npx', ['--no-install', cmd, ...args], { stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'], env });
    const held = [];
    if (!alone) {
      child.stdout.on('data', (d) => held.push(d));
      child.stderr.on('data', (d) => held.push(d));
    }
    child.on('close', (status, signal) => {
      if (held.length) process.stdout.write(`\n=== output of ${name}\n${Buffer.concat(held)}`);
      resolve({ name, status, signal, secs: ((Date.now() - started) / 1000).toFixed(1) });
    });
  });
}

for (const group of steps) {
  const outcomes = await Promise.all(group.map(([name, command]) => run(name, command, group.length === 1)));
  for (const o of outcomes) if (o.status === 0) console.log(`=== ok: ${o.name} (${o.secs}s)`);
  const failedStep = outcomes.find((o) => o.status !== 0);
  if (failedStep) {
    const { passed, failed } = tally();
    console.error(`\n=== FAILED: ${failedStep.name} (exit ${failedStep.status ?? failedStep.signal}, ${failedStep.secs}s)`);
    console.log(`Tests: ${passed} passed, ${Math.max(failed, 1)} failed`);
    process.exit(1);
  }
}
const { passed, failed } = tally();
console.log('\n=== all test steps passed');
console.log(`Tests: ${passed} passed, ${failed} failed`);
if (passed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
