// What the browser tests stand on: dist/ served on localhost the way a static host serves it,
// and the machine's own Chromium driven by playwright-core.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { LANGUAGES } from '../../src/lib/languages.ts';

/** Language prefixes with a 404 page of their own. */
const PREFIXES = LANGUAGES.map((l) => l.prefix).filter(Boolean);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves dir like a static host: /x/ -> x/index.html, /x -> redirect to /x/, missing -> that language's 404.html. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) file = root;
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      const prefix = PREFIXES.find((p) => pathname.startsWith(`/${p}/`));
      file = path.join(root, prefix ? `${prefix}/404.html` : '404.html');
    }
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every <loc> in the sitemap index and its sitemaps, with the production origin swapped for ours. */
export async function sitemapUrls(origin: string): Promise<{ url: string; alternates: Record<string, string> }[]> {
  const index = await (await fetch(`${origin}/sitemap-index.xml`)).text();
  const out: { url: string; alternates: Record<string, string> }[] = [];
  for (const loc of [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)) {
    const xml = await (await fetch(localise(loc, origin))).text();
    for (const block of xml.match(/<url>[\s\S]*?<\/url>/g) ?? []) {
      const url = localise(/<loc>([^<]+)<\/loc>/.exec(block)![1]!, origin);
      const alternates = Object.fromEntries(
        [...block.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, localise(m[2]!, origin)]),
      );
      out.push({ url, alternates });
    }
  }
  return out;
}

export function localise(absolute: string, origin: string): string {
  const u = new URL(absolute);
  return `${origin}${u.pathname}${u.search}${u.hash}`;
}
