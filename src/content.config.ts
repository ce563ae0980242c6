// Collections over content/. Every loader first runs the whole-tree check in src/lib/content,
// so a bad file anywhere stops the build with its path, field, expectation and finding.
import { defineCollection } from 'astro:content';
import path from 'node:path';
import type { Loader } from 'astro/loaders';
import { checkedContentTree, contentRoot, RECORD_DIRS, type ContentTree } from './lib/content/load.ts';
import { imageFields, originalPath, type ImageKind } from './lib/images.ts';
import { renderBody, type BodyPart } from './lib/doc-body.ts';
import { z } from 'zod';
import { datasetSchema, legalDocSchema, newsSchema, pageSchema, procedureSchema, projectSchema, sectorSchema, siteSchema, tagSchema, zoneSchema } from './lib/schema.ts';

const root = contentRoot();

/** The checked tree, with every image opened once (src/lib/images.ts). */
const checkedTree = (config: { cacheDir: URL }): Promise<ContentTree> => checkedContentTree(config.cacheDir, root);

// Astro's content layer turns a string marked this way into the image's metadata and hands the
// file to its image pipeline (resolved relative to the entry's filePath), as image() would.
const IMAGE = '__ASTRO_IMAGE_';

/** A copy of an entry's data with its image paths marked for Astro's image pipeline, each image
 * keeping its file's place under content/images/ (the press page offers the original). */
function withImages(kind: ImageKind, data: unknown, file: string): Record<string, unknown> {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const { image } of imageFields(kind, copy)) {
    (image as { file?: string }).file = originalPath(root, file, image.src);
    image.src = `${IMAGE}${image.src}`;
  }
  return copy;
}

function records(kind: (typeof RECORD_DIRS)[number] | 'tags'): Loader {
  return {
    name: `content-${kind}`,
    load: async ({ store, config }) => {
      const tree = await checkedTree(config);
      store.clear();
      // The tree is already validated with these schemas; parseData would validate it again.
      for (const r of tree[kind]) {
        const data = kind === 'sectors' || kind === 'zones' || kind === 'projects' ? withImages(kind, r.data, r.file) : (r.data as Record<string, unknown>);
        store.set({ id: r.data.id, data, filePath: r.file });
      }
    },
  };
}

const siteLoader: Loader = {
  name: 'content-site',
  load: async ({ store, config }) => {
    const { site } = await checkedTree(config);
    store.clear();
    store.set({ id: 'site', data: site as unknown as Record<string, unknown> });
  },
};

/** Articles and pages in each language's folder, from the checked tree, their Markdown rendered
 * once, sanitized, into parts: HTML, and the charts and pictures the page places
 * (src/lib/doc-body.ts says why not through MDX). Ids are "vi/<file name>". An entry whose file
 * has not changed keeps its stored rendering (the content layer's cache between builds). */
function docs(dir: 'news' | 'pages'): Loader {
  return {
    name: `content-${dir}`,
    load: async ({ store, generateDigest, config }) => {
      const tree = await checkedTree(config);
      const ids = new Set<string>();
      for (const doc of tree[dir]) {
        const id = `${doc.locale}/${path.basename(doc.file).replace(/\.mdx?$/, '')}`;
        ids.add(id);
        const digest = generateDigest(JSON.stringify([doc.data, doc.body]));
        if (store.get(id)?.digest === digest) continue;
        const data = withImages(dir, doc.data, doc.file);
        data.body = renderBody(doc.body).map((part) =>
          'image' in part ? { image: { ...part.image, file: originalPath(root, doc.file, part.image.src), src: `${IMAGE}${part.image.src}` } } : part,
        );
        store.set({ id, data, digest, filePath: doc.file });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
    },
  };
}

const procedureLoader: Loader = {
  name: 'content-procedure',
  load: async ({ store, config }) => {
    const { procedure } = await checkedTree(config);
    store.clear();
    if (procedure) store.set({ id: 'procedure', data: procedure.data as unknown as Record<string, unknown>, filePath: procedure.file });
  },
};

const costsLoader: Loader = {
  name: 'content-costs',
  load: async ({ store, config }) => {
    const { costs } = await checkedTree(config);
    store.clear();
    for (const c of costs) store.set({ id: c.name, data: c.data as Record<string, unknown>, filePath: c.file });
  },
};

export const collections = {
  site: defineCollection({ loader: siteLoader, schema: siteSchema }),
  tags: defineCollection({ loader: records('tags'), schema: tagSchema }),
  sectors: defineCollection({ loader: records('sectors'), schema: sectorSchema }),
  zones: defineCollection({ loader: records('zones'), schema: zoneSchema }),
  projects: defineCollection({ loader: records('projects'), schema: projectSchema }),
  datasets: defineCollection({ loader: records('datasets'), schema: datasetSchema }),
  legal: defineCollection({ loader: records('legal'), schema: legalDocSchema }),
  procedure: defineCollection({ loader: procedureLoader, schema: procedureSchema }),
  // Each table has its own schema (src/lib/costs-schema.ts); the tree has checked every one.
  costs: defineCollection({ loader: costsLoader }),
  // The body is not front matter: the loader adds it, rendered (the schemas type it for pages).
  news: defineCollection({ loader: docs('news'), schema: newsSchema.extend({ body: z.custom<BodyPart[]>() }) }),
  pages: defineCollection({ loader: docs('pages'), schema: pageSchema.extend({ body: z.custom<BodyPart[]>() }) }),
};
