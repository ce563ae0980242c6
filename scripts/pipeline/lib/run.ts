// Running the tools a publish needs (npx, rsync, ssh), their output shown as it comes and kept.
import { spawn } from 'node:child_process';

/** A publishing step that failed; its message says what, and that the live site is as it was. */
export class PublishError extends Error {}

/** Runs a command, echoing its output, and returns that output. */
export function run(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d: Buffer) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', reject);
    child.stdin.on('error', () => {}); // a command that exits without reading its input
    child.on('close', (status) => resolve({ status, output }));
    child.stdin.end(opts.input ?? '');
  });
}
