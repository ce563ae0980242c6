// The contract with content/. Plain zod so that the content check, the unit tests and
// src/content.config.ts all validate with exactly the same rules.
import { z } from 'zod';
import { CHART_KINDS, INVESTMENT_FORMS, LEASE_UNITS, LEGAL_ISSUERS, LEGAL_STATUSES, LEGAL_TOPICS, LEGAL_TYPES, PROJECT_STATUSES, ZONE_KINDS } from './vocab.ts';
export { CHART_KINDS, INVESTMENT_FORMS, LEASE_UNITS, LEGAL_ISSUERS, LEGAL_STATUSES, LEGAL_TOPICS, LEGAL_TYPES, PROJECT_STATUSES, ZONE_KINDS };

import { LANGUAGES, LOCALES, SOURCE } from './languages.ts';
import { isRelativePath } from './image-path.ts';
import { zoneCosts } from './costs-schema.ts';
export { LOCALES };
/** A language code of content/languages.json (vi, en, zh-Hant, ...). */
export type Locale = string;
export const DEFAULT_LOCALE: Locale = SOURCE;

export const text = z.string().trim().min(1, { error: 'a non-empty text' });

/** A text per configured language. Vietnamese is required; any other language may be missing,
 * and its page then shows the first language of its fallback chain that has the text, marked with
 * that language and a notice (src/lib/localize.ts); the status report lists the gap. */
export function perLanguage(item: z.ZodType<string, string>, what: string, required: readonly string[] = [SOURCE]): z.ZodType<Localized> {
  // A required language's missing text is named with the language, so the message says what to add.
  const needed = (l: string) =>
    z.string({ error: (iss) => (iss.input === undefined ? `${what} in ${LANGUAGES.find((x) => x.code === l)?.name ?? l} ("${l}")` : undefined) }).pipe(item);
  const shape = Object.fromEntries(LOCALES.map((l) => [l, required.includes(l) ? needed(l) : item.optional()]));
  const schema = z.strictObject(shape, {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? `a language named in content/languages.json (${LOCALES.join(', ')})`
        : `${what} in each language: { ${LOCALES.map((l) => `"${l}": "..."`).join(', ')} } (${required.map((l) => `"${l}"`).join(' and ')} required)`,
  });
  return schema as unknown as z.ZodType<Localized>;
}

/** { vi: "...", en?: "...", ja?: "...", ... } */
export type Localized = { vi: string; [code: string]: string | undefined };
export const localized = perLanguage(text, 'a text');

/** Items of lists that open data writes one per line in a spreadsheet cell. */
export const line = text.refine((s) => !/[\r\n]/.test(s), { error: 'a single line of text' });
const localizedLine = perLanguage(line, 'a one-line text');

// YAML front matter turns an unquoted 2020-10-02 into a Date; accept it as the same date.
const unDate = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v);
const unDateTime = (v: unknown) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString() : v);

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDate = z.preprocess(unDate, z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'a date written YYYY-MM-DD' })
  .refine((s) => isRealDate(s), { error: 'a date that exists on the calendar' }));

/** A date known only to the year or month is common for when a zone was founded. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'a date written YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine((s) => isRealDate(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s), {
    error: 'a date that exists on the calendar',
  });

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** Images the build optimizes (src/lib/images.ts): JPEG, PNG, WebP or AVIF files under
 * content/images/, written as a path relative to the content file that shows them. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif'] as const;
export const imagePath = z
  .string()
  .trim()
  .min(1, { error: 'the path of an image file' })
  .refine(isRelativePath, { error: 'a path relative to this file, such as ../images/zones/gate.jpg (not an address: images are optimized by the build)' })
  .refine((s) => (IMAGE_EXTENSIONS as readonly string[]).includes(s.split('.').pop()!.toLowerCase()), {
    error: 'a JPEG, PNG, WebP or AVIF file (.jpg, .jpeg, .png, .webp, .avif); SVG and other formats are not accepted',
  });

/** Languages whose every page is published: an image's alt text is required in each of them. */
const COMPLETE = LANGUAGES.filter((l) => l.complete).map((l) => l.code);

/** A photograph on a record (zone, project, sector): one file, alt text per language, who took
 * it and when. */
