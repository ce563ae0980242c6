// A proxy in front of a static server for the benchmarks: it counts the body bytes it sends and,
// if asked, compresses text as static hosts do (brotli when the browser offers it, else gzip).
// Pagefind's own files are gzipped by Pagefind already and pass through as they are.
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/;

export interface Proxy {
  origin: string;
  /** Body bytes sent per path and query since the last clear(). */
  sent: Map<string, number>;
  close: () => Promise<void>;
}

/** A proxy in front of the static server that counts what it sends and, if asked, compresses
 * text once per file and encoding (as a host serving precompressed files would; compressing at
 * brotli's top quality on every request would add its own delay to the timings). */
export async function proxyTo(target: string, compress: boolean): Promise<Proxy> {
  const sent = new Map<string, number>();
  const compressed = new Map<string, Buffer>();
  const count = (url: string, n: number) => sent.set(url, (sent.get(url) ?? 0) + n);
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const upstream = httpRequest(`${target}${url}`, { method: req.method, headers: { ...req.headers, 'accept-encoding': 'identity' } }, (up) => {
      const type = String(up.headers['content-type'] ?? '');
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const encoding = !compress || !COMPRESSIBLE.test(type) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
      const headers: Record<string, string | string[] | undefined> = { ...up.headers };
      // Hashed build files, cached for a year as the deploy's header table says (a reader's
      // second page does not fetch them again).
      if (url.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
      if (!encoding) {
        res.writeHead(up.statusCode ?? 500, headers);
        up.on('data', (chunk: Buffer) => count(url, chunk.length));
        up.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      up.on('data', (chunk: Buffer) => chunks.push(chunk));
      up.on('end', () => {
        const key = `${encoding} ${new URL(url, 'http://x').pathname}`;
        let body = compressed.get(key);
        if (!body) {
          const raw = Buffer.concat(chunks);
          body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
          compressed.set(key, body);
        }
        delete headers['transfer-encoding'];
        res.writeHead(up.statusCode ?? 500, { ...headers, 'content-encoding': encoding, 'content-length': body.length, vary: 'accept-encoding' });
        count(url, body.length);
        res.end(body);
      });
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, sent, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

