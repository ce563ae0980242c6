// The CMS configuration, generated from the zod schemas in src/lib/schema.ts, so the schemas stay the
// one source of truth: a field added to a schema appears in the CMS, and what the CMS writes is what
// the content check reads. Plain TypeScript; src/integrations/cms.ts writes it to /admin/config.yml.
//
// How each schema shape becomes a Sveltia field:
//   { vi, en } object      -> an object with its vi and en sub-fields next to each other (en optional)
//   z.enum(...)            -> a select, with Vietnamese names for the values (labels.ts)
//   a reference (REFERENCES) -> a relation to the sectors, zones, tags or legal documents
//   `basis` in a cost table or a zone's costs -> a relation to the legal documents (one rule, as
//                             the content check reads them: basisReferences in costs-schema.ts)
//   z.number() / z.int()   -> a number (float / int), with its inclusive bounds
//   YYYY-MM-DD date        -> a date picker storing YYYY-MM-DD
//   z.array(...)           -> a list; of strings, of objects, or of references (multiple relation)
//   z.literal(...)         -> a select of that one value (a unit fixed by the schema, shown)
//   .optional()/.default() -> required: false, so an empty value is left out of the file
//   z.lazy(...)            -> what it stands for (the zone's costs, the cost tables' helpers)
// Field order is the schema's order, which is the order of the keys in the files, so opening and
// saving an unchanged entry writes the same bytes (Sveltia writes keys in its field order).
import type { z } from 'zod';
import {
  DEFAULT_LOCALE,
  LOCALES,
  datasetSchema,
  imagePath,
  isoDate,
  legalDocSchema,
  newsSchema,
  pageSchema,
  partialDate,
  procedureSchema,
  projectSchema,
  sectorSchema,
  siteSchema,
  tagSchema,
  zoneSchema,
} from '../schema.ts';
import { COST_FILES, type CostFileName } from '../costs-schema.ts';
import { LANGUAGES } from '../languages.ts';
import { IMAGE_FOLDERS, IMAGE_LIMITS, type ImageKind } from '../images.ts';
import { COLLECTION_TEXT, FIELD_TEXT, optionLabel, type FieldText } from './labels.ts';
import { reviewSettings, sveltiaBackend, type CmsSettings } from './settings.ts';
import { section } from '../routes.ts';

/** A cost-rate table, content/costs/<name>.json (a file of the settings collection). */
export type CostKind = CostFileName;
export const COST_KINDS = Object.keys(COST_FILES) as CostKind[];
const isCostKind = (kind: string): kind is CostKind => Object.hasOwn(COST_FILES, kind);

export type Kind = 'site' | 'tags' | 'sectors' | 'zones' | 'projects' | 'datasets' | 'legal' | 'procedure' | 'news' | 'pages' | CostKind;

export const SCHEMAS: Record<Kind, z.ZodType> = {
  site: siteSchema,
  tags: tagSchema,
  sectors: sectorSchema,
  zones: zoneSchema,
  projects: projectSchema,
  datasets: datasetSchema,
  legal: legalDocSchema,
  procedure: procedureSchema,
  news: newsSchema,
  pages: pageSchema,
  ...COST_FILES,
};

/** Fields whose value is the id of another record (src/lib/content/load.ts checks them). */
export type ReferenceTarget = 'sectors' | 'zones' | 'tags' | 'legal' | 'pages';
export const REFERENCES: Record<string, ReferenceTarget> = {
  'site.notices.link': 'pages',
  'site.guides': 'pages',
  'projects.legalBasis': 'legal',
  'pages.cites': 'legal',
  'procedure.steps.basis': 'legal',
  'legal.amendedBy': 'legal',
  'legal.replacedBy': 'legal',
  'projects.sector': 'sectors',
  'projects.zone': 'zones',
  'zones.targetSectors': 'sectors',
  'datasets.sectors': 'sectors',
  'datasets.zones': 'zones',
  'news.sectors': 'sectors',
  'news.tags': 'tags',
};

/** The one field name that cites the legal register in the cost tables and in a zone's costs, at
 * any depth (a table, a contribution, a cap, a base salary, a set of time bands, a job level). */
export const COST_BASIS = 'basis';

/** What the field at this path refers to, if anything: a REFERENCES entry, or a `basis` inside
 * a cost table or a zone's `costs`. */
