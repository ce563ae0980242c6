// Collections over content/. Every loader first runs the whole-tree check in src/lib/content,
// so a bad file anywhere stops the build with its path, field, expectation and finding.
import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentRoot, loadContentTree, RECORD_DIRS } from './lib/content/load.ts';
import { datasetSchema, newsSchema, pageSchema, projectSchema, sectorSchema, siteSchema, tagSchema, zoneSchema } from './lib/schema.ts';

const root = contentRoot();

function records(kind: (typeof RECORD_DIRS)[number] | 'tags'): Loader {
  return {
    name: `content-${kind}`,
    load: async ({ store, parseData }) => {
      const tree = loadContentTree(root);
      store.clear();
      for (const r of tree[kind]) {
        const id = r.data.id;
        store.set({ id, data: await parseData({ id, data: r.data as Record<string, unknown>, filePath: r.file }), filePath: r.file });
      }
    },
  };
}

const siteLoader: Loader = {
  name: 'content-site',
  load: async ({ store, parseData }) => {
    const { site } = loadContentTree(root);
    store.clear();
    store.set({ id: 'site', data: await parseData({ id: 'site', data: site as unknown as Record<string, unknown> }) });
  },
};

/** MDX in vi/ and en/, checked as a tree before Astro's own glob loader renders it. */
function docs(dir: string): Loader {
  // Ids are the file path ("vi/about"): the glob loader would otherwise take a front-matter slug as id.
  const inner = glob({
    pattern: '{vi,en}/*.{md,mdx}',
    base: `${root}/${dir}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return {
    name: `content-${dir}`,
    load: async (ctx) => {
      loadContentTree(root);
      await inner.load(ctx);
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
