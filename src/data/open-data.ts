// The open data files, bound to this site: absolute page URLs, the exchange rate and the licence.
// openDataTables() is the one list of published tables: the CSV and JSON endpoints write their
// files from it, and the catalogue, the data package and the pages' schema.org markup describe it.
import type { SiteData } from './index.ts';
import { costRateRows } from '../lib/cost-rates.ts';
import { COST_RATES_CSV_PATH, DATA_CATALOGUE_PATH, DATA_PACKAGE_PATH, datasetCsvPath, LEGAL_CSV_PATH, OPEN_DATA, openDataPath, type OpenDataFile } from '../lib/routes.ts';
import {
  asOfPeriod,
  datasetColumns,
  datasetCsv,
  costRateColumns,
  legalColumns,
  figuresPeriod,
  lastChanged,
  latestAsOf,
  projectColumns,
  publishedFile,
  recordsToCsv,
  zoneColumns,
  type Column,
  type Derive,
  type OpenDataTable,
} from '../lib/open-data.ts';
import { dcatCatalogue, schemaOrgCatalogue, schemaOrgDatasets, type SchemaOrgInput } from '../lib/dcat.ts';
import { dataPackage } from '../lib/datapackage.ts';
import { investmentPerHectare, occupancy, osmUrl } from '../lib/queries.ts';
import { toBothCurrencies } from '../lib/format.ts';
import type { Dataset, Locale, Localized, Project, Zone } from '../lib/schema.ts';
import { columnSuffix, LOCALES, SOURCE } from '../lib/languages.ts';
import { useT } from '../i18n/index.ts';
import { readCatalogue } from '../lib/catalogues.ts';

/** What open data is made of: the site's records and its route map. */
export type OpenDataSource = Pick<SiteData, 'site' | 'sectors' | 'zones' | 'projects' | 'datasets' | 'legal' | 'costs' | 'routes'>;

/** One value per configured language, keyed by its code, as the content writes texts. */
const perLanguage = <T,>(f: (l: Locale) => T): Record<Locale, T> => Object.fromEntries(LOCALES.map((l) => [l, f(l)]));
/** A UI string in every language (the catalogues are complete), as a content text. */
const ui = (key: string, options?: Record<string, unknown>) => perLanguage((l) => useT(l)(key, options)) as Localized;

function derive(data: OpenDataSource, file: OpenDataFile): Derive {
  const kind = file === 'projects' ? 'project' : 'zone';
  return { site: data.site, url: (id: string, locale: Locale) => new URL(data.routes.href(`${kind}:${id}`, locale), data.site.url).href };
}

/** A file's records and its CSV columns. */
export function openDataSource(data: OpenDataSource, file: OpenDataFile): { records: (Project | Zone)[]; columns: Column[] } {
  const d = derive(data, file);
  return file === 'projects' ? { records: data.projects, columns: projectColumns(d) } : { records: data.zones, columns: zoneColumns(d) };
}

export function openDataJson(data: OpenDataSource, file: OpenDataFile) {
  const d = derive(data, file);
  const rate = data.site.exchangeRate;
  const records = file === 'projects'
    ? data.projects.map((p) => {
        const perHa = investmentPerHectare(p);
        return {
          ...p,
          derived: {
            capital: toBothCurrencies(p.capital, rate.usdToVnd),
            investmentPerHectare: perHa && toBothCurrencies(perHa, rate.usdToVnd),
          },
          url: perLanguage((l) => d.url(p.id, l)),
        };
      })
    : data.zones.map((z) => ({
        ...z,
        derived: { leasedSharePercent: occupancy(z), openStreetMap: osmUrl(z.location.lat, z.location.lon) },
        url: perLanguage((l) => d.url(z.id, l)),
      }));
  const title = (l: Locale) => useT(l)(`${file}.title`);
  return {
    title: perLanguage(title),
    publisher: data.site.name,
    licence: data.site.dataLicence,
    documentation: perLanguage((l) => new URL(data.routes.href('data', l), data.site.url).href),
    asOf: latestAsOf(records),
    ...(file === 'projects' ? { exchangeRate: rate } : {}),
    count: records.length,
    [file]: records,
  };
}