export const photo = z.strictObject({
  src: imagePath,
  alt: perLanguage(line, 'alt text describing the photograph', COMPLETE),
  caption: perLanguage(line, 'a caption').optional(),
  credit: line,
  date: isoDate,
});
export type Photo = z.infer<typeof photo>;

/** An article's or a standing page's lead image; each language's file has its own alt text and
 * caption, and a translation uses its original's file. */
export const leadImage = z.strictObject({
  src: imagePath,
  alt: line,
  caption: line.optional(),
  credit: line,
  date: isoDate,
});
export type LeadImage = z.infer<typeof leadImage>;

export const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'an ASCII id in lower case with hyphens (e.g. vsip-3)' });

/** Ids of documents in the legal register (content/legal/); src/lib/content/load.ts checks each. */
export const citations = z.array(id);

export const source = z.strictObject({
  title: line,
  publisher: line.optional(),
  url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
  /** When the source published the figure (or, failing that, when it was read). */
  date: isoDate,
});
export type Source = z.infer<typeof source>;

export const contact = z.strictObject({
  name: localized,
  role: localized,
  email: z.email({ error: 'an email address' }),
  phone: z.string().regex(/^\+?[0-9 ().-]{6,}$/, { error: 'a phone number' }),
}, { error: 'a named contact: { "name", "role", "email", "phone" }' });
export type Contact = z.infer<typeof contact>;

export const money = z.strictObject(
  {
    amount: z.number({ error: 'a number' }).positive({ error: 'a positive number' }),
    currency: z.enum(['VND', 'USD']),
  },
  { error: 'an amount and its currency, e.g. { "amount": 320000000, "currency": "USD" }' },
);
export type Money = z.infer<typeof money>;

const hectares = z.number({ error: 'a number of hectares' }).nonnegative({ error: 'zero or more hectares' });
const km = z.number({ error: 'a distance in km' }).nonnegative({ error: 'zero or more km' });

/** Fields every sourced record shares. */
const sourced = {
  sources: z.array(source).min(1, { error: 'at least one source' }),
  asOf: isoDate,
  /** True when some values are placeholders no public source gives; the page says so. */
  illustrative: z.boolean().default(false),
  illustrativeNote: localized.optional(),
};

export const siteSchema = z.strictObject({
  name: localized,
  shortName: localized,
  parent: localized,
  address: localized,
  phone: contact.shape.phone,
  fax: contact.shape.phone.optional(),
  email: z.email({ error: 'an email address' }),
  hours: localized,
  url: z.url({ error: 'the site URL, e.g. https://example.gov.vn' }),
  exchangeRate: z.strictObject({
    usdToVnd: z.number().positive(),
    date: isoDate,
    source: source,
    illustrative: z.boolean().default(false),
  }),
  /** The licence of everything under /data/. */
  dataLicence: z.strictObject({ name: localized, url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }) }),
  pressContact: contact,
  notices: z.array(
    z.strictObject({
      id,
      date: isoDate,
      title: localized,
      body: localized,
      /** The key of the standing page that explains the notice. */
      link: id.optional(),
    }),
  ),
  /** The standing pages the home page lists as guides for investors, in this order (their keys). */
  guides: z.array(id).default([]),
});
export type Site = z.infer<typeof siteSchema>;

export const keyFigure = z.strictObject({
  label: localized,
  value: z.number(),
  unit: localized,
  source,
  asOf: isoDate,
});

export const sectorSchema = z.strictObject({
  id,
  name: localized,
  summary: localized,
  order: z.int({ error: 'a whole number' }),
  /** The "why invest" figures at the top of the sector page, each with its source. */
  keyFigures: z.array(keyFigure).min(1, { error: 'at least one key figure with its source (the "why invest" of the sector page)' }),
  photo: photo.optional(),
  sources: sourced.sources.optional(),
  asOf: isoDate,
});
export type Sector = z.infer<typeof sectorSchema>;


