// The open data files described for data portals: a DCAT-AP 3.0 catalogue as JSON-LD
// (/data/catalog.jsonld), which a CKAN portal's DCAT harvester (ckanext-dcat) takes as it is, and
// the same tables as schema.org Datasets for the pages that show them (search engines' dataset
// search). Both come from the tables of src/lib/open-data.ts, so they describe the files the
// build writes.
//
// DCAT-AP 3.0 (SEMICeu/DCAT-AP, releases/3.0.x, shapes.ttl and shapes_recommended.ttl): a Catalogue
// must have a title, description and publisher; a Dataset a title and description; a
// Distribution an access URL; an Agent a name. Recommended and given here: the catalogue's
// homepage, language, licence, modification date, spatial coverage and theme taxonomy; each
// dataset's contact point, distributions, keywords, publisher, spatial and temporal coverage and
// theme; each distribution's description, format and licence. Controlled vocabularies are the EU
// Publications Office's (languages, countries, data themes, file types) and IANA's media types.
// Not given: the publisher's type (the content does not say what kind of authority it is), the
// catalogue's issue date (nothing records it) and the distributions' availability (a promise only
// the department can make). Checked with DCAT-AP 3.0.1's SHACL shapes: no violation.
import { LOCALES } from './languages.ts';
import { pick } from './localize.ts';
import { MEDIA_TYPES, type OpenDataTable, type Period, type PublishedFile } from './open-data.ts';
import type { Contact, Locale, Localized } from './schema.ts';

type Node = Record<string, unknown>;

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  spdx: 'http://spdx.org/rdf/terms#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority';
const IANA = 'http://www.iana.org/assignments/media-types';
/** The EU Language authority names languages by ISO 639-2/3 codes; these are the ones a language
 * list here is likely to hold (a language without an entry is left out of dct:language). */
const EU_LANGUAGES: Record<string, string> = {
  vi: 'VIE', en: 'ENG', zh: 'ZHO', ja: 'JPN', ko: 'KOR', fr: 'FRA', de: 'DEU', ru: 'RUS', es: 'SPA', th: 'THA', id: 'IND', ms: 'MSA', lo: 'LAO', km: 'KHM',
};
const EU_FILE_TYPES: Record<PublishedFile['format'], string> = { csv: 'CSV', json: 'JSON' };
/** Every table here is about the economy: investment projects, industrial land, investment figures. */
const THEME = `${EU}/data-theme/ECON`;
/** The sites this kit makes are Vietnamese provinces' (Vietnamese is the original, money is VND):
 * ISO 3166 alpha-2 for schema.org, the EU Country authority's code for DCAT. */
const COUNTRY = { iso: 'VN', eu: 'VNM' } as const;

export interface CatalogueInput {
  /** The site's address (site.json "url"). */
  siteUrl: string;
  /** Where the catalogue is published; its address names the catalogue's own nodes. */
  path: string;
  title: Localized;
  description: Localized;
  /** The site's home page, absolute. */
  homepage: string;
  publisher: { name: Localized; email: string };
  contact: Contact;
  licence: { url: string; name: Localized };
  tables: OpenDataTable[];
}

/** Every text a value has, each tagged with its own language: a text missing in a language is
 * absent, never given in another language under its tag. */
export function languageTagged(value: Localized): { '@value': string; '@language': string }[] {
  return LOCALES.filter((l) => value[l]).map((l) => ({ '@value': value[l]!, '@language': l }));
}

const date = (d: string) => ({ '@value': d, '@type': 'xsd:date' });
const ref = (iri: string, type?: string) => (type ? { '@id': iri, '@type': type } : { '@id': iri });

export function catalogueIri(siteUrl: string, path: string, fragment = 'catalog'): string {
  return `${new URL(path, siteUrl).href}#${fragment}`;
}
export const datasetFragment = (name: string) => `dataset-${name}`;

function period(p: Period): Node | undefined {
  if (!p.start && !p.end) return undefined;
  return { '@type': 'dct:PeriodOfTime', ...(p.start ? { 'dcat:startDate': date(p.start) } : {}), ...(p.end ? { 'dcat:endDate': date(p.end) } : {}) };
}

