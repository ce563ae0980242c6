// The open data CSVs as a Frictionless Data Package v2 (/data/datapackage.json): one tabular
// resource per CSV, each with a Table Schema made from the column definitions the CSV is written
// from (src/lib/open-data.ts), so a column added there is described here too. Checked in the tests
// against the official v2 profiles (tests/fixtures/schemas/datapackage-v2/).
//
// A descriptor holds plain strings, not texts per language: the package is written in one language
// (the site's original, Vietnamese); the DCAT catalogue (src/lib/dcat.ts) carries every language.
import { columnGroups, type Column, type OpenDataTable } from './open-data.ts';
import { language } from './languages.ts';
import type { Contact, Locale, Localized } from './schema.ts';
import { pick } from './localize.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export interface TableSchemaField {
  name: string;
  type: Column['type'];
  title: string;
  description?: string;
  format?: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}

export interface TableSchema {
  fields: TableSchemaField[];
  primaryKey?: string[];
  missingValues: string[];
}

export interface PackageInput {
  siteUrl: string;
  /** Where the descriptor is published: resource paths are relative to it. */
  path: string;
  /** The language the descriptor is written in. */
  locale: Locale;
  title: Localized;
  description: Localized;
  /** The page documenting the files, in that language (absolute). */
  homepage: string;
  publisher: { name: Localized; email: string; url: string };
  contact: Contact;
  licence: { url: string; name: Localized };
  tables: OpenDataTable[];
  /** What a column means, by its group (title_vi, title_en… are "title"): the Data page's words. */
  meaning: (group: string) => string;
  /** Said of a column worked out from others (the Data page's "derived" note). */
  derivedNote: string;
}

/** A Table Schema field per column. A list column (one item per line) is a string: v2 has a
 * "list" type, but the published 2.0 profile does not accept it yet (frictionlessdata/datapackage
 * issue 1089, fixed for 2.1). */
export function tableSchema(table: OpenDataTable, o: Pick<PackageInput, 'meaning' | 'derivedNote'>): TableSchema {
  const groupOf = new Map(columnGroups(table.columns.map((c) => c.name)).flatMap((g) => g.columns.map((c) => [c, g.key] as const)));
  const fields = table.columns.map((c): TableSchemaField => {
    const meaning = o.meaning(groupOf.get(c.name)!);
    const constraints = {
      ...(c.required ? { required: true } : {}),
      ...(c.unique ? { unique: true } : {}),
      ...(c.values ? { enum: [...c.values] } : {}),
    };
    return {
      name: c.name,
      type: c.type,
      // title_en: "Project title (English)", in the language's own name as the language list shows it.
      title: c.lang ? `${meaning} (${language(c.lang).name})` : meaning,
      ...(c.put ? {} : { description: o.derivedNote }),
      ...(c.format ? { format: c.format } : {}),
      ...(Object.keys(constraints).length ? { constraints } : {}),
    };
  });
  // An empty cell is a missing value (a text not translated, a figure not given).
  return { fields, ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}), missingValues: [''] };
}

export function dataPackage(input: PackageInput): Record<string, unknown> {
  const text = (v: Localized) => pick(v, input.locale).text;
  const base = new URL(input.path, input.siteUrl);
  const dir = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
  // Beside the descriptor, a path relative to it (a copy of the folder stays a valid package).
  const relative = (path: string) => {
    const url = new URL(path, input.siteUrl);
    return url.pathname.startsWith(dir) ? url.pathname.slice(dir.length) : url.href;
  };
  const keywords = [...new Set(input.tables.flatMap((t) => t.keywords.map(text)))];
  const created = input.tables.map((t) => t.modified).sort().at(-1)!;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    // A registry name: lower case, dots and hyphens; the site's host names it once for good.
    name: new URL(input.siteUrl).hostname.toLowerCase(),
    id: base.href,
    title: text(input.title),
    description: text(input.description),
    homepage: input.homepage,
    // The date the newest figures changed (the standard lets "created" be when the data was
    // made), not the time of the build: two builds of the same content give the same file.
    created: `${created}T00:00:00Z`,
    licenses: [{ path: input.licence.url, title: text(input.licence.name) }],
    contributors: [
      { title: text(input.publisher.name), path: input.publisher.url, email: input.publisher.email, roles: ['creator'] },
      { title: text(input.contact.name), email: input.contact.email, organization: text(input.publisher.name), roles: ['contact'] },
    ],
    ...(keywords.length ? { keywords } : {}),
    resources: input.tables.map((t) => {
      const csv = t.files.find((f) => f.format === 'csv')!;
      const sources = t.sources.map((s) => ({ title: s.publisher ? `${s.title} (${s.publisher})` : s.title, ...(s.url ? { path: s.url } : {}) }));
      return {
        name: t.name,
        type: 'table',
        path: relative(csv.path),
        format: 'csv',
        mediatype: 'text/csv',
        // The files start with a UTF-8 byte-order mark (for Excel). It is UTF-8's own signature,
        // not another encoding: readers strip it (frictionless-py reads "utf-8" with a mark as
        // "utf-8-sig"), and the dialect is the standard's default (comma, CRLF, double quotes,
        // a header row), so none is given.
        encoding: 'utf-8',
        bytes: csv.bytes,
        hash: `sha256:${csv.sha256}`,
        title: text(t.title),
        description: text(t.description),
        homepage: t.pages[input.locale],
        ...(sources.length ? { sources } : {}),
        schema: tableSchema(t, input),
        // Not a property of the standard (it has none for this): the number of data rows, so a
        // reader can tell a truncated download.
        rows: t.rows,
      };
    }),
  };
}
