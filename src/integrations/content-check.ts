// The content check before anything else of a build: a bad file stops `astro build` in about a
// second, naming the file and the field, before Vite starts (the content loaders ask for the same
// checked tree, src/content.config.ts, and get it from memory). The dev server checks in its
// loaders, so that a bad file while editing is reported, not fatal to the server.
import type { AstroIntegration } from 'astro';
import { checkedContentTree } from '../lib/content/load.ts';
import { ContentError } from '../lib/content/problems.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        if (command !== 'build') return;
        try {
          await checkedContentTree(config.cacheDir);
        } catch (err) {
          if (!(err instanceof ContentError)) throw err;
          // The problems are the whole message: no "unhandled error" and stack trace around them.
          logger.error(err.message);
          // exit once the message is out (pipes are asynchronous on some systems)
          for (const stream of [process.stdout, process.stderr]) await new Promise((done) => stream.write('', done));
          process.exit(1);
        }
      },
    },
  };
}
