// The catalogue and the data package as the build wrote them (dist/): every file they describe is
// there, with the size, hash and number of rows they say; and the pages that show the data carry
// the same tables as schema.org markup; and nginx, as the generated configuration has it, sends
// each with its media type (a harvester picks its parser by it). No browser.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCmsSettings } from '../../src/lib/cms/settings.ts';
import { headerTable } from '../../src/lib/headers.ts';
import { startNginx, type Nginx } from './nginx.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { LOCALES } from '../../src/lib/languages.ts';
import { DATA_CATALOGUE_PATH, DATA_PACKAGE_PATH } from '../../src/lib/routes.ts';

const tree = loadContentTree('content');
const routes = routeMapFromTree(tree);
const dist = (urlPath: string) => path.join('dist', decodeURIComponent(urlPath));
const read = (urlPath: string) => readFileSync(dist(urlPath));
const catalogue = JSON.parse(read(DATA_CATALOGUE_PATH).toString('utf8')) as { '@graph': Record<string, unknown>[] };
const pkg = JSON.parse(read(DATA_PACKAGE_PATH).toString('utf8')) as { resources: { name: string; path: string; bytes: number; hash: string; rows: number }[] };
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const idOf = (v: unknown) => (v as { '@id': string })['@id'];

/** The JSON-LD blocks of a built page. */
function jsonLd(urlPath: string): Record<string, unknown>[] {
  const html = read(`${urlPath}index.html`).toString('utf8');
  return [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!));
}

describe('/data/catalog.jsonld as built', () => {
  const distributions = catalogue['@graph'].flatMap((n) => (n['dcat:distribution'] as Record<string, unknown>[] | undefined) ?? []);

  it('points every distribution at a file the build wrote, of the size and hash it says', () => {
    expect(distributions.length).toBe(pkg.resources.length + 2); // each CSV, and projects.json and zones.json
    for (const d of distributions) {
      const url = new URL(idOf(d['dcat:downloadURL']));
      expect(url.origin).toBe(new URL(tree.site.url).origin);
      expect(existsSync(dist(url.pathname)), url.pathname).toBe(true);
      const bytes = read(url.pathname);
      expect((d['dcat:byteSize'] as { '@value': string })['@value'], url.pathname).toBe(String(bytes.length));
      expect(((d['spdx:checksum'] as Record<string, { '@value': string }>)['spdx:checksumValue'])['@value'], url.pathname).toBe(sha256(bytes));
    }
  });
});

describe('/data/datapackage.json as built', () => {
  it('describes each CSV beside it: its size, hash and number of rows', () => {
    // Projects, zones, the legal register, the cost rates and each dataset.
    expect(pkg.resources.map((r) => r.name)).toEqual(['projects', 'zones', 'legal-documents', 'cost-rates', ...tree.datasets.map((d) => d.data.id).sort((a, b) => tree.datasets.find((x) => x.data.id === a)!.data.order - tree.datasets.find((x) => x.data.id === b)!.data.order)]);
    for (const r of pkg.resources) {
      const file = path.posix.join(path.posix.dirname(DATA_PACKAGE_PATH), r.path);
      const bytes = read(file);
      expect(bytes.length, file).toBe(r.bytes);
      expect(r.hash, file).toBe(`sha256:${sha256(bytes)}`);
      expect(parseCsv(bytes.toString('utf8')).length - 1, file).toBe(r.rows);
    }
  });
});

describe('schema.org on the pages that show the data', () => {
  it.each(LOCALES)('the Data page in %s links the catalogue and describes every table as a Dataset', (locale) => {
    const page = routes.href('data', locale);
    const html = read(`${page}index.html`).toString('utf8');
    expect(html).toContain(`<link rel="alternate" type="application/ld+json" href="${DATA_CATALOGUE_PATH}">`);
    expect(html).toContain(`href="${DATA_PACKAGE_PATH}"`);
    const [catalog] = jsonLd(page).filter((j) => j['@type'] === 'DataCatalog');
    const datasets = catalog!.dataset as { identifier: string; url: string; distribution: { contentUrl: string }[] }[];
    expect(datasets.map((d) => d.identifier)).toEqual(pkg.resources.map((r) => r.name));
    for (const d of datasets) for (const f of d.distribution) expect(existsSync(dist(new URL(f.contentUrl).pathname)), f.contentUrl).toBe(true);
  });

  it('the key figures page describes each chart as a Dataset of the catalogue', () => {
    const [ld] = jsonLd(routes.href('figures', 'en'));
    const graph = ld!['@graph'] as { identifier: string; url: string }[];
    expect(graph.map((d) => d.identifier).sort()).toEqual(tree.datasets.map((d) => d.data.id).sort());
    for (const d of graph) expect(d.url).toBe(`${new URL(routes.href('figures', 'en'), tree.site.url).href}#${d.identifier}`);
  });
});

describe('nginx with the generated configuration', () => {
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await startNginx(headerTable(readCmsSettings('content')), 'dist', path.resolve('tests/.tmp/nginx-open-data'));
  });
  afterAll(() => nginx?.stop());

  /** The response headers of a GET, trusting the certificate the test made. */
  const headers = (urlPath: string) =>
    new Promise<Record<string, string | string[] | undefined>>((resolve, reject) => {
      get(`${nginx.httpsOrigin}${urlPath}`, { ca: readFileSync(nginx.certificate) }, (res) => {
        res.resume();
        resolve({ status: String(res.statusCode), ...res.headers });
      }).on('error', reject);
    });

  it.each([
    [DATA_CATALOGUE_PATH, 'application/ld+json'],
    [DATA_PACKAGE_PATH, 'application/json'],
    ['/data/projects.csv', 'text/csv'],
  ])('sends %s as %s, with the open data headers', async (file, type) => {
    const h = await headers(file);
    expect(h.status).toBe('200');
    expect(h['content-type']).toBe(type);
    expect(h['access-control-allow-origin']).toBe('*');
  });
});
