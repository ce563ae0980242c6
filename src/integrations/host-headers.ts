// Writes dist/_headers (Netlify, Cloudflare Pages) from the header table, after the other steps
// have written their files (search index, /admin/), since its paths cover the files built.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCmsSettings } from '../lib/cms/settings.ts';
import { contentRoot } from '../lib/content/load.ts';
import { CLOUDFLARE_LIMITS } from '../lib/deploy/index.ts';
import { headersFile, headersRules } from '../lib/deploy/headers-file.ts';
import { headerTable } from '../lib/headers.ts';

export function hostHeaders(): AstroIntegration {
  return {
    name: 'host-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => path.relative(out, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
          .sort();
        const table = headerTable(readCmsSettings(contentRoot()));
        const rules = headersRules(table, files);
        const text = headersFile(table, files);
        const long = text.split('\n').filter((l) => l.length > CLOUDFLARE_LIMITS.lineLength);
        if (rules.length > CLOUDFLARE_LIMITS.rules || long.length) {
          throw new Error(`_headers has ${rules.length} rules and ${long.length} lines over ${CLOUDFLARE_LIMITS.lineLength} characters; Cloudflare Pages reads at most ${CLOUDFLARE_LIMITS.rules} rules`);
        }
        writeFileSync(path.join(out, '_headers'), text);
        logger.info(`wrote _headers: ${rules.length} rules`);
      },
    },
  };
}
