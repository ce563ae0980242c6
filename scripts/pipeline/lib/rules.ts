// The pipeline's rules, kept apart from the commands so the unit tests can read them.

/** What `npm run status` is run with: strict only for a live build when content/cms.json asks for it. */
export function statusArgs(translations: 'strict' | 'report', preview: boolean): string[] {
  return translations === 'strict' && !preview ? ['--strict'] : [];
}

/** Appended to a preview build's _headers (Netlify, Cloudflare Pages): no page of a preview is indexed. */
export const PREVIEW_HEADERS = '\n# A branch preview (scripts/pipeline/build.ts --preview): never indexed.\n/*\n  X-Robots-Tag: noindex\n';

/** Files every good build has; a build without one of them is not published. */
export const REQUIRED_FILES = ['index.html', '404.html', '_headers', 'sitemap-index.xml', 'admin/index.html', 'admin/config.yml'];