/** JSON as every file under /data/ is written: indented, with a final newline. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const built = new WeakMap<OpenDataSource, OpenDataTable[]>();

/** Every table under /data/, in the order the Data page lists them. Built once per site. */
export function openDataTables(data: OpenDataSource): OpenDataTable[] {
  let tables = built.get(data);
  if (!tables) built.set(data, (tables = buildTables(data)));
  return tables;
}

function buildTables(data: OpenDataSource): OpenDataTable[] {
  const abs = (path: string) => new URL(path, data.site.url).href;
  const sectorName = new Map(data.sectors.map((s) => [s.id, s.name]));
  const zoneName = new Map(data.zones.map((z) => [z.id, z.name]));
  const names = (ids: string[], of: Map<string, Localized>) => [...new Set(ids)].flatMap((id) => of.get(id) ?? []);
  const csvColumns = LOCALES.map((l) => `_${columnSuffix(l)}`).join(', ');

  const records = (file: OpenDataFile): OpenDataTable => {
    const { records, columns } = openDataSource(data, file);
    const sectors = file === 'projects' ? data.projects.map((p) => p.sector) : data.zones.flatMap((z) => z.targetSectors);
    return {
      name: file,
      title: ui(`openData.${file}`),
      description: ui(`${file}.lead`),
      keywords: names(sectors, sectorName),
      columns,
      rows: records.length,
      primaryKey: ['id'],
      asOf: latestAsOf(records),
      modified: lastChanged(records),
      temporal: asOfPeriod(records),
      pages: perLanguage((l) => abs(data.routes.href(file, l))),
      sources: [],
      files: [
        publishedFile(openDataPath(file, 'csv'), recordsToCsv(records, columns), ui('openData.formatCsv', { columns: csvColumns })),
        publishedFile(openDataPath(file, 'json'), jsonText(openDataJson(data, file)), ui('openData.formatJson')),
      ],
    };
  };

  const figures = (d: Dataset): OpenDataTable => ({
    name: d.id,
    title: d.title,
    description: d.summary,
    keywords: [...names(d.sectors, sectorName), ...names(d.zones, zoneName)],
    columns: datasetColumns(),
    rows: d.series.reduce((n, s) => n + s.points.length, 0),
    asOf: d.asOf,
    modified: lastChanged([d]),
    temporal: figuresPeriod(d),
    // The chart on the key figures page (its figure has the dataset's id).
    pages: perLanguage((l) => `${abs(data.routes.href('figures', l))}#${d.id}`),
    sources: d.sources,
    files: [publishedFile(datasetCsvPath(d.id), datasetCsv(d), ui('openData.formatDatasets'))],
  });

  const legal = (): OpenDataTable => {
    const columns = legalColumns({ site: data.site, url: (id, l) => abs(data.routes.href(`legal:${id}`, l)) });
    return {
      name: 'legal-documents',
      title: ui('legal.title'),
      description: ui('legal.lead'),
      keywords: [],
      columns,
      rows: data.legal.length,
      primaryKey: ['id'],
      asOf: latestAsOf(data.legal),
      modified: lastChanged(data.legal),
      temporal: asOfPeriod(data.legal),
      pages: perLanguage((l) => abs(data.routes.href('legal', l))),
      sources: [],
      files: [publishedFile(LEGAL_CSV_PATH, recordsToCsv(data.legal, columns), ui('openData.formatCsv', { columns: csvColumns }))],
    };
  };

  const costRates = (): OpenDataTable => {
    const columns = costRateColumns();
    const rows = costRateRows(data.costs, data.zones, (region) => ui('estimator.items.minimumWage', { region }), {
      managementFee: ui('estimator.items.managementFee'),
      wastewater: ui('estimator.items.wastewater'),
      wageRegion: ui('estimator.items.wageRegion'),
    });
    return {
      name: 'cost-rates',
      title: ui('estimator.rates.heading'),
      description: ui('estimator.rates.lead'),
      keywords: [],
      columns,
      rows: rows.length,
      primaryKey: ['id'],
      asOf: latestAsOf(rows),
      modified: lastChanged(rows),
      temporal: asOfPeriod(rows),
      pages: perLanguage((l) => `${abs(data.routes.href('estimator', l))}#rates-heading`),
      sources: [],
      files: [publishedFile(COST_RATES_CSV_PATH, recordsToCsv(rows, columns), ui('openData.formatCsv', { columns: csvColumns }))],
    };
  };

  return [...OPEN_DATA.map(records), ...(data.legal.length ? [legal()] : []), costRates(), ...data.datasets.map(figures)];
}

