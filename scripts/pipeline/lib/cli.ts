// Small helpers the pipeline's commands share: options, and steps that say what they do and how long they took.

/** The value of `--name value` or `--name=value`. */
export function option(name: string, argv = process.argv): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  return argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export async function step<T>(name: string, fn: () => T | Promise<T>): Promise<T> {
  console.log(`\n== ${name}`);
  const started = Date.now();
  const result = await fn();
  console.log(`== ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}
