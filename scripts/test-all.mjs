// The whole suite, in order: type check, unit tests (and bad-content builds), the build, browser tests.
// Stops at the first failing step and exits non-zero.
import { spawnSync } from 'node:child_process';

const steps = [
  ['astro check', ['astro', 'check']],
  ['unit tests and bad-content builds', ['vitest', 'run', '--project', 'unit', '--project', 'content']],
  ['build', ['astro', 'build']],
  ['browser tests', ['vitest', 'run', '--project', 'e2e']],
];

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
for (const [name, [cmd, ...args]] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync('npx', ['--no-install', cmd, ...args], { stdio: 'inherit', env });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n=== FAILED: ${name} (exit ${r.status ?? r.signal}, ${secs}s)`);
    process.exit(1);
  }
  console.log(`=== ok: ${name} (${secs}s)`);
}
console.log('\n=== all test steps passed');
