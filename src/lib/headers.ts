// The host header table: what a static host must send with each kind of file, in one place.
// A build step (src/lib/deploy/) turns it into _headers (Netlify, Cloudflare Pages) and the
// configurations for nginx, Caddy, Apache, Vercel and S3 + CloudFront, so they cannot disagree.
//
// Pages carry their own Content-Security-Policy as a meta tag with hashes (Astro's security.csp,
// astro.config.mjs, from PAGE_CSP below); the header policy carries only what a meta tag cannot,
// frame-ancestors, and never script-src or style-src (browsers enforce every policy a response
// has, and the hashes live in the meta tag). /admin/ is not an Astro page and has its own policy,
// because Sveltia CMS injects <style> elements without a nonce ('unsafe-inline' is needed there and
// only there; a hash in the same policy would make browsers ignore it).
import type { CmsSettings } from './cms/settings.ts';
import { gitHostSources } from './cms/settings.ts';

export type Directives = Record<string, string[]>;

/** One kind of file: the paths it covers and the headers it gets, besides the common ones. */
export interface HeaderClass {
  name: string;
  /**
   * Paths as globs: "*" is any run of characters within one path segment, a final "/*" is
   * everything below. Classes are tried in order and the first that matches a path wins; the
   * last class, "page", matches every path.
   */
  paths: string[];
  headers: Record<string, string>;
  /** Why, for the generated files' comments. */
  note: string;
}

export interface HeaderTable {
  /** Sent with every response. */
  common: Record<string, string>;
  classes: HeaderClass[];
}

const YEAR = 31_536_000;
export const CACHE_IMMUTABLE = `public, max-age=${YEAR}, immutable`;
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/** The policy every page's meta tag carries besides Astro's script-src and style-src hashes. The
 * search page adds 'wasm-unsafe-eval' to its script-src for Pagefind (SearchView.astro). */
export const PAGE_CSP: Directives = {
  'default-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'upgrade-insecure-requests': [],
};

/** What the page's header policy adds: a meta tag cannot forbid framing. */
const PAGE_HEADER_CSP: Directives = { 'frame-ancestors': ["'none'"] };

/** Pagefind's worker (pagefind-worker.js) runs under its own response's policy, not the page's:
 * it compiles Pagefind's WebAssembly and fetches the index. Without 'wasm-unsafe-eval' here the
 * search breaks inside the worker while the page sees no violation. */
const PAGEFIND_WORKER_CSP: Directives = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'connect-src': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/** Features the site never uses, turned off for it and anything it might embed. Only names that
 * current browsers know: Chromium logs a warning for each unknown one. */
