// What the browser tests stand on: dist/ served on localhost the way a static host serves it,
// and the machine's own Chromium driven by playwright-core.
import { copyFileSync, createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
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

// Chromium's headless shell (Debian's chromium-headless-shell) renders with the same engine as the
// full browser without its UI process, and took the crawl of every page from about 450 s to 290 s
// on the 2-core machine; the full browser is used where the shell is not installed.
const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
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

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const AXE_FILE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Where a served folder made by axeRoot() has axe-core. */
const AXE_PATH = `/__test-axe-core-${(JSON.parse(readFileSync(path.join(path.dirname(AXE_FILE), 'package.json'), 'utf8')) as { version: string }).version}.js`;

/** A folder to serve instead of `dist`: the same files (links to them) and axe-core beside them.
 * axe-core is then a same-origin script the page's policy allows (script-src 'self'), which
 * Chromium keeps compiled between pages: put into every page as a script of its own it was
 * compiled again on each, about a sixth of the crawl's time. */
export function axeRoot(dist: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dist)) symlinkSync(path.resolve(dist, entry), path.join(dir, entry));
  copyFileSync(AXE_FILE, path.join(dir, AXE_PATH));
  return dir;
}

/** Every page of the context records the policy violations it meets. */
export async function instrument(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export interface AxeViolation {
  id: string;
  impact?: string | null;
  nodes: string[];
}

/** axe's WCAG 2.2 A and AA violations on the page as it stands, asked for violations only (the
 * same rules as @axe-core/playwright's AxeBuilder at less than half the time a page). The page
 * must come from a folder made by axeRoot(); axe-core is added to it here, after the test has read
 * the page's own scripts. */
export function axeViolations(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(
    async ({ tags, src }) => {
      type Axe = { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact?: string | null; nodes: { target: string[] }[] }[] }> };
      const w = window as unknown as { axe?: Axe };
      if (!w.axe) {
        await new Promise((loaded, failed) => {
          const script = document.createElement('script');
          script.src = src;
          script.onload = loaded;
          script.onerror = () => failed(new Error(`${src} did not load: serve a folder made by axeRoot()`));
          document.head.append(script);
        });
      }
      const r = await w.axe!.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
    },
    { tags: WCAG, src: AXE_PATH },
  );
}

/** The security-policy violations the page has met since it loaded ("directive blocked-URL"). */
export function policyViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
}