export const zoneSchema = z
  .strictObject({
    id,
    name: localized,
    kind: z.enum(ZONE_KINDS),
    location: z.strictObject({
      address: localized,
      district: localized,
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    }),
    developer: text,
    established: partialDate,
    area: z.strictObject({ total: hectares, industrial: hectares.optional() }),
    occupancyPercent: z.number().min(0).max(100).optional(),
    leasedArea: hectares.optional(),
    availableLand: hectares,
    leasePrice: z
      .strictObject({
        min: z.number().positive(),
        max: z.number().positive(),
        currency: z.enum(['VND', 'USD']),
        unit: z.enum(LEASE_UNITS),
      })
      .refine((p) => p.max >= p.min, { error: 'max at least min', path: ['max'] }),
    infrastructure: localized,
    distances: z.strictObject({ portKm: km, airportKm: km, cityCentreKm: km }),
    targetSectors: z.array(id).min(1, { error: 'at least one sector id' }),
    tenants: z.array(line).default([]),
    /** A few photographs; the first leads the page and is its social card. */
    photos: z.array(photo).max(6, { error: 'at most 6 photographs' }).default([]),
    contact,
    /** The zone's wage region, management fee and wastewater price (the estimator's rates).
     * Lazy: src/lib/costs-schema.ts builds on this module. */
    costs: z.lazy(() => zoneCosts),
    ...sourced,
  })
  .refine((z) => z.occupancyPercent !== undefined || z.leasedArea !== undefined, {
    error: 'occupancyPercent or leasedArea',
    path: ['occupancyPercent'],
  });
export type Zone = z.infer<typeof zoneSchema>;


export const projectSchema = z
  .strictObject({
    id,
    code: z.string().regex(/^[A-Z]{2,4}-\d{4}-\d{2,3}$/, { error: 'a project code such as BD-2026-001' }),
    title: localized,
    summary: localized,
    sector: id,
    zone: id.optional(),
    location: localized.optional(),
    district: localized,
    form: z.enum(INVESTMENT_FORMS),
    capital: money,
    landArea: hectares,
    status: z.enum(PROJECT_STATUSES),
    highTech: z.boolean(),
    green: z.boolean(),
    incentives: localized,
    /** Ids of documents in the register (content/legal/), checked like every reference. */
    legalBasis: citations.min(1, { error: 'at least one legal document (an id from content/legal/)' }),
    photo: photo.optional(),
    contact,
    ...sourced,
  })
  .refine((p) => p.zone !== undefined || p.location !== undefined, {
    error: 'a zone id or a location',
    path: ['zone'],
  });
export type Project = z.infer<typeof projectSchema>;


export const datasetSchema = z.strictObject({
  id,
  title: localized,
  /** Position on the key-figures page. */
  order: z.int({ error: 'a whole number' }),
  unit: localized,
  chart: z.enum(CHART_KINDS).default('bar'),
  summary: localized,
  categoryLabel: localized.optional(),
  series: z
    .array(
      z.strictObject({
        label: localized,
        points: z
          .array(
            z.strictObject({
              x: text,
              label: localized.optional(),
              y: z.number({ error: 'a number' }),
              note: localized.optional(),
            }),
          )
          .min(1, { error: 'at least one point' }),
      }),
    )
    .min(1, { error: 'at least one series' }),
  /** Sectors or zones the figures describe, so their pages can show them. */
  sectors: z.array(id).default([]),
  zones: z.array(id).default([]),
  ...sourced,
}).superRefine((d, ctx) => {
  // Every series is read against the same categories: a table row and a chart column each.
  const categories = d.series[0]?.points.map((p) => p.x) ?? [];
  d.series.forEach((s, i) => {
    const xs = s.points.map((p) => p.x);
    if (xs.join('\u0000') !== categories.join('\u0000')) {
      ctx.addIssue({ code: 'custom', path: ['series', i, 'points'], message: `the categories of series[0], in order (${categories.join(', ')})`, input: xs.join(', ') });
    }
  });
  if (d.chart === 'doughnut' && d.series.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['series'], message: 'exactly one series for a doughnut chart', input: d.series });
  }
});
export type Dataset = z.infer<typeof datasetSchema>;

export const newsSchema = z.strictObject({
  title: text,
  /** Date and time with its offset, as published (e.g. 2020-10-02T15:05:00+07:00). */
  date: z.preprocess(
    unDateTime,
    z.iso.datetime({ offset: true, error: 'a date and time such as 2020-10-02T15:05:00+07:00' }),
  ),
  author: text,
  unit: text,
  summary: text,
  image: leadImage.optional(),
  /** Ids from content/tags.json. Tags and sectors are facts about the article: a translation
   * lists the same ones as its Vietnamese original. */
  tags: z.array(id).default([]),
  sectors: z.array(id).default([]),
  /** Shared by the Vietnamese and English files of one article; it is also the URL slug. */
  key: id,
  /** Set on a translation: where the original was published. */
  originalUrl: z.url().optional(),
  translator: text.optional(),
});
export type NewsFrontmatter = z.infer<typeof newsSchema>;

