// Collections over content/. Every loader first runs the whole-tree check in src/lib/content,
// so a bad file anywhere stops the build with its path, field, expectation and finding.
import { defineCollection } from 'astro:content';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { contentRoot, loadContentTree, RECORD_DIRS } from './lib/content/load.ts';
import { datasetSchema, newsSchema, pageSchema, projectSchema, sectorSchema, siteSchema, tagSchema, zoneSchema } from './lib/schema.ts';

const root = contentRoot();

function records(kind: (typeof RECORD_DIRS)[number] | 'tags'): Loader {
  return {
    name: `content-${kind}`,
    load: async ({ store }) => {
      const tree = loadContentTree(root);
      store.clear();
      // The tree is already validated with these schemas; parseData would validate it again.
      for (const r of tree[kind]) store.set({ id: r.data.id, data: r.data as Record<string, unknown>, filePath: r.file });
    },
  };
}

const siteLoader: Loader = {
  name: 'content-site',
  load: async ({ store }) => {
    const { site } = loadContentTree(root);
    store.clear();
    store.set({ id: 'site', data: site as unknown as Record<string, unknown> });
  },
};

/** Articles and pages in vi/ and en/, from the checked tree, their Markdown rendered to HTML once
 * (src/lib/doc-body.ts says why not through MDX). Ids are "vi/<file name>". An entry whose file
 * has not changed keeps its stored rendering (the content layer's cache between builds). */
function docs(dir: 'news' | 'pages'): Loader {
  return {
    name: `content-${dir}`,
    load: async ({ store, renderMarkdown, generateDigest }) => {
      const tree = loadContentTree(root);
      const ids = new Set<string>();
      for (const doc of tree[dir]) {
        const id = `${doc.locale}/${path.basename(doc.file).replace(/\.mdx?$/, '')}`;
        ids.add(id);
        const digest = generateDigest(JSON.stringify([doc.data, doc.body]));
        if (store.get(id)?.digest === digest) continue;
        const data = doc.data as unknown as Record<string, unknown>;
        store.set({ id, data, digest, filePath: doc.file, rendered: await renderMarkdown(doc.body) });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}

export const collections = {
  site: defineCollection({ loader: siteLoader, schema: siteSchema }),
  tags: defineCollection({ loader: records('tags'), schema: tagSchema }),
  sectors: defineCollection({ loader: records('sectors'), schema: sectorSchema }),
  zones: defineCollection({ loader: records('zones'), schema: zoneSchema }),
  projects: defineCollection({ loader: records('projects'), schema: projectSchema }),
  datasets: defineCollection({ loader: records('datasets'), schema: datasetSchema }),
  news: defineCollection({ loader: docs('news'), schema: newsSchema }),
  pages: defineCollection({ loader: docs('pages'), schema: pageSchema }),
};
