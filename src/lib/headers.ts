// The host header table: one entry per path pattern, the headers a static host must send for it.
// A later build step turns this table into _headers (Netlify, Cloudflare Pages), nginx, Caddy,
// Apache, Vercel and CloudFront configurations; this file only holds the data.
//
// Only /admin/* is here so far. Site pages carry their own Content-Security-Policy as a meta tag
// with hashes (Astro's security.csp); /admin/ is not an Astro page and has its own policy, because
// Sveltia CMS injects <style> elements without a nonce ('unsafe-inline' is needed there and only
// there; a hash in the same policy would make browsers ignore it). Browsers enforce every CSP a
// response carries, so a site-wide CSP header must not also match /admin/*.
import type { CmsSettings } from './cms/settings.ts';
import { gitHostSources } from './cms/settings.ts';

export interface HeaderRule {
  /** Path pattern as hosts write it: an exact path, or a prefix ending in "*". */
  path: string;
  headers: Record<string, string>;
  /** Why, for the generated files' comments. */
  note: string;
}

/** The Content-Security-Policy of /admin/ for the configured git host, as directive -> sources. */
export function adminCspDirectives(settings: CmsSettings): Record<string, string[]> {
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

export function serializeCsp(directives: Record<string, string[]>, { meta = false } = {}): string {
  return Object.entries(directives)
    // A <meta> policy cannot carry frame-ancestors (browsers ignore it there and warn).
    .filter(([name]) => !(meta && name === 'frame-ancestors'))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** The start of the table. */
export function headerRules(settings: CmsSettings): HeaderRule[] {
  return [
    {
      path: '/admin/*',
      note: 'Staff CMS (Sveltia): its own CSP with style-src unsafe-inline; sign-in popups need same-origin-allow-popups; never indexed or cached.',
      headers: {
        'Content-Security-Policy': serializeCsp(adminCspDirectives(settings)),
        'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
        'X-Robots-Tag': 'noindex, nofollow',
        'Referrer-Policy': 'same-origin',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    },
  ];
}