export const tagSchema = z.strictObject({ id, label: localized });

/** One document of the legal register: what investors look up by number. */
export const legalDocSchema = z
  .strictObject({
    id,
    /** As officially written, e.g. 143/2025/QH15 or 31/2021/NĐ-CP. */
    number: line.refine((s) => /\d/.test(s) && s.includes('/'), { error: 'the number as officially written, e.g. 143/2025/QH15 or 31/2021/NĐ-CP' }),
    type: z.enum(LEGAL_TYPES),
    issuer: z.enum(LEGAL_ISSUERS),
    title: localizedLine,
    signed: isoDate,
    /** Omitted when no source gives it. */
    inForce: isoDate.optional(),
    status: z.enum(LEGAL_STATUSES),
    amendedBy: citations.default([]),
    replacedBy: id.optional(),
    statusNote: localized.optional(),
    url: z.url({ protocol: /^https?$/, error: 'an http(s) URL' }).optional(),
    summary: localized,
    topics: z.array(z.enum(LEGAL_TOPICS)).min(1, { error: 'at least one topic' }),
    sources: z.array(source).min(1, { error: 'at least one source' }),
    asOf: isoDate,
    /** Only secondary sources (law firms, news) confirm the number, dates or status; the page says so. */
    secondaryOnly: z.boolean().default(false),
  })
  .superRefine((d, ctx) => {
    if (d.status === 'replaced' && !d.replacedBy) ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'the id of the document that replaces it (status is "replaced")', input: d.replacedBy });
    if (d.status !== 'replaced' && d.replacedBy) ctx.addIssue({ code: 'custom', path: ['replacedBy'], message: 'no replacedBy unless status is "replaced"', input: d.replacedBy });
    if (d.status === 'amended' && !d.amendedBy.length) ctx.addIssue({ code: 'custom', path: ['amendedBy'], message: 'the ids of the documents that amend it (status is "amended")', input: d.amendedBy });
    if (d.inForce && d.inForce < d.signed) ctx.addIssue({ code: 'custom', path: ['inForce'], message: `a date on or after the date signed (${d.signed})`, input: d.inForce });
  });
export type LegalDoc = z.infer<typeof legalDocSchema>;

/** The path from idea to operation (content/procedure.json), shown on the page that asks for it. */
export const procedureSchema = z.strictObject({
  title: localized,
  intro: localized,
  steps: z
    .array(
      z.strictObject({
        id,
        title: localizedLine,
        when: localized.optional(),
        agency: localized,
        /** The statutory time limit in working days under the law in force; omitted when unconfirmed. */
        days: z.int({ error: 'a whole number of working days' }).positive({ error: 'a positive number of working days' }).optional(),
        daysNote: localized.optional(),
        fee: localized,
        documents: z.array(localizedLine).default([]),
        basis: citations.min(1, { error: 'at least one legal document (an id from content/legal/)' }),
        secondaryOnly: z.boolean().default(false),
      }),
    )
    .min(1, { error: 'at least one step' }),
  sources: z.array(source).min(1, { error: 'at least one source' }),
  asOf: isoDate,
});
export type Procedure = z.infer<typeof procedureSchema>;
export type Tag = z.infer<typeof tagSchema>;

/** Where a standing page is linked from on every page: the main menu (and the footer), the footer
 * only, or neither (reached from other pages' links). */
export const PAGE_MENUS = ['main', 'footer', 'none'] as const;

export const pageSchema = z.strictObject({
  /** Shared by a page's files in every language; other content names the page by it. */
  key: id,
  title: text,
  description: text,
  image: leadImage.optional(),
  /** URL segment in this language, e.g. gioi-thieu / about. */
  slug: id,
  /** Its place in the menus (and among the home page's guides), smallest first. */
  order: z.int({ error: 'a whole number' }),
  menu: z.enum(PAGE_MENUS),
  updated: isoDate,
  /** Documents of the legal register the page relies on, listed at its end. */
  cites: citations.default([]),
  /** A block the page shows after its body: "procedure", the steps of content/procedure.json. */
  shows: z.enum(['procedure']).optional(),
});
export type PageFrontmatter = z.infer<typeof pageSchema>;
