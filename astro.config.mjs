// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentRoot, loadContentTree } from './src/lib/content/load.ts';
import { routeMapFromTree } from './src/lib/content/routes-from-tree.ts';
import { statusPages } from './src/integrations/status-pages.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { quietLog } from './src/integrations/quiet-log.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { cmsAdmin } from './src/integrations/cms.ts';
import { hostHeaders } from './src/integrations/host-headers.ts';
import { PAGE_CSP } from './src/lib/headers.ts';
import { LANGUAGES, SOURCE } from './src/lib/languages.ts';

// The site's public address comes from content, so another agency only replaces content/.
function siteUrl() {
  try {
    return JSON.parse(readFileSync(`${contentRoot()}/site.json`, 'utf8')).url;
  } catch {
    return 'http://localhost:4321'; // the content check reports the real problem
  }
}
const site = siteUrl();

// Astro types each directive by its name; these come from the header table as plain strings.
const pageCsp = /** @type {any[]} */ (Object.entries(PAGE_CSP).map(([name, sources]) => [name, ...sources].join(' ')));

// A build over another content folder (the bad-content tests) writes beside that folder,
// so it can never overwrite dist/ or share a content cache with the real site.
const elsewhere = process.env.CONTENT_DIR ? new URL('../', new URL(`${contentRoot()}/`, 'file://')) : undefined;

/** Built lazily: the sitemap runs after the content check has passed.
 * @type {import('./src/lib/routes.ts').RouteMap | undefined} */
let routes;
const routeMap = () => (routes ??= routeMapFromTree(loadContentTree()));

export default defineConfig({
  site,
  output: 'static',
  ...(elsewhere && { outDir: new URL('dist/', elsewhere).pathname, cacheDir: new URL('.astro-cache/', elsewhere).pathname }),
  trailingSlash: 'ignore',
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Languages and their routes come from content/languages.json through our own route map
  // (src/lib/routes.ts): Astro's i18n routing assumes one path per locale, and sections here are
  // named per language.
  // Every page's policy, as a meta tag: Astro's script and style hashes and PAGE_CSP (the host's
  // header adds frame-ancestors; src/lib/headers.ts).
  security: { csp: { directives: pageCsp } },
  // AVIF at sharp's effort 3 instead of 4: the same file size for photographs (measured: 100 KB for
  // a 1,080-pixel version either way) at a quarter of the encoding time, which is most of a first
  // build's time once the content has photographs (README, "Pictures").
  image: { service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 3 } } } },
  // Shiki colours code with inline styles, which the CSP would block; the site shows no code.
  markdown: { syntaxHighlight: false },
  // src/styles/fonts.css names the font files by this alias (CSS url() does not look in node_modules).
  vite: { resolve: { alias: { '@fontsource-files': fileURLToPath(new URL('./node_modules/@fontsource/be-vietnam-pro/files', import.meta.url)) } } },
  integrations: [
    quietLog(),
    contentCheck(), // before Vite: a bad file stops the build at once
    sitemap({
      filter: (page) => !/\/404(\.html|\/)?$/.test(page) && !/\/rss\.xml$/.test(page),
      serialize(item) {
        const path = new URL(item.url).pathname;
        const route = routeMap().find(path);
        if (!route) throw new Error(`sitemap: ${path} is not in the route map`);
        const alternates = routeMap().alternates(route.key);
        item.links = [
          ...alternates.map((r) => ({ url: new URL(r.path, site).href, lang: r.locale })),
          { url: new URL(routeMap().href(route.key, SOURCE), site).href, lang: 'x-default' },
        ];
        return item;
      },
    }),
    statusPages(LANGUAGES.map((l) => l.prefix).filter(Boolean)),
    searchIndex(),
    cmsAdmin(),
    hostHeaders(), // last: its rules cover every file the steps before it wrote
  ],
});
