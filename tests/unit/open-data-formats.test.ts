// The open data described for data portals: the Frictionless Data Package checked against the
// official v2 profiles (tests/fixtures/schemas/datapackage-v2/), every CSV checked against its own
// Table Schema, and the DCAT-AP catalogue read by a JSON-LD processor, all built from the real
// content with the functions the endpoints use (src/data/open-data.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/problems.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { tableSchema, type TableSchema } from '../../src/lib/datapackage.ts';
import { languageTagged, schemaOrgDataset } from '../../src/lib/dcat.ts';
import { LOCALES, SOURCE } from '../../src/lib/languages.ts';
import { asOfPeriod, figuresPeriod, lastChanged, type OpenDataTable } from '../../src/lib/open-data.ts';
import { COST_RATES_CSV_PATH, LEGAL_CSV_PATH, DATA_CATALOGUE_PATH, DATA_PACKAGE_PATH, datasetCsvPath, OPEN_DATA, openDataPath, RESERVED_DATASET_IDS } from '../../src/lib/routes.ts';
import type { Dataset } from '../../src/lib/schema.ts';
import { figuresSchemaOrg, openDataCatalogue, openDataPackage, openDataTables, type OpenDataSource } from '../../src/data/open-data.ts';
import { readCmsSettings } from '../../src/lib/cms/settings.ts';
import { deployFiles } from '../../src/lib/deploy/index.ts';
import { headerTable } from '../../src/lib/headers.ts';
import { contentWith } from '../support/fixtures.ts';

const tree = loadContentTree('content');
const source: OpenDataSource = {
  site: tree.site,
  sectors: tree.sectors.map((f) => f.data),
  zones: tree.zones.map((f) => f.data),
  projects: tree.projects.map((f) => f.data),
  datasets: tree.datasets.map((f) => f.data),
  legal: tree.legal.map((f) => f.data),
  costs: Object.fromEntries(tree.costs.map((c) => [c.name, c.data])) as OpenDataSource['costs'],
  routes: routeMapFromTree(tree),
};
const tables = openDataTables(source);
const pkg = openDataPackage(source) as { resources: { name: string; path: string; bytes: number; hash: string; rows: number; encoding: string; schema: TableSchema }[] } & Record<string, unknown>;
const catalogue = openDataCatalogue(source);

/** The files the build writes under /data/, from the route map's own functions. */
const written = new Set([...OPEN_DATA.flatMap((f) => [openDataPath(f, 'csv'), openDataPath(f, 'json')]), LEGAL_CSV_PATH, COST_RATES_CSV_PATH, ...tree.datasets.map((d) => datasetCsvPath(d.data.id))]);

const profiles = path.resolve('tests/fixtures/schemas/datapackage-v2');
const profile = (name: string) => JSON.parse(readFileSync(path.join(profiles, `${name}.json`), 'utf8')) as Record<string, unknown>;

function validator() {
  // The profiles are draft-07 (ajv's default draft) and annotate with keywords of their own
  // (propertyOrder, context, options) and a "textarea" format for editors: not validation rules.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat('textarea', true);
  return ajv;
}

