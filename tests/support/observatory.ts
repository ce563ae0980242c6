// MDN HTTP Observatory's scanner (@mdn/mdn-http-observatory), installed for the test outside the
// project's node_modules: its install script downloads lists from the internet, so as a
// devDependency it would break `npm ci` on a machine without that access. It is installed with
// --ignore-scripts into .cache/, and the two lists it would have downloaded are given empty: the
// HSTS preload list (the site is not preloaded: no bonus to lose) and the public suffix list.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const OBSERVATORY_VERSION = '1.4.8';
const PREFIX = path.resolve('.cache/observatory', OBSERVATORY_VERSION);
const PKG = path.join(PREFIX, 'node_modules/@mdn/mdn-http-observatory');

export function installObservatory(): string {
  if (!existsSync(path.join(PKG, 'package.json'))) {
    mkdirSync(PREFIX, { recursive: true });
    writeFileSync(path.join(PREFIX, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--prefix', PREFIX, '--ignore-scripts', '--no-audit', '--no-fund', `@mdn/mdn-http-observatory@${OBSERVATORY_VERSION}`], { stdio: 'pipe' });
  }
  writeFileSync(path.join(PKG, 'conf/hsts-preload.json'), '{}\n');
  writeFileSync(path.join(PKG, 'conf/tld-list.json'), '[]\n');
  return PKG;
}

export interface Grade {
  path: string;
  status?: number;
  grade?: string;
  score?: number;
  error?: string;
  tests?: Record<string, { result: string; pass: boolean; modifier: number }>;
}

/** Grades paths of localhost's HTTP and HTTPS ports, trusting the given certificate. */
export function grade(httpPort: number, httpsPort: number, certificate: string, paths: string[]): Grade[] {
  const pkg = installObservatory();
  const r = spawnSync(process.execPath, [path.resolve('tests/support/observatory-grade.mjs'), pkg, 'localhost', String(httpPort), String(httpsPort), ...paths], {
    encoding: 'utf8',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: certificate },
  });
  if (r.status !== 0) throw new Error(`the Observatory scan failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as Grade[];
}
