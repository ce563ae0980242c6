// Builds the Pagefind index from the finished pages, through Pagefind's Node API, so `astro build`
// alone produces search. Pagefind splits the index by each page's <html lang>; only the part of a
// page marked data-pagefind-body (its <main>) is indexed, so header, footer and navigation are not.
// Nor are the cards and news items a page lists (other pages, indexed on their own) or its
// breadcrumbs: a page is found by what it says itself, and the index and each result's fragment
// stay smaller.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { isUnspaced, prepareForIndex } from '../lib/search.ts';
import { searchBundlePath } from '../lib/routes.ts';
import { LOCALES } from '../lib/languages.ts';

// The root classes of ProjectCard, ZoneCard, SectorCard, NewsItem and Breadcrumbs.
const NOT_INDEXED = ['.card', '.news-item', '.breadcrumbs'];
// Pagefind cuts each language's word index into chunks of about this many word locations and a
// search fetches the chunks its words fall in. The default (20 000) makes ~25 KB chunks, and a
// title of six words can need four of them; at 3 000 they are ~4 KB (measured with
// scripts/bench-search.ts). Pagefind reads this from an environment variable it calls unstable:
// if a later version drops it, chunks return to the default size (larger first searches, same
// results), which the bench shows.
const INDEX_CHUNK_SIZE = '3000';

/** The language a built page is in, from its <html lang>. */
function pageLang(html: string): string | undefined {
  return /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
}

// Pages handed to Pagefind while earlier ones are still being read: its service indexes them
// in parallel, and a bounded number keeps memory flat.
const IN_FLIGHT = 8;

/** The index language of a bundle whose words are cut already: "und", undetermined. */
const PRESEGMENTED = 'und';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE; // read when the service starts
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        // One language at a time, each its own bundle (searchBundlePath): the indexer holds every
        // page of a run in memory, so two runs of half the pages peak at half the memory.
        const counts: string[] = [];
        for (const locale of LOCALES) {
          // An unspaced language's pages arrive cut into words already (prepareForIndex); indexed
          // under a code Pagefind has no segmenter for, it keeps those words as they are. The
          // browser opens the bundle's only index whatever its code.
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: NOT_INDEXED, forceLanguage: isUnspaced(locale) ? PRESEGMENTED : locale });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          let indexed = 0;
          const pending: Promise<void>[] = [];
          for (const file of pages) {
            const html = readFileSync(path.join(out, file), 'utf8');
            if (!html.includes('data-pagefind-body') || pageLang(html) !== locale) continue;
            // Text, title and summary are indexed with đ folded to d; results show copies as written.
            pending.push(
              index.addHTMLFile({ sourcePath: file, content: prepareForIndex(html, locale) }).then((r) => {
                if (r.errors.length) throw new Error(`Pagefind could not index ${file}: ${r.errors.join('; ')}`);
              }),
            );
            indexed++;
            if (pending.length >= IN_FLIGHT) await Promise.all(pending.splice(0));
          }
          await Promise.all(pending);
          if (indexed === 0) throw new Error(`Pagefind indexed no ${locale} page: is data-pagefind-body missing from the layout?`);
          const bundle = path.join(out, searchBundlePath(locale));
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          // Pagefind's ready-made interfaces, which the site does not use (src/client/search.ts is ours).
          for (const f of readdirSync(bundle)) if (/^pagefind-(ui|modular-ui|component-ui|highlight)\./.test(f)) rmSync(path.join(bundle, f));
          await pagefind.close();
          counts.push(`${indexed} ${locale}`);
        }
        logger.info(`indexed ${counts.join(', ')} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