export function referenceAt(kind: Kind, path: readonly string[]): ReferenceTarget | undefined {
  const named = REFERENCES[`${kind}.${path.join('.')}`];
  if (named) return named;
  return costPath(kind, path) && path.at(-1) === COST_BASIS ? 'legal' : undefined;
}

/** News and standing pages: the Vietnamese and English files of one article are paired by this
 * front-matter key, which the CMS never rewrites (new articles get it in src/cms/admin.ts). */
export const PAIR_KEY = 'key';

/** Fields copied from the Vietnamese file to the English one rather than translated. */
const SHARED_IN_TRANSLATION: Record<string, true> = {
  'news.date': true,
  'news.tags': true,
  'news.sectors': true,
  'pages.order': true,
  'pages.menu': true,
  // A page cites the same documents and shows the same block in every language.
  'pages.cites': true,
  'pages.shows': true,
};

interface RecordFolder {
  folder: string;
  /** The text that names a record, and from whose Vietnamese its file name and id are made. */
  title: string;
  /** How a record reads in the list, when more than its name (default `{{<title>.vi}}`). */
  summary?: string;
  /** The list's sort keys after the name, and the default one. */
  sort?: { fields: string[]; default: { field: string; direction?: 'ascending' | 'descending' } };
  /** What a new record's file name (and id) is made of, when not its Vietnamese name. */
  slug?: { template: string; hint: string };
}

/** Where each kind of record lives and which text names it in lists. */
const RECORD_FOLDERS = {
  projects: { folder: 'projects', title: 'title' },
  zones: { folder: 'zones', title: 'name' },
  sectors: { folder: 'sectors', title: 'name' },
  datasets: { folder: 'datasets', title: 'title' },
  // Looked up by number: the list shows it first, newest signed first. A new document's id comes
  // from its number, as several documents share a title (Luật Đầu tư of 2020 and of 2025).
  legal: {
    folder: 'legal',
    title: 'title',
    summary: '{{number}} · {{title.vi}}',
    sort: { fields: ['signed', 'number', 'asOf', 'id'], default: { field: 'signed', direction: 'descending' } },
    slug: { template: '{{number}}', hint: 'Địa chỉ trang của văn bản ở mọi ngôn ngữ, tạo từ số hiệu (143/2025/QH15 thành 143-2025-qh15); sửa được trước lần lưu đầu, sau đó cố định.' },
  },
} as const satisfies Record<string, RecordFolder>;

export type CmsField = Record<string, unknown> & { name: string; widget: string; label: string };

