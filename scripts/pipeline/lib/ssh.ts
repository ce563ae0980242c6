// The department's own server: releases side by side, and a `current` link nginx serves.
//
//   <folder>/releases/<time>-<commit>/   one finished build each, uploaded with rsync; files that
//                                         have not changed are hard links into the live release
//                                         (--link-dest), so a release costs only what changed
//   <folder>/current -> releases/<id>    switched with one rename(2) once the upload is complete:
//                                         a reader gets the old site or the new one, never a mix
//   <folder>/nginx.conf                  `npm run deploy:config`'s nginx.conf (root <folder>/current),
//                                         put beside them; nginx is reloaded when it changed and the
//                                         deploy user may (sudo -n /usr/sbin/nginx -t, -s reload)
//   <folder>/publish.log                 one line per release: when, which, from which commit
//   <folder>/previews/<branch>/          branch previews (content/cms.json "previewDomain")
// The last `keep` releases stay (5 by default), so going back is one link:
// `ln -sfn releases/<id> current.new && mv -T current.new current`.
//
// The target is user@host:/folder (ssh, with SSH_PRIVATE_KEY and SSH_KNOWN_HOSTS from the
// environment: the key's text or a file's path, GitLab's "File" variables) or /folder on the
// machine the pipeline runs on (rsync's local mode: a runner on the web server itself, and the tests).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PublishTarget } from '../../../src/lib/cms/settings.ts';
import { deployFiles, sshFolder } from '../../../src/lib/deploy/index.ts';
import { headerTable } from '../../../src/lib/headers.ts';
import { readCmsSettings } from '../../../src/lib/cms/settings.ts';
import { contentRoot } from '../../../src/lib/content/root.ts';
import type { Context } from './hosts.ts';
import { PublishError, run } from './run.ts';

type SshTarget = Extract<PublishTarget, { host: 'ssh' }>;

export const KEEP = 5;
const PREVIEW_DAYS = 30;

/** A POSIX shell word. */
export const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

export interface Where {
  /** user@host, or undefined for a folder on this machine. */
  userHost?: string;
  port?: number;
  dir: string;
}

export function where(t: SshTarget): Where {
  const m = /^([^:/]+):/.exec(t.target);
  return { userHost: m?.[1], port: t.port, dir: sshFolder(t.target) };
}

/** A secret that is either the text itself or, as GitLab's "File" variables give it, a file's path. */
function secretFile(value: string, dir: string, name: string): string {
  if (!value.includes('\n') && existsSync(value)) return value;
  const file = path.join(dir, name);
  writeFileSync(file, `${value.replaceAll('\r', '').trimEnd()}\n`, { mode: 0o600 });
  return file;
}

/** The ssh command line (without the host), with the key and the known hosts from the environment. */
export function sshCommand(w: Where, secrets: string | undefined, env = process.env): string[] {
  const args = ['ssh', '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes', '-o', 'ConnectTimeout=30', '-o', 'ServerAliveInterval=30'];
  if (w.port) args.push('-p', String(w.port));
  if (secrets && env.SSH_PRIVATE_KEY) args.push('-o', 'IdentitiesOnly=yes', '-i', secretFile(env.SSH_PRIVATE_KEY, secrets, 'key'));
  if (secrets && env.SSH_KNOWN_HOSTS) args.push('-o', `UserKnownHostsFile=${secretFile(env.SSH_KNOWN_HOSTS, secrets, 'known_hosts')}`);
  return args;
}

class Server {
  readonly w: Where;
  private readonly secrets?: string;
  private readonly ssh: string[];

  constructor(t: SshTarget) {
    this.w = where(t);
    if (this.w.userHost) this.secrets = mkdtempSync(path.join(tmpdir(), 'pipeline-ssh-'));
    this.ssh = sshCommand(this.w, this.secrets);
  }

  /** Runs a shell script there (sh, from stdin); throws with its output when it fails. */
  async sh(script: string, what: string): Promise<string> {
    const [cmd, ...args] = this.w.userHost ? [...this.ssh, this.w.userHost, 'sh', '-s'] : ['sh', '-s'];
    const r = await run(cmd!, args, { input: `set -eu\n${script}\n` });
    if (r.status !== 0) throw new PublishError(`${what} failed on ${this.w.userHost ?? 'this machine'} (exit ${r.status}).`);
    return r.output;
  }

  /** Copies the folder's files to a folder there, hard-linking the files unchanged since `linkDest`. */
  async rsync(from: string, to: string, linkDest?: string): Promise<void> {
    const args = ['-rlpc', '--delete', '--chmod=D755,F644', '--stats', ...(linkDest ? [`--link-dest=${linkDest}/`] : [])];
    if (this.w.userHost) args.push('-e', this.ssh.join(' '));
    args.push(`${path.resolve(from)}/`, this.w.userHost ? `${this.w.userHost}:${to}/` : `${to}/`);
    const r = await run('rsync', args);
    if (r.status !== 0) throw new PublishError(`rsync failed (exit ${r.status}).`);
  }

  close(): void {
    if (this.secrets) rmSync(this.secrets, { recursive: true, force: true });
  }
}

