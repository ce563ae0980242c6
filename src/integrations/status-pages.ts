// Post-build duties. Static hosts look for <dir>/404.html. Astro writes /404.html itself but any other 404 route
// as <dir>/404/index.html, so move each other language's where hosts expect it.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function statusPages(localeDirs: string[]): AstroIntegration {
  return {
    name: 'status-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        for (const locale of localeDirs) {
          const from = fileURLToPath(new URL(`${locale}/404/index.html`, dir));
          if (!existsSync(from)) throw new Error(`Expected the ${locale} 404 page at ${from}`);
          renameSync(from, fileURLToPath(new URL(`${locale}/404.html`, dir)));
          rmSync(fileURLToPath(new URL(`${locale}/404/`, dir)), { recursive: true });
          logger.info(`moved ${locale}/404/index.html to ${locale}/404.html`);
        }
        // @astrojs/sitemap logs its errors and carries on; a site without its sitemap is not done.
        if (!existsSync(fileURLToPath(new URL('sitemap-index.xml', dir)))) {
          throw new Error('The sitemap was not written (see the @astrojs/sitemap error above).');
        }
      },
    },
  };
}