describe('the data package', () => {
  const ajv = validator();

  it('is valid against the official Data Package v2 profile', () => {
    const validate = ajv.compile(profile('datapackage'));
    expect(validate(pkg), ajv.errorsText(validate.errors)).toBe(true);
    expect(pkg.$schema).toBe('https://datapackage.org/profiles/2.0/datapackage.json');
  });

  it('has one resource per CSV, each valid against the Data Resource profile, with a valid Table Schema', () => {
    const resource = ajv.compile(profile('dataresource'));
    const schema = ajv.compile(profile('tableschema'));
    expect(pkg.resources.map((r) => `/data/${r.path}`)).toEqual([...written].filter((f) => f.endsWith('.csv')));
    for (const r of pkg.resources) {
      expect(resource(r), `${r.name}: ${ajv.errorsText(resource.errors)}`).toBe(true);
      expect(schema(r.schema), `${r.name}: ${ajv.errorsText(schema.errors)}`).toBe(true);
    }
  });

  it("counts each CSV's rows, bytes and hash as the endpoint writes it (UTF-8 with its byte-order mark)", () => {
    for (const r of pkg.resources) {
      const file = tables.find((t) => t.name === r.name)!.files[0]!;
      expect(file.text.startsWith('\uFEFF'), r.name).toBe(true);
      expect(r.encoding).toBe('utf-8');
      const [, ...rows] = parseCsv(file.text);
      expect(r.rows, r.name).toBe(rows.length);
      expect(r.bytes, r.name).toBe(Buffer.byteLength(file.text, 'utf8'));
    }
  });

  it.each(tables.map((t) => [t.name, t] as const))('describes %s.csv as written: its header, and every cell as its field says', (_, t) => {
    const schema = pkg.resources.find((r) => r.name === t.name)!.schema;
    const [header, ...rows] = parseCsv(t.files[0]!.text);
    expect(schema.fields.map((f) => f.name)).toEqual(header);
    const problems: string[] = [];
    schema.fields.forEach((f, i) => {
      const seen = new Set<string>();
      rows.forEach((row, n) => {
        const v = row[i]!;
        const at = `${f.name} row ${n + 1} "${v}"`;
        if (v === '') {
          if (f.constraints?.required) problems.push(`${at}: required`);
          return;
        }
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${at}: not in ${f.constraints.enum.join(', ')}`);
        if (f.constraints?.unique && seen.has(v)) problems.push(`${at}: not unique`);
        seen.add(v);
        const ok = { number: /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i, integer: /^-?\d+$/, boolean: /^(true|false)$/, date: /^\d{4}-\d{2}-\d{2}$/, string: /[^]*/ }[f.type];
        if (!ok.test(v)) problems.push(`${at}: not a ${f.type}`);
        if (f.format === 'uri' && !URL.canParse(v)) problems.push(`${at}: not a URL`);
        if (f.format === 'email' && !/^[^@\s]+@[^@\s]+$/.test(v)) problems.push(`${at}: not an email address`);
      });
    });
    expect(problems).toEqual([]);
    if (t.primaryKey) expect(schema.primaryKey).toEqual(t.primaryKey);
  });

  it('makes a field of every column of the definitions: a column added there is described here', () => {
    const t = tables[0]!;
    const extra = { ...t, columns: [...t.columns, { name: 'land_use_ha', type: 'number' as const, required: true, get: () => 1, put: () => {} }] };
    const fields = tableSchema(extra, { meaning: (g) => `meaning of ${g}`, derivedNote: 'derived' }).fields;
    expect(fields.at(-1)).toEqual({ name: 'land_use_ha', type: 'number', title: 'meaning of land_use_ha', constraints: { required: true } });
    expect(fields.find((f) => f.name === 'title_en')!.title).toBe('meaning of title (English)');
    expect(fields.find((f) => f.name === 'capital_usd')!.description).toBe('derived');
  });

  it('is written in the original language, dated by its newest figures, not by the build', () => {
    expect(pkg.title).toContain(tree.site.name[SOURCE]);
    expect(pkg.created).toBe(`${tables.map((t) => t.modified).sort().at(-1)}T00:00:00Z`);
    expect(pkg.id).toBe(new URL(DATA_PACKAGE_PATH, tree.site.url).href);
  });
});

const DCAT = 'http://www.w3.org/ns/dcat#';
const DCT = 'http://purl.org/dc/terms/';
const XSD = 'http://www.w3.org/2001/XMLSchema#';
type Flat = Record<string, unknown> & { '@id': string; '@type'?: string[] };
type Value = { '@value'?: string; '@language'?: string; '@type'?: string; '@id'?: string };

/** The catalogue as a JSON-LD processor reads it: every node with full IRIs. "safe" mode fails on
 * anything the context does not define (a misspelt prefix would otherwise be dropped silently). */
async function graph(doc: object): Promise<Map<string, Flat>> {
  const documentLoader = async (url: string) => {
    throw new Error(`the catalogue must not need ${url}`);
  };
  await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand);
  // Without a context to compact to, flattening gives the node objects as a list.
  const flat = (await jsonld.flatten(doc as jsonld.JsonLdDocument, undefined, { documentLoader } as jsonld.Options.Flatten)) as unknown as Flat[];
  return new Map(flat.map((n) => [n['@id'], n]));
}
const values = (n: Flat | undefined, p: string) => (n?.[p] as Value[] | undefined) ?? [];
const one = (n: Flat | undefined, p: string) => values(n, p)[0];

describe('the DCAT-AP catalogue', async () => {
  const nodes = await graph(catalogue);
  const ofType = (type: string) => [...nodes.values()].filter((n) => n['@type']?.includes(type));
  const [cat] = ofType(`${DCAT}Catalog`);
  const datasets = ofType(`${DCAT}Dataset`);

  it('is a catalogue with its title and description in every language, a publisher and a licence', () => {
    expect(cat).toBeDefined();
    // Language tags are case-insensitive; the processor writes them in lower case.
    const tags = (vs: Value[]) => vs.map((v) => v['@language']!.toLowerCase()).sort();
    for (const p of ['title', 'description']) expect(tags(values(cat, `${DCT}${p}`)), p).toEqual(LOCALES.map((l) => l.toLowerCase()).sort());
    const publisher = nodes.get(one(cat, `${DCT}publisher`)!['@id']!)!;
    expect(publisher['@type']).toContain('http://xmlns.com/foaf/0.1/Agent');
    expect(values(publisher, 'http://xmlns.com/foaf/0.1/name').find((v) => v['@language'] === SOURCE)!['@value']).toBe(tree.site.name[SOURCE]);
    expect(one(cat, `${DCT}license`)!['@id']).toBe(tree.site.dataLicence.url);
    expect(values(cat, `${DCAT}dataset`).map((d) => d['@id']).sort()).toEqual(datasets.map((d) => d['@id']).sort());
  });

  it('lists every published table as a dataset with what DCAT-AP 3 asks for', () => {
    expect(datasets.map((d) => one(d, `${DCT}identifier`)!['@value']).sort()).toEqual(tables.map((t) => t.name).sort());
    for (const d of datasets) {
      const name = one(d, `${DCT}identifier`)!['@value']!;
      const t = tables.find((x) => x.name === name)!;
      // Mandatory: title and description; recommended: the rest.
      expect(values(d, `${DCT}title`).map((v) => v['@language']!.toLowerCase()).sort(), name).toEqual(LOCALES.filter((l) => t.title[l]).map((l) => l.toLowerCase()).sort());
      expect(values(d, `${DCT}description`).length, name).toBeGreaterThan(0);
      for (const p of [`${DCT}publisher`, `${DCT}license`, `${DCAT}contactPoint`, `${DCAT}theme`, `${DCT}spatial`, `${DCAT}distribution`]) expect(one(d, p), `${name} ${p}`).toBeDefined();
      expect(one(d, `${DCT}modified`), name).toEqual({ '@value': t.modified, '@type': `${XSD}date` });
      const period = nodes.get(one(d, `${DCT}temporal`)!['@id']!)!;
      expect(period['@type']).toEqual([`${DCT}PeriodOfTime`]);
      expect(one(period, `${DCAT}endDate`), name).toEqual({ '@value': t.temporal.end, '@type': `${XSD}date` });
      if (t.temporal.start) expect(one(period, `${DCAT}startDate`), name).toEqual({ '@value': t.temporal.start, '@type': `${XSD}date` });
      const contact = nodes.get(one(d, `${DCAT}contactPoint`)!['@id']!)!;
      expect(one(contact, 'http://www.w3.org/2006/vcard/ns#hasEmail')!['@id']).toBe(`mailto:${tree.site.pressContact.email}`);
    }
  });

  it('gives every distribution a download address the build writes, its media type, size and licence', () => {
    const seen: string[] = [];
    for (const d of datasets) {
      const t = tables.find((x) => x.name === one(d, `${DCT}identifier`)!['@value'])!;
      for (const ref of values(d, `${DCAT}distribution`)) {
        const dist = nodes.get(ref['@id']!)!;
        const url = one(dist, `${DCAT}downloadURL`)!['@id']!;
        expect(one(dist, `${DCAT}accessURL`)!['@id']).toBe(url);
        expect(url.startsWith(tree.site.url), url).toBe(true);
        const file = new URL(url).pathname;
        expect(written, url).toContain(file);
        seen.push(file);
        const published = t.files.find((f) => f.path === file)!;
        const format = file.endsWith('.csv') ? 'text/csv' : 'application/json';
        expect(one(dist, `${DCAT}mediaType`)!['@id']).toBe(`http://www.iana.org/assignments/media-types/${format}`);
        expect(one(dist, `${DCT}format`)!['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/file-type\/(CSV|JSON)$/);
        expect(one(dist, `${DCAT}byteSize`)).toEqual({ '@value': String(Buffer.byteLength(published.text, 'utf8')), '@type': `${XSD}nonNegativeInteger` });
        expect(one(dist, `${DCT}license`)!['@id']).toBe(tree.site.dataLicence.url);
        // The CSV it points to has the rows the data package says.
        if (format === 'text/csv') expect(parseCsv(published.text).length - 1, file).toBe(pkg.resources.find((r) => r.name === t.name)!.rows);
      }
    }
    expect(seen.sort()).toEqual([...written].sort());
  });

  it('names its files beside the files, at the addresses the Data page links', () => {
    expect(cat!['@id']).toBe(new URL(`${DATA_CATALOGUE_PATH}#catalog`, tree.site.url).href);
    expect(RESERVED_DATASET_IDS).toEqual(expect.arrayContaining(['projects', 'zones', 'catalog', 'datapackage']));
  });
});

describe('texts in a language a record lacks', () => {
  const d = tables.find((t) => t.name === tree.datasets[0]!.data.id)!;
  const partial: OpenDataTable = { ...d, title: { vi: 'Tiêu đề', en: 'Title' } };

  it('are left out of the catalogue, never given under that language', async () => {
    expect(languageTagged(partial.title)).toEqual([
      { '@value': 'Tiêu đề', '@language': 'vi' },
      { '@value': 'Title', '@language': 'en' },
    ]);
    const doc = openDataCatalogue({ ...source, datasets: [{ ...tree.datasets[0]!.data, title: partial.title }] });
    const nodes = await graph(doc);
    const ds = [...nodes.values()].find((n) => one(n, `${DCT}identifier`)?.['@value'] === d.name)!;
    expect(values(ds, `${DCT}title`)).toEqual([
      { '@value': 'Tiêu đề', '@language': 'vi' },
      { '@value': 'Title', '@language': 'en' },
    ]);
  });

  it('show on a page in that language in the text the page shows, marked with its language', () => {
    const input = { siteUrl: tree.site.url, locale: 'ja', publisher: { name: tree.site.name, url: tree.site.url }, licence: tree.site.dataLicence.url, catalogue: { path: DATA_CATALOGUE_PATH, name: { vi: 'x' }, url: tree.site.url } };
    const ld = schemaOrgDataset(partial, input);
    expect(ld.name).toEqual({ '@value': 'Title', '@language': 'en' });
    expect(ld.description).toBe(d.description.ja);
    expect(ld).toMatchObject({ '@type': 'Dataset', isAccessibleForFree: true, license: tree.site.dataLicence.url, creator: { '@type': 'GovernmentOrganization' } });
  });
});

describe('schema.org on the key figures page', () => {
  it('gives each chart a Dataset with its CSV, its period and its catalogue', () => {
    const ld = figuresSchemaOrg(source, 'en') as { '@graph': { name: string; temporalCoverage?: string; distribution: { encodingFormat: string; contentUrl: string }[]; includedInDataCatalog: { '@id': string } }[] };
    expect(ld['@graph'].map((g) => g.name)).toEqual(tree.datasets.map((f) => f.data.title.en));
    for (const g of ld['@graph']) {
      expect(g.distribution).toEqual([expect.objectContaining({ encodingFormat: 'text/csv' })]);
      expect(written).toContain(new URL(g.distribution[0]!.contentUrl).pathname);
      expect(g.includedInDataCatalog['@id']).toBe(new URL(`${DATA_CATALOGUE_PATH}#catalog`, tree.site.url).href);
    }
    const byYear = ld['@graph'][tree.datasets.findIndex((f) => f.data.id === 'fdi-registered-by-year')]!;
    expect(byYear.temporalCoverage).toBe('2020-01-01/2024-09-30');
  });
});

describe('temporal coverage and modification dates', () => {
  const dataset = (xs: string[], asOf: string): Dataset => ({ ...tree.datasets[0]!.data, asOf, series: [{ label: { vi: 'a' }, points: xs.map((x) => ({ x, y: 1 })) }] });

  it('spans the years, months or days a dataset is broken down by', () => {
    expect(figuresPeriod(dataset(['2020', '2021', '2022'], '2022-12-31'))).toEqual({ start: '2020-01-01', end: '2022-12-31' });
    expect(figuresPeriod(dataset(['2024-03', '2024-02'], '2024-12-31'))).toEqual({ start: '2024-02-01', end: '2024-03-31' });
    expect(figuresPeriod(dataset(['2024-02-29'], '2024-03-01'))).toEqual({ start: '2024-02-29', end: '2024-02-29' });
  });

  it('ends at the as-of date when the last period is not over (a part year)', () => {
    expect(figuresPeriod(dataset(['2023', '2024'], '2024-09-30'))).toEqual({ start: '2023-01-01', end: '2024-09-30' });
  });

  it('knows only the end when the categories are not dates (sectors, countries)', () => {
    expect(figuresPeriod(dataset(['2020', 'japan'], '2022-10-31'))).toEqual({ end: '2022-10-31' });
    expect(figuresPeriod(dataset(['2024-13'], '2024-12-31'))).toEqual({ end: '2024-12-31' });
  });

  it("runs over records' as-of dates, and is modified when an as-of or source date says", () => {
    expect(asOfPeriod([{ asOf: '2025-01-02' }, { asOf: '2024-06-30' }])).toEqual({ start: '2024-06-30', end: '2025-01-02' });
    expect(lastChanged([{ asOf: '2022-12-31', sources: [{ date: '2023-12-31' }] }, { asOf: '2023-01-01' }])).toBe('2023-12-31');
  });
});

describe('dataset ids', () => {
  it.each(['catalog', 'datapackage'])('cannot be "%s", the name of a file beside the datasets\' CSVs', (id) => {
    const copy = contentWith();
    try {
      const file = path.join(copy.content, 'datasets', `${id}.json`);
      writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(tree.datasets[0]!.file, 'utf8')), id }));
      let error: unknown;
      try {
        loadContentTree(copy.content);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      const problem = (error as ContentError).problems.find((p) => p.file.endsWith(`datasets/${id}.json`) && p.field === 'id');
      expect(problem?.expected).toContain(id);
    } finally {
      copy.cleanup();
    }
  });
});

describe('the host configurations', () => {
  it("send the catalogue as application/ld+json and the CSVs as text/csv (Debian's nginx knows neither)", () => {
    const files = deployFiles(headerTable(readCmsSettings('content')), tree.site.url);
    expect(files['deploy/nginx.conf']).toContain('location ~ "\\.jsonld$" { types { } default_type "application/ld+json"; }');
    expect(files['deploy/nginx.conf']).toContain('location ~ "\\.csv$" { types { } default_type "text/csv"; }');
    expect(files['deploy/Caddyfile']).toContain('header @type-jsonld Content-Type "application/ld+json"');
    expect(files['deploy/apache.conf']).toContain('AddType application/ld+json .jsonld');
    expect(JSON.parse(files['vercel.json']!).headers).toContainEqual({ source: '/(.*)\\.jsonld', headers: [{ key: 'Content-Type', value: 'application/ld+json' }] });
    expect(JSON.parse(files['deploy/cloudfront.json']!).contentTypes).toEqual({ '*.csv': 'text/csv', '*.jsonld': 'application/ld+json' });
  });
});
