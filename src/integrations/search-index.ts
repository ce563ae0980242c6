// Builds the Pagefind index from the finished pages, through Pagefind's Node API, so `astro build`
// alone produces search. Pagefind splits the index by each page's <html lang>; only the part of a
// page marked data-pagefind-body (its <main>) is indexed, so header, footer and navigation are not.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { foldHtmlText } from '../lib/fold.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
        let indexed = 0;
        for (const file of pages) {
          const html = readFileSync(path.join(out, file), 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          // Text is indexed with đ folded to d; titles and excerpts shown come from attributes, untouched.
          const r = await index.addHTMLFile({ sourcePath: file, content: foldHtmlText(html) });
          if (r.errors.length) throw new Error(`Pagefind could not index ${file}: ${r.errors.join('; ')}`);
          indexed++;
        }
        const written = await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        if (indexed === 0) throw new Error('Pagefind indexed no page: is data-pagefind-body missing from the layout?');
        logger.info(`indexed ${indexed} pages for search`);
      },
    },
  };
}