/** A release's name: the time, which sorts, and the commit. */
export function releaseId(commit: string | undefined, now = new Date()): string {
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.(\d+)Z$/, '$1Z')}${commit ? `-${commit.slice(0, 10)}` : ''}`;
}

/** The nginx configuration `npm run deploy:config` writes for this target. */
export function nginxFor(t: SshTarget, root = contentRoot()): string {
  // site.json has been checked by the build that made the folder being published.
  const site = JSON.parse(readFileSync(path.join(root, 'site.json'), 'utf8')) as { url: string };
  return deployFiles(headerTable(readCmsSettings(root)), site.url, t)['deploy/nginx.conf']!;
}

export async function publishRelease(t: SshTarget, from: string, ctx: Context): Promise<string> {
  const server = new Server(t);
  const { dir } = server.w;
  const id = releaseId(ctx.commit);
  const keep = t.keep ?? KEEP;
  try {
    const before = await server.sh(
      `dir=${q(dir)}
mkdir -p "$dir/releases"
if [ -e "$dir/current" ] && [ ! -L "$dir/current" ]; then
  echo "$dir/current is a folder, not a link to a release: move it to $dir/releases/ and link it (README, \\"Pipeline\\")" >&2
  exit 3
fi
if [ -e "$dir/releases/"${q(id)} ]; then echo "release ${id} exists already" >&2; exit 3; fi
if [ -L "$dir/current" ]; then echo "current=$(readlink "$dir/current")"; fi`,
      'Preparing the release folder',
    );
    const live = /^current=(.+)$/m.exec(before)?.[1];
    try {
      await server.rsync(from, `${dir}/releases/${id}`, live ? `${dir}/current` : undefined);
    } catch (err) {
      // The live site was never touched; the half-copied release goes.
      await server.sh(`rm -rf ${q(`${dir}/releases/${id}`)}`, 'Removing the unfinished release').catch(() => {});
      throw err;
    }
    const log = [new Date().toISOString(), id, ctx.commit ?? '-', ctx.message.replaceAll(/\s+/g, ' ')].join('\t');
    const switched = await server.sh(
      `dir=${q(dir)}; id=${q(id)}; keep=${keep}
cd "$dir"
for f in index.html 404.html; do
  [ -s "releases/$id/$f" ] || { echo "releases/$id/$f is missing: the live site was not switched" >&2; exit 4; }
done
ln -sfn "releases/$id" .current.new
mv -Tf .current.new current
printf '%s\\n' ${q(log)} >> publish.log
echo "current -> releases/$id"
ls -1 releases | LC_ALL=C sort -r | awk -v k="$keep" -v c="$id" 'NR > k && $0 != c' | while IFS= read -r old; do
  rm -rf "releases/$old"
  echo "removed the old release $old"
done`,
      'Switching the live site',
    );
    const nginx = await installNginx(server, t);
    return `${t.target}: ${switched.trim().split('\n').join('; ')}; ${nginx}`;
  } finally {
    server.close();
  }
}

async function installNginx(server: Server, t: SshTarget): Promise<string> {
  const conf = nginxFor(t);
  const marker = 'NGINX_CONF_END_OF_FILE';
  if (conf.includes(marker)) throw new PublishError('The nginx configuration holds the here-document marker.');
  const out = await server.sh(
    `cd ${q(server.w.dir)}
cat > nginx.conf.new <<'${marker}'
${conf}${marker}
if [ -f nginx.conf ] && cmp -s nginx.conf nginx.conf.new; then
  rm -f nginx.conf.new
  echo "nginx.conf unchanged"
  exit 0
fi
[ ! -f nginx.conf ] || cp -p nginx.conf nginx.conf.previous
mv -f nginx.conf.new nginx.conf
if command -v sudo >/dev/null 2>&1 && sudo -n -l /usr/sbin/nginx -t >/dev/null 2>&1; then
  if sudo -n /usr/sbin/nginx -t; then
    sudo -n /usr/sbin/nginx -s reload
    echo "nginx.conf installed, nginx reloaded"
  else
    if [ -f nginx.conf.previous ]; then mv -f nginx.conf.previous nginx.conf; fi
    echo "nginx refused the new nginx.conf: the previous one is back in place" >&2
    exit 5
  fi
else
  echo "nginx.conf installed; it changed, so reload nginx to apply it (sudo nginx -t && sudo nginx -s reload)"
fi`,
    'Installing nginx.conf',
  );
  return out.trim().split('\n').at(-1)!;
}

export async function publishSshPreview(t: SshTarget, from: string, slug: string, _ctx: Context): Promise<string> {
  const server = new Server(t);
  const { dir } = server.w;
  try {
    const before = await server.sh(
      `dir=${q(dir)}
mkdir -p "$dir/previews/"${q(slug)}
if [ -L "$dir/current" ]; then echo "current=yes"; fi`,
      'Preparing the preview folder',
    );
    await server.rsync(from, `${dir}/previews/${slug}`, /^current=yes$/m.test(before) ? `${dir}/current` : undefined);
    const pruned = await server.sh(
      `dir=${q(dir)}
touch "$dir/previews/"${q(slug)}
find "$dir/previews" -mindepth 1 -maxdepth 1 -type d -mtime +${PREVIEW_DAYS} -print -exec rm -rf {} +`,
      'Removing old previews',
    );
    const removed = pruned.split('\n').filter(Boolean).length;
    return `${t.target}: previews/${slug}/${removed ? `; removed ${removed} preview${removed > 1 ? 's' : ''} untouched for ${PREVIEW_DAYS} days` : ''}${t.previewDomain ? '' : ' (no "previewDomain" in content/cms.json: not served)'}`;
  } finally {
    server.close();
  }
}