type Def = { type: string; [k: string]: unknown };
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
type Check = { check: string; value?: unknown; inclusive?: boolean; minimum?: number; maximum?: number; format?: string; pattern?: RegExp };
const checks = (s: z.ZodType): Check[] => ((def(s).checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def);

/** Peels .optional(), .default(), z.lazy() and preprocessing off a schema; notes the shared date schemas. */
function unwrap(s: z.ZodType): { inner: z.ZodType; optional: boolean; defaultValue?: unknown; date?: 'iso' | 'partial' } {
  let optional = false;
  let defaultValue: unknown;
  let date: 'iso' | 'partial' | undefined;
  for (;;) {
    if (s === isoDate) date = 'iso';
    if (s === partialDate) date = 'partial';
    const d = def(s);
    if (d.type === 'optional') {
      optional = true;
      s = d.innerType as z.ZodType;
    } else if (d.type === 'default') {
      optional = true;
      defaultValue = typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      s = d.innerType as z.ZodType;
    } else if (d.type === 'pipe') {
      s = d.out as z.ZodType;
    } else if (d.type === 'lazy') {
      s = (d.getter as () => z.ZodType)();
    } else {
      return { inner: s, optional, defaultValue, date };
    }
  }
}

function isBilingual(s: z.ZodType): boolean {
  const d = def(s);
  return d.type === 'object' && Object.keys(d.shape as object).join(',') === LOCALES.join(',');
}

/** The path of a field inside a cost table, or inside a zone's `costs`; undefined elsewhere. */
function costPath(kind: Kind, path: readonly string[]): readonly string[] | undefined {
  if (isCostKind(kind)) return path;
  return kind === 'zones' && path[0] === 'costs' && path.length > 1 ? path.slice(1) : undefined;
}

function text(kind: Kind, path: string[]): FieldText {
  const bare = path.join('.');
  // Inside the rates, "costs.<path>" and then "costs.<name>" come before the general texts of the
  // same name: a rate's asOf is the day it was checked, its note says what is missing.
  const rate = costPath(kind, path);
  const found =
    FIELD_TEXT[`${kind}.${bare}`] ??
    (rate && FIELD_TEXT[`costs.${rate.join('.')}`]) ??
    FIELD_TEXT[bare] ??
    FIELD_TEXT[path.slice(-2).join('.')] ??
    (rate && FIELD_TEXT[`costs.${path.at(-1)}`]) ??
    FIELD_TEXT[path.at(-1)!];
  if (!found) throw new Error(`src/lib/cms/labels.ts has no label for ${kind}.${bare}`);
  return found;
}

function regexOf(s: z.ZodType): RegExp | undefined {
  return checks(s).find((c) => c.check === 'string_format' && c.pattern instanceof RegExp)?.pattern;
}

const PATTERN_MESSAGES: [RegExp, string][] = [
  [/^\^\[a-z0-9\]\+/, 'Chỉ chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: khu-cong-nghiep-moi'],
  [/A-Z\]\{2,4\}/, 'Mã dạng BD-2026-001'],
  [/0-9 \(\)\./, 'Số điện thoại, ví dụ +84 274 000 0000'],
  [/\\d\{4\}\(-/, 'Năm (YYYY), năm-tháng (YYYY-MM) hoặc ngày (YYYY-MM-DD)'],
  [/24:00/, 'Giờ:phút từ 00:00 đến 24:00, ví dụ 22:00'],
];

function pattern(re: RegExp): [string, string] {
  const message = PATTERN_MESSAGES.find(([m]) => m.test(re.source))?.[1] ?? `Theo mẫu ${re.source}`;
  return [re.source, message];
}

interface Ctx {
  kind: Kind;
  path: string[];
  /** Inside a list item or object: i18n options apply only at the top of a multi-file entry. */
  nested: boolean;
  /** Directly inside a translated object of a multi-file entry (an article's lead image). */
  inTranslated?: boolean;
}

function relation(target: ReferenceTarget, multiple: boolean): Record<string, unknown> {
  if (target === 'pages') {
    // A standing page by its key, picked by its Vietnamese title (the pages' entries are the
    // Vietnamese files, paired by key).
    return { widget: 'relation', collection: 'pages', value_field: 'key', display_fields: ['{{title}}'], search_fields: ['title', 'key'], multiple, dropdown_threshold: 0 };
  }
  if (target === 'legal') {
    return {
      widget: 'relation',
      collection: 'legal',
      value_field: 'id',
      display_fields: ['{{number}} · {{title.vi}}'],
      search_fields: ['number', ...LOCALES.map((l) => `title.${l}`), 'id'],
      multiple,
      dropdown_threshold: 0,
    };
  }
  if (target === 'tags') {
    return {
      widget: 'relation',
      collection: 'settings',
      file: 'tags',
      value_field: 'tags.*.id',
      display_fields: ['tags.*.label.vi'],
      search_fields: [...LOCALES.map((l) => `tags.*.label.${l}`), 'tags.*.id'],
      multiple,
    };
  }
  const title = target === 'sectors' || target === 'zones' ? 'name' : 'title';
  return {
    widget: 'relation',
    collection: target,
    value_field: 'id',
    display_fields: [`{{${title}.vi}}`],
    search_fields: [...LOCALES.map((l) => `${title}.${l}`), 'id'],
    multiple,
    dropdown_threshold: 0,
  };
}

/** One Sveltia field for one schema field. */
export function cmsField(name: string, schema: z.ZodType, ctx: Ctx): CmsField {
  const path = [...ctx.path, name];
  const { inner, optional, defaultValue, date } = unwrap(schema);
  const d = def(inner);
  const words = text(ctx.kind, path);
  const base: CmsField = { name, label: `${words.label} (${name})`, widget: 'string' };
  if (words.hint) base.hint = words.hint;
  if (optional) base.required = false;
  const reference = referenceAt(ctx.kind, path);
  const i18n = ctx.kind === 'news' || ctx.kind === 'pages' ? (SHARED_IN_TRANSLATION[`${ctx.kind}.${name}`] ? 'duplicate' : true) : undefined;
  const withI18n = (f: CmsField): CmsField => (i18n !== undefined && !ctx.nested ? { ...f, i18n } : f);

  if (reference && d.type === 'string') return withI18n({ ...base, ...relation(reference, false) });
  if (reference && d.type === 'array') {
    const min = checks(inner).find((c) => c.check === 'min_length')?.minimum;
    return withI18n({ ...base, ...relation(reference, true), ...(min && { min }) });
  }

  if (isBilingual(inner)) {
    const shape = d.shape as Record<string, z.ZodType>;
    const long = words.long;
    const sub = LOCALES.map((l) => {
      const f = cmsField(l, shape[l]!, { ...ctx, path, nested: true });
      return long ? { ...f, widget: 'text' } : f;
    });
    return withI18n({ ...base, widget: 'object', collapsed: false, fields: sub });
  }
  if (inner === imagePath) {
    // Saved into the collection's folder under content/images/ (set on the collection), written
    // relative to the entry; in a translation the same file as the original.
    return { ...base, widget: 'image', accept: 'image/jpeg,image/png,image/webp,image/avif', choose_url: false, ...(ctx.inTranslated && { i18n: 'duplicate' }) };
  }
  if (date === 'iso') return withI18n({ ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
  if (date === 'partial') {
    const re = regexOf(inner)!;
    return withI18n({ ...base, widget: 'string', pattern: pattern(re) });
  }
  switch (d.type) {
    case 'string': {
      if (d.format === 'datetime') {
        // Stored with the editor's own offset, e.g. 2026-11-26T09:30:00+07:00, as the schema asks.
        return withI18n({ ...base, widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' });
      }
      if (d.format === 'email') return withI18n({ ...base, widget: 'string', type: 'email' });
      if (d.format === 'url') return withI18n({ ...base, widget: 'string', type: 'url' });
      const re = regexOf(inner);
      const f: CmsField = { ...base, widget: words.long ? 'text' : 'string' };
      if (re) f.pattern = pattern(re);
      return withI18n(f);
    }
    case 'number': {
      const f: CmsField = { ...base, widget: 'number', value_type: d.format === 'safeint' ? 'int' : 'float' };
      for (const c of checks(inner)) {
        if (c.check === 'greater_than' && c.inclusive) f.min = c.value;
        if (c.check === 'less_than' && c.inclusive) f.max = c.value;
      }
      return withI18n(f);
    }
    case 'boolean':
      return withI18n({ ...base, widget: 'boolean', ...(defaultValue !== undefined && { default: defaultValue }) });
    case 'enum':
    case 'literal': {
      const values = d.type === 'enum' ? Object.values(d.entries as Record<string, string>) : (d.values as string[]);
      return withI18n({
        ...base,
        widget: 'select',
        options: values.map((value) => ({ label: optionLabel(values, value), value })),
        // A one-value choice is preset only when it is required: an optional one stays empty.
        ...(defaultValue !== undefined ? { default: defaultValue } : values.length === 1 && !optional && { default: values[0] }),
      });
    }
    case 'object': {
      const shape = d.shape as Record<string, z.ZodType>;
      const fields = Object.entries(shape).map(([k, v]) => cmsField(k, v, { ...ctx, path, nested: true, inTranslated: i18n === true && !ctx.nested }));
      return withI18n({ ...base, widget: 'object', collapsed: false, fields });
    }
    case 'array': {
      const element = d.element as z.ZodType;
      const { inner: item } = unwrap(element);
      const f: CmsField = { ...base, widget: 'list' };
      const min = checks(inner).find((c) => c.check === 'min_length')?.minimum;
      if (min) f.min = min;
      if (def(item).type === 'object' && !isBilingual(item)) {
        const shape = def(item).shape as Record<string, z.ZodType>;
        f.fields = Object.entries(shape).map(([k, v]) => cmsField(k, v, { ...ctx, path, nested: true }));
        const title = ['title', 'label', 'x', 'id'].find((k) => k in shape);
        if (title) f.summary = isBilingual(unwrap(shape[title]!).inner) ? `{{fields.${title}.vi}}` : `{{fields.${title}}}`;
        f.collapsed = 'auto';
      } else {
        // A list of single values (a text per line, or a {vi, en} pair): one sub-field.
        f.field = cmsField(name, element, { ...ctx, path: ctx.path, nested: true });
        f.field = { ...(f.field as CmsField), label: words.label };
        delete (f.field as CmsField).required;
      }
      return withI18n(f);
    }
  }
  throw new Error(`No CMS field for ${ctx.kind}.${path.join('.')} (zod type ${d.type})`);
}

/** The fields of one kind of entry, in the schema's order. */
export function cmsFields(kind: Kind): CmsField[] {
  const shape = def(SCHEMAS[kind]).shape as Record<string, z.ZodType>;
  const fields = Object.entries(shape)
    .filter(([name]) => !((kind === 'news' || kind === 'pages') && name === PAIR_KEY))
    .map(([name, schema]) => cmsField(name, schema, { kind, path: [], nested: false }));
  if (kind in RECORD_FOLDERS) {
    // Set from the file name (itself from the Vietnamese name) when the record is first saved.
    const id = fields.find((f) => f.name === 'id')!;
    Object.assign(id, { readonly: true, required: false });
  }
  if (kind === 'news' || kind === 'pages') {
    fields.push({
      name: 'body',
      label: `${text(kind, ['body']).label} (body)`,
      widget: 'richtext',
      i18n: true,
      // What the body check accepts (src/lib/doc-body.ts): no first-level heading (the title is
      // the page's), no linked pictures.
      buttons: ['bold', 'italic', 'strikethrough', 'code', 'link', 'heading-two', 'heading-three', 'heading-four', 'quote', 'bulleted-list', 'numbered-list'],
      linked_images: false,
      hint: 'Chèn biểu đồ: trình đơn “Chèn” → “Biểu đồ”, rồi chọn bộ số liệu. Ảnh chèn vào bài cần có mô tả (văn bản thay thế); ảnh được lưu vào content/images/ và tự động thu nhỏ.',
    });
  }
  return fields;
}

/** A new entry's file name, which becomes its id or key: what the schemas accept as an id. */
const SLUG_PATTERN: [string, string] = ['^[a-z0-9]+(?:-[a-z0-9]+)*$', 'Chỉ chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: nha-may-dong-tau'];
const SLUG_HINT = 'Địa chỉ trang ở cả hai ngôn ngữ, tạo từ tiêu đề tiếng Việt; sửa được trước lần lưu đầu, sau đó cố định.';

const entryCollection = (name: keyof typeof COLLECTION_TEXT) => ({
  name,
  label: COLLECTION_TEXT[name].label,
  label_singular: COLLECTION_TEXT[name].singular,
  description: COLLECTION_TEXT[name].description,
});

/** Where a collection's uploads are saved (from the repository's root) and how entries name them
 * (relative to the entry file, so the build's image pipeline finds and optimizes them). */
function mediaFolders(kind: string, contentDir: string, up: string): Record<string, string> {
  if (!(kind in IMAGE_FOLDERS)) return {};
  const folder = IMAGE_FOLDERS[kind as ImageKind];
  return { media_folder: `/${contentDir}/${folder}`, public_folder: `${up}/${folder}` };
}

/** Sveltia's collections: records (the legal register among them), news and standing pages, and the
 * settings files: the department, the procedure, the news topics and the cost-rate tables. */
export function cmsCollections(contentDir = 'content'): Record<string, unknown>[] {
  const records = (Object.keys(RECORD_FOLDERS) as (keyof typeof RECORD_FOLDERS)[]).map((kind) => {
    const { folder, title, summary, sort, slug } = RECORD_FOLDERS[kind] as RecordFolder;
    return {
      ...entryCollection(kind),
      folder: `${contentDir}/${folder}`,
      format: 'json',
      extension: 'json',
      create: true,
      delete: true,
      identifier_field: `${title}.vi`,
      summary: summary ?? `{{${title}.vi}}`,
      // The file name, and with it the id, comes from the Vietnamese name; editable before the
      // first save, fixed after it (other records refer to the id, and it is the page's address).
      slug: { template: slug?.template ?? `{{${title}.vi}}`, editable: ['create'], pattern: SLUG_PATTERN, hint: slug?.hint ?? SLUG_HINT },
      aliases_field: false,
      sortable_fields: sort ? { fields: [`${title}.vi`, ...sort.fields], default: sort.default } : { fields: [`${title}.vi`, 'asOf', 'id'], default: { field: `${title}.vi` } },
      ...mediaFolders(kind, contentDir, '..'),
      fields: cmsFields(kind),
    };
  });
  const docs = (kind: 'news' | 'pages') => ({
    ...entryCollection(kind),
    folder: `${contentDir}/${kind}`,
    format: 'frontmatter',
    extension: 'mdx',
    i18n: {
      structure: 'multiple_folders',
      locales: [...LOCALES],
      default_locale: DEFAULT_LOCALE,
      // A new entry starts in the complete languages (Vietnamese and English, side by side); it may
      // be saved in Vietnamese only, its translations coming later, and each partial language is
      // there to turn on and fill in.
      initial_locales: LANGUAGES.filter((l) => l.complete).map((l) => l.code),
      canonical_slug: { key: PAIR_KEY },
    },
    identifier_field: 'title',
    // Body pictures and the lead image go to content/images/<kind>/, written relative to the file.
    ...mediaFolders(kind, contentDir, '../..'),
    summary: kind === 'news' ? "{{date | date('YYYY-MM-DD')}} · {{title}}" : '{{title}}',
    aliases_field: false,
    ...(kind === 'news'
      ? {
          create: true,
          delete: true,
          slug: { template: '{{title}}', editable: ['create'], pattern: SLUG_PATTERN, hint: SLUG_HINT },
          sortable_fields: { fields: ['date', 'title'], default: { field: 'date', direction: 'descending' } },
        }
      : {
          // Staff add and remove standing pages; a page other content links to cannot be removed
          // without the build naming where (src/lib/content/load.ts).
          create: true,
          delete: true,
          slug: { template: '{{title}}', editable: ['create'], pattern: SLUG_PATTERN, hint: 'Mã của trang, tạo từ tiêu đề tiếng Việt; sửa được trước lần lưu đầu, sau đó cố định (nội dung khác gọi trang bằng mã này). Địa chỉ trang ở từng ngôn ngữ là trường “Đoạn địa chỉ của trang”.' },
          sortable_fields: { fields: ['order', 'title'], default: { field: 'order' } },
        }),
    fields: cmsFields(kind),
  });
  const settings = {
    ...entryCollection('settings'),
    files: [
      { name: 'site', label: COLLECTION_TEXT.site.label, file: `${contentDir}/site.json`, format: 'json', fields: cmsFields('site') },
      { name: 'procedure', label: COLLECTION_TEXT.procedure.label, file: `${contentDir}/procedure.json`, format: 'json', fields: cmsFields('procedure') },
      {
        name: 'tags',
        label: COLLECTION_TEXT.tags.label,
        file: `${contentDir}/tags.json`,
        format: 'json',
        fields: [
          {
            name: 'tags',
            label: `${text('tags', ['tags']).label}`,
            widget: 'list',
            root: true,
            summary: '{{fields.label.vi}}',
            collapsed: 'auto',
            fields: cmsFields('tags'),
          },
        ],
      },
      // The rate tables of the cost estimator, one file each.
      ...COST_KINDS.map((kind) => ({ name: kind, label: COLLECTION_TEXT[kind].label, file: `${contentDir}/costs/${kind}.json`, format: 'json', fields: cmsFields(kind) })),
    ],
  };
  return [...records, docs('news'), docs('pages'), settings].map((c) => ({ ...c, ...previewPath(c.name) }));
}

/** Where "View preview" (Xem bản xem trước) opens an entry in review: its Vietnamese page on the
 * branch's preview site (README, "Pipeline"). */
function previewPath(collection: string): { preview_path?: string } {
  const vi = (name: Parameters<typeof section>[0]) => section(name, DEFAULT_LOCALE);
  const paths: Record<string, string> = {
    projects: `${vi('projects')}/{{slug}}/`,
    zones: `${vi('zones')}/{{slug}}/`,
    sectors: `${vi('sectors')}/{{slug}}/`,
    legal: `${vi('legal')}/{{slug}}/`,
    datasets: `${vi('figures')}/`,
    news: `${vi('news')}/{{fields.key}}/`,
    pages: '{{fields.slug}}/',
  };
  return paths[collection] ? { preview_path: paths[collection] } : {};
}

/** With review on and urgent corrections allowed to skip it: each collection once more, named
 * "Sửa gấp: …", saving an existing entry straight to the live site (no new entries, no deletions). */
function urgentCollections(collections: Record<string, unknown>[]): Record<string, unknown>[] {
  return collections.map((c) => ({
    ...c,
    name: `${URGENT_PREFIX}${c.name as string}`,
    label: `Sửa gấp: ${c.label as string}`,
    ...(c.label_singular ? { label_singular: `${c.label_singular as string} (sửa gấp)` } : {}),
    description: `Chỉ để sửa gấp một mục đã đăng (sai số liệu, sai ngày, thông tin gây hiểu lầm): lưu ở đây là đăng ngay, không qua duyệt, và ghi tên người sửa trong lịch sử. Việc khác làm ở “${c.label as string}”.`,
    publish_mode: 'simple',
    ...('folder' in c ? { create: false, delete: false } : {}),
  }));
}
export const URGENT_PREFIX = 'sua-gap-';

/** The whole configuration Sveltia reads from /admin/config.yml. */
export function cmsConfig(settings: CmsSettings, siteUrl: string, contentDir = 'content'): Record<string, unknown> {
  const review = reviewSettings(settings);
  const collections = cmsCollections(contentDir);
  return {
    backend: sveltiaBackend(settings),
    // Review before publish: a save is a draft on a cms/ branch, built as a preview, until someone
    // publishes it (README, "For staff").
    publish_mode: review.required ? 'editorial_workflow' : 'simple',
    site_url: siteUrl,
    display_url: siteUrl,
    logo: { src: '/favicon.svg' },
    // Every collection saves its pictures under content/images/<collection>/ (mediaFolders): never
    // public/, which the build copies as uploaded. This is the Assets page's own folder.
    media_folder: `${contentDir}/images`,
    public_folder: `/${contentDir}/images`,
    media_libraries: { default: { config: { slugify_filename: true, max_file_size: IMAGE_LIMITS.bytes } } },
    // No preview pane: a record's form gets the full width, and an article's Vietnamese and
    // English are edited side by side.
    editor: { preview: false },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    output: {
      omit_empty_optional_fields: true,
      json: { indent_style: 'space', indent_size: 2 },
      yaml: { quote: 'double', indent_sequences: true },
    },
    i18n: { structure: 'multiple_folders', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
    collections: review.urgentMaySkip ? [...collections, ...urgentCollections(collections)] : collections,
  };
}


/** Every field path a schema describes, e.g. "title.vi", "sources[].date" (for the unit test). */
export function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  const { inner } = unwrap(schema);
  const d = def(inner);
  if (d.type === 'object') {
    return Object.entries(d.shape as Record<string, z.ZodType>).flatMap(([k, v]) => [`${prefix}${k}`, ...schemaPaths(v, `${prefix}${k}.`)]);
  }
  if (d.type === 'array') {
    const item = unwrap(d.element as z.ZodType).inner;
    return def(item).type === 'object' ? schemaPaths(item, `${prefix.slice(0, -1)}[].`) : [];
  }
  return [];
}

/** Every field path a list of CMS fields describes, in the same notation. */
export function cmsPaths(fields: CmsField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    const own = `${prefix}${f.name}`;
    const single = f.field as CmsField | undefined;
    const sub = Array.isArray(f.fields)
      ? cmsPaths(f.fields as CmsField[], f.widget === 'list' ? `${own}[].` : `${own}.`)
      : single && Array.isArray(single.fields)
        ? cmsPaths(single.fields as CmsField[], `${own}[].`)
        : [];
    return [own, ...sub];
  });
}

/** Schema fields without a CMS field, and CMS fields without a schema field. The pairing key of
 * articles and pages is the CMS's canonical slug rather than a field; their body is the MDX text. */
export function coverage(kind: Kind, fields: CmsField[] = cmsFields(kind)): { missing: string[]; extra: string[] } {
  const schema = new Set(schemaPaths(SCHEMAS[kind]));
  const cms = new Set(cmsPaths(fields));
  const docs = kind === 'news' || kind === 'pages';
  if (docs) {
    cms.add(PAIR_KEY);
    schema.add('body');
  }
  return {
    missing: [...schema].filter((p) => !cms.has(p)),
    extra: [...cms].filter((p) => !schema.has(p)),
  };
}