/** What a column group holds, in one language: its own words, or for a nested field
 * (costs_management_fee_sources_title) its parent's words and its own. */
export function columnMeaning(locale: Locale, group: string): string {
  const words = (readCatalogue(locale) as { openData: { columns: Record<string, string> } }).openData.columns;
  if (words[group]) return words[group];
  const parts = group.split('_');
  for (let i = parts.length - 1; i > 0; i--) {
    const head = parts.slice(0, i).join('_');
    const tail = parts.slice(i).join('_');
    if (words[head] && (words[tail] ?? columnMeaningOrUndefined(words, tail))) return `${words[head]} – ${words[tail] ?? columnMeaningOrUndefined(words, tail)}`;
  }
  return useT(locale)(`openData.columns.${group}`); // throws: a column nobody described
}
function columnMeaningOrUndefined(words: Record<string, string>, group: string): string | undefined {
  const parts = group.split('_');
  for (let i = parts.length - 1; i > 0; i--) {
    const head = parts.slice(0, i).join('_');
    const tail = parts.slice(i).join('_');
    if (words[head] && words[tail]) return `${words[head]} – ${words[tail]}`;
  }
  return undefined;
}

const catalogueTitle = (data: OpenDataSource) =>
  perLanguage((l) => (data.site.name[l] ? `${useT(l)('openData.title')} – ${data.site.name[l]}` : useT(l)('openData.title'))) as Localized;

/** /data/catalog.jsonld: the DCAT-AP catalogue of every table. */
export function openDataCatalogue(data: OpenDataSource) {
  return dcatCatalogue({
    siteUrl: data.site.url,
    path: DATA_CATALOGUE_PATH,
    title: catalogueTitle(data),
    description: ui('openData.lead'),
    homepage: new URL(data.routes.href('home', SOURCE), data.site.url).href,
    publisher: { name: data.site.name, email: data.site.email },
    contact: data.site.pressContact,
    licence: data.site.dataLicence,
    tables: openDataTables(data),
  });
}

/** /data/datapackage.json: the CSVs as a Frictionless Data Package, written in the original language. */
export function openDataPackage(data: OpenDataSource) {
  const t = useT(SOURCE);
  return dataPackage({
    siteUrl: data.site.url,
    path: DATA_PACKAGE_PATH,
    locale: SOURCE,
    title: catalogueTitle(data),
    description: ui('openData.lead'),
    homepage: new URL(data.routes.href('data', SOURCE), data.site.url).href,
    publisher: { name: data.site.name, email: data.site.email, url: new URL(data.routes.href('home', SOURCE), data.site.url).href },
    contact: data.site.pressContact,
    licence: data.site.dataLicence,
    tables: openDataTables(data),
    meaning: (group) => columnMeaning(SOURCE, group),
    derivedNote: t('openData.derived'),
  });
}

function schemaOrgInput(data: OpenDataSource, locale: Locale): SchemaOrgInput {
  return {
    siteUrl: data.site.url,
    locale,
    publisher: { name: data.site.name, url: new URL(data.routes.href('home', locale), data.site.url).href },
    licence: data.site.dataLicence.url,
    catalogue: { path: DATA_CATALOGUE_PATH, name: catalogueTitle(data), url: new URL(data.routes.href('data', locale), data.site.url).href },
  };
}

/** The Data page's schema.org markup: the catalogue, every table a Dataset. */
export function openDataSchemaOrg(data: OpenDataSource, locale: Locale) {
  return schemaOrgCatalogue(openDataTables(data), schemaOrgInput(data, locale));
}

/** The key figures page's schema.org markup: each dataset it charts. */
export function figuresSchemaOrg(data: OpenDataSource, locale: Locale) {
  const ids = new Set(data.datasets.map((d) => d.id));
  return schemaOrgDatasets(openDataTables(data).filter((t) => ids.has(t.name)), schemaOrgInput(data, locale));
}