const UNUSED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** The Content-Security-Policy of /admin/ for the configured git host, as directive -> sources. */
export function adminCspDirectives(settings: CmsSettings): Directives {
  const host = gitHostSources(settings);
  return {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    // Svelte injects <style> elements and style attributes at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    // Image previews of uploads are blob: and data: URLs; avatars come from the git host.
    'img-src': ["'self'", 'blob:', 'data:', ...host.img],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    // The git host's API; blob: and data: for files read back before they are committed.
    'connect-src': ["'self'", 'blob:', 'data:', ...host.connect],
    // The preview pane is an iframe with a blob: document.
    'frame-src': ['blob:'],
    'worker-src': ["'self'", 'blob:'],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

export function serializeCsp(directives: Directives, { meta = false } = {}): string {
  return (
    Object.entries(directives)
      // A <meta> policy cannot carry frame-ancestors (browsers ignore it there and warn).
      .filter(([name]) => !(meta && name === 'frame-ancestors'))
      .map(([name, sources]) => [name, ...sources].join(' '))
      .join('; ')
  );
}

/** The table, for the department's git host (the CMS's policy names its API). */
export function headerTable(settings: CmsSettings): HeaderTable {
  const crossOrigin = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' };
  return {
    common: {
      // Two years. Preload is the domain owner's choice (README, "Deploy"): it binds every subdomain.
      'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Permissions-Policy': UNUSED_FEATURES.map((f) => `${f}=()`).join(', '),
    },
    classes: [
      {
        name: 'admin',
        paths: ['/admin/*'],
        note: 'Staff CMS (Sveltia): its own CSP with unsafe-inline styles; the sign-in window needs same-origin-allow-popups; never indexed or cached.',
        headers: {
          'Content-Security-Policy': serializeCsp(adminCspDirectives(settings)),
          'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
          'Cross-Origin-Resource-Policy': 'same-origin',
          'X-Robots-Tag': 'noindex, nofollow',
          'Cache-Control': 'no-cache',
        },
      },
      {
        name: 'assets',
        paths: ['/_astro/*'],
        note: 'Scripts, styles and fonts with a content hash in their names: never change, cached for a year.',
        headers: { 'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': CACHE_IMMUTABLE },
      },
      {
        name: 'search-index',
        paths: ['/pagefind/*/fragment/*', '/pagefind/*/index/*', '/pagefind/*/filter/*', '/pagefind/*/*.pf_meta'],
        note: 'Pagefind index files, named by their content hash: cached for a year.',
        headers: { 'Cross-Origin-Resource-Policy': 'same-origin', 'Cache-Control': CACHE_IMMUTABLE },
      },
      {
        name: 'search',
        paths: ['/pagefind/*'],
        note: "Pagefind's script, worker, WebAssembly and entry file: same names every build, so revalidated; the worker's own policy allows WebAssembly.",
        headers: {
          'Content-Security-Policy': serializeCsp(PAGEFIND_WORKER_CSP),
          'Cross-Origin-Resource-Policy': 'same-origin',
          'Cache-Control': CACHE_REVALIDATE,
        },
      },
      {
        name: 'open-data',
        paths: ['/data/*'],
        note: 'Open data (CSV, JSON): any site or script may use it.',
        headers: { ...crossOrigin, 'Cache-Control': CACHE_REVALIDATE },
      },
      {
        name: 'cards',
        paths: ['/og/*'],
        note: "Each page's social card, named by a hash of what it shows: other sites show them; never change, cached for a year.",
        headers: { ...crossOrigin, 'Cache-Control': CACHE_IMMUTABLE },
      },
      {
        name: 'press',
        paths: ['/press/*'],
        note: 'Press kit (logos, social card, chart images): other sites may show them.',
        headers: { ...crossOrigin, 'Cache-Control': CACHE_REVALIDATE },
      },
      {
        name: 'page',
        paths: ['/*'],
        note: 'Pages and everything else: the header CSP forbids framing (the meta tag has the rest); revalidated on every visit.',
        headers: {
          'Content-Security-Policy': serializeCsp(PAGE_HEADER_CSP),
          'Cross-Origin-Opener-Policy': 'same-origin',
          'Cross-Origin-Resource-Policy': 'same-origin',
          'Cache-Control': CACHE_REVALIDATE,
        },
      },
    ],
  };
}

/** Glob -> regular expression over a URL path, as the table means it, as text ("/" unescaped,
 * so that host configurations can use it as it is). */
export function globPattern(glob: string): string {
  const body = glob
    .split('/')
    .map((seg, i, all) => (seg === '*' && i === all.length - 1 ? '.*' : seg.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')))
    .join('/');
  return `^${body}$`;
}

const globs = new Map<string, RegExp>();

/** Compiled once per glob: the _headers writer asks for the class of every file of dist/, more than once. */
export function globRegExp(glob: string): RegExp {
  let re = globs.get(glob);
  if (!re) globs.set(glob, (re = new RegExp(globPattern(glob))));
  return re;
}

/** The class a path falls in: the first whose globs match it. */
export function classFor(table: HeaderTable, path: string): HeaderClass {
  return table.classes.find((c) => c.paths.some((g) => globRegExp(g).test(path)))!;
}

/** Every header a path gets. */
export function headersFor(table: HeaderTable, path: string): Record<string, string> {
  return { ...table.common, ...classFor(table, path).headers };
}