function languages(): Node[] {
  return LOCALES.map((l) => EU_LANGUAGES[new Intl.Locale(l).language]).filter(Boolean).map((c) => ref(`${EU}/language/${c}`, 'dct:LinguisticSystem'));
}

/** The DCAT-AP catalogue of the tables, as a JSON-LD document. */
export function dcatCatalogue(input: CatalogueInput): Node {
  const iri = (fragment: string) => catalogueIri(input.siteUrl, input.path, fragment);
  const abs = (path: string) => new URL(path, input.siteUrl).href;
  const licence = ref(input.licence.url, 'dct:LicenseDocument');
  const publisher = ref(iri('publisher'));
  const contact = ref(iri('contact-point'));
  const spatial = ref(`${EU}/country/${COUNTRY.eu}`, 'dct:Location');
  const langs = languages();
  const distribution = (table: OpenDataTable, f: PublishedFile): Node => ({
    '@id': iri(`distribution-${table.name}-${f.format}`),
    '@type': 'dcat:Distribution',
    'dct:title': f.path.split('/').at(-1),
    'dct:description': languageTagged(f.description),
    'dcat:accessURL': ref(abs(f.path)),
    'dcat:downloadURL': ref(abs(f.path)),
    'dcat:mediaType': ref(`${IANA}/${MEDIA_TYPES[f.format]}`, 'dct:MediaType'),
    'dct:format': ref(`${EU}/file-type/${EU_FILE_TYPES[f.format]}`, 'dct:MediaTypeOrExtent'),
    'dcat:byteSize': { '@value': String(f.bytes), '@type': 'xsd:nonNegativeInteger' },
    'spdx:checksum': {
      '@type': 'spdx:Checksum',
      'spdx:algorithm': ref('spdx:checksumAlgorithm_sha256'),
      'spdx:checksumValue': { '@value': f.sha256, '@type': 'xsd:hexBinary' },
    },
    'dct:license': licence,
    'dct:modified': date(table.modified),
  });
  const dataset = (t: OpenDataTable): Node => {
    const temporal = period(t.temporal);
    return {
      '@id': iri(datasetFragment(t.name)),
      '@type': 'dcat:Dataset',
      'dct:identifier': t.name,
      'dct:title': languageTagged(t.title),
      'dct:description': languageTagged(t.description),
      'dct:publisher': publisher,
      'dcat:contactPoint': contact,
      'dct:license': licence,
      'dct:modified': date(t.modified),
      ...(temporal ? { 'dct:temporal': temporal } : {}),
      'dct:spatial': spatial,
      'dct:language': langs,
      'dcat:theme': { ...ref(THEME, 'skos:Concept'), 'skos:prefLabel': { '@value': 'Economy and finance', '@language': 'en' } },
      ...(t.keywords.length ? { 'dcat:keyword': t.keywords.flatMap(languageTagged) } : {}),
      'dcat:landingPage': LOCALES.map((l) => ref(t.pages[l]!, 'foaf:Document')),
      'dcat:distribution': t.files.map((f) => distribution(t, f)),
    };
  };
  const phone = input.contact.phone.replace(/[^+0-9]/g, '');
  return {
    '@context': DCAT_CONTEXT,
    '@graph': [
      {
        '@id': iri('catalog'),
        '@type': 'dcat:Catalog',
        'dct:title': languageTagged(input.title),
        'dct:description': languageTagged(input.description),
        'dct:publisher': publisher,
        'foaf:homepage': ref(input.homepage, 'foaf:Document'),
        'dct:language': langs,
        'dct:license': licence,
        'dct:modified': date(input.tables.map((t) => t.modified).sort().at(-1)!),
        'dct:spatial': spatial,
        // The vocabulary's own (English) labels, so the document stands alone under DCAT-AP's shapes.
        'dcat:themeTaxonomy': { ...ref(`${EU}/data-theme`, 'skos:ConceptScheme'), 'dct:title': { '@value': 'Data theme', '@language': 'en' } },
        'dcat:dataset': input.tables.map((t) => ref(iri(datasetFragment(t.name)))),
      },
      {
        '@id': iri('publisher'),
        '@type': ['foaf:Agent', 'foaf:Organization'],
        'foaf:name': languageTagged(input.publisher.name),
        'foaf:homepage': ref(input.homepage, 'foaf:Document'),
        'foaf:mbox': ref(`mailto:${input.publisher.email}`),
      },
      {
        '@id': iri('contact-point'),
        '@type': ['vcard:Kind', 'vcard:Individual'],
        'vcard:fn': languageTagged(input.contact.name),
        'vcard:role': languageTagged(input.contact.role),
        'vcard:hasEmail': ref(`mailto:${input.contact.email}`),
        'vcard:hasTelephone': ref(`tel:${phone}`),
      },
      { ...licence, 'dct:title': languageTagged(input.licence.name) },
      ...input.tables.map(dataset),
    ],
  };
}

