// Real nginx (Debian's package) serving dist/ with the configuration generated from the header
// table, on HTTP (redirecting) and HTTPS with a certificate made for the test: the site as a
// department's own server would send it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { nginxConf } from '../../src/lib/deploy/nginx.ts';
import type { HeaderTable } from '../../src/lib/headers.ts';
import { LANGUAGES } from '../../src/lib/languages.ts';

export interface Nginx {
  httpOrigin: string;
  httpsOrigin: string;
  httpPort: number;
  httpsPort: number;
  /** The certificate, to trust it (NODE_EXTRA_CA_CERTS). */
  certificate: string;
  stop: () => void;
}

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startNginx(table: HeaderTable, dist: string, dir = path.resolve('tests/.tmp/nginx')): Promise<Nginx> {
  if (!existsSync(NGINX)) throw new Error(`nginx is not installed at ${NGINX} (apt-get install nginx; .ci/run does it)`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  const certificate = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  // A self-signed certificate for localhost that is its own authority, so Node and the scanner can trust it.
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', certificate, '-days', '2', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-addext', 'basicConstraints=critical,CA:true'], { stdio: 'ignore' });
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const server = nginxConf(table, { serverName: 'localhost', root: path.resolve(dist), certificate, certificateKey: key, httpPort, httpsPort, localized404: LANGUAGES.map((l) => l.prefix).filter(Boolean) });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${dir}/tmp/${t};`).join('\n');
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `# The test's wrapper around the generated server blocks.
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
${temp}
${server}
}
`,
  );
  const r = spawnSync(NGINX, ['-c', conf, '-p', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`nginx did not start:\n${r.stderr}\n${existsSync(`${dir}/error.log`) ? readFileSync(`${dir}/error.log`, 'utf8') : ''}`);
  return {
    httpOrigin: `http://localhost:${httpPort}`,
    httpsOrigin: `https://localhost:${httpsPort}`,
    httpPort,
    httpsPort,
    certificate,
    stop: () => {
      spawnSync(NGINX, ['-c', conf, '-p', dir, '-s', 'stop']);
    },
  };
}