// schema.org: the same tables, in the language of the page that shows them.

export interface SchemaOrgInput {
  siteUrl: string;
  locale: Locale;
  publisher: { name: Localized; url: string };
  licence: string;
  /** The DCAT catalogue, whose dataset IRIs the Datasets share (@id). */
  catalogue: { path: string; name: Localized; url: string };
}

/** A text in the page's language as a plain string; one the page shows in another language (a
 * partial translation) says which. */
function inPageLanguage(value: Localized, locale: Locale): string | { '@value': string; '@language': string } {
  const p = pick(value, locale);
  return p.fallback ? { '@value': p.text, '@language': p.lang } : p.text;
}

/** ISO 8601 interval, open ends written "..". */
function coverage(p: Period): string | undefined {
  if (!p.start && !p.end) return undefined;
  return p.start === p.end ? p.start : `${p.start ?? '..'}/${p.end ?? '..'}`;
}

export function schemaOrgDataset(t: OpenDataTable, input: SchemaOrgInput): Node {
  const organisation = { '@type': 'GovernmentOrganization', name: inPageLanguage(input.publisher.name, input.locale), url: input.publisher.url };
  const temporalCoverage = coverage(t.temporal);
  return {
    '@type': 'Dataset',
    '@id': catalogueIri(input.siteUrl, input.catalogue.path, datasetFragment(t.name)),
    identifier: t.name,
    name: inPageLanguage(t.title, input.locale),
    description: inPageLanguage(t.description, input.locale),
    url: t.pages[input.locale],
    ...(t.keywords.length ? { keywords: t.keywords.map((k) => inPageLanguage(k, input.locale)) } : {}),
    license: input.licence,
    isAccessibleForFree: true,
    creator: organisation,
    publisher: organisation,
    dateModified: t.modified,
    ...(temporalCoverage ? { temporalCoverage } : {}),
    spatialCoverage: { '@type': 'Country', name: new Intl.DisplayNames([input.locale], { type: 'region' }).of(COUNTRY.iso), identifier: COUNTRY.iso },
    inLanguage: [...LOCALES],
    distribution: t.files.map((f) => ({ '@type': 'DataDownload', encodingFormat: MEDIA_TYPES[f.format], contentUrl: new URL(f.path, input.siteUrl).href })),
  };
}

/** The Data page: the whole catalogue, each table a Dataset. */
export function schemaOrgCatalogue(tables: OpenDataTable[], input: SchemaOrgInput): Node {
  return {
    '@context': 'https://schema.org',
    '@type': 'DataCatalog',
    '@id': catalogueIri(input.siteUrl, input.catalogue.path),
    name: inPageLanguage(input.catalogue.name, input.locale),
    url: input.catalogue.url,
    publisher: { '@type': 'GovernmentOrganization', name: inPageLanguage(input.publisher.name, input.locale), url: input.publisher.url },
    license: input.licence,
    dataset: tables.map((t) => schemaOrgDataset(t, input)),
  };
}

/** A page that shows some of the tables (the key figures): each a Dataset of the catalogue. */
export function schemaOrgDatasets(tables: OpenDataTable[], input: SchemaOrgInput): Node {
  const catalogue = { '@type': 'DataCatalog', '@id': catalogueIri(input.siteUrl, input.catalogue.path), name: inPageLanguage(input.catalogue.name, input.locale), url: input.catalogue.url };
  return { '@context': 'https://schema.org', '@graph': tables.map((t) => ({ ...schemaOrgDataset(t, input), includedInDataCatalog: catalogue })) };
}

/** JSON for a <script type="application/ld+json">: "<" escaped, so no text can close the element. */
export function jsonLdScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
