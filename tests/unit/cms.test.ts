// The CMS configuration is generated from the schemas: every schema field has its CMS field and
// no CMS field lacks a schema field; closed lists are selects, references are relations to the
// collections the content check resolves them in; what the CMS would write keeps the files' order.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { IDENTITY_FIELD, newEntryIdentity, type EntryMap } from '../../src/admin/identity.ts';
import { cmsCollections, cmsConfig, cmsField, cmsFields, COST_KINDS, coverage, referenceAt, REFERENCES, SCHEMAS, URGENT_PREFIX, type CmsField, type Kind } from '../../src/lib/cms/config.ts';
import { BAND_DAYS, CEILINGS, TIME_BANDS, VOLTAGE_LEVELS, WAGE_LEVELS, WAGE_REGIONS } from '../../src/lib/costs-schema.ts';
import { readCmsSettings, type CmsSettings } from '../../src/lib/cms/settings.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import { headerTable } from '../../src/lib/headers.ts';
import { CHART_KINDS, INVESTMENT_FORMS, LEASE_UNITS, LEGAL_STATUSES, PROJECT_STATUSES, ZONE_KINDS } from '../../src/lib/vocab.ts';

const collections = cmsCollections();
const collection = (name: string) => collections.find((c) => c.name === name) as Record<string, unknown>;
const settingsFile = (name: string) => (collection('settings').files as { name: string; fields: CmsField[] }[]).find((f) => f.name === name)!;

/** The fields as they are in the configuration Sveltia reads, per kind of content. */
function configured(kind: Kind): CmsField[] {
  if (kind === 'tags') return settingsFile('tags').fields[0]!.fields as CmsField[];
  if (kind === 'site' || kind === 'procedure' || (COST_KINDS as string[]).includes(kind)) return settingsFile(kind).fields;
  return collection(kind).fields as CmsField[];
}

/** Every field of a list of fields, at any depth, with its dotted path. */
function walk(fields: CmsField[], prefix = ''): [string, CmsField][] {
  return fields.flatMap((f) => {
    const p = `${prefix}${f.name}`;
    const inner = (f.fields as CmsField[] | undefined) ?? ((f.field as CmsField | undefined)?.fields as CmsField[] | undefined) ?? [];
    return [[p, f] as [string, CmsField], ...walk(inner, `${p}.`)];
  });
}

const KINDS = Object.keys(SCHEMAS) as Kind[];
/** The field at a dotted path (list items' fields without an index), e.g. "costs.wageRegion.basis". */
const fieldAt = (kind: Kind, p: string) => {
  const found = walk(configured(kind)).find(([q]) => q === p);
  if (!found) throw new Error(`no CMS field ${kind}.${p}`);
  return found[1];
};
const optionLabels = (f: CmsField) => Object.fromEntries((f.options as { value: string; label: string }[]).map((o) => [o.value, o.label]));

describe('the CMS configuration from the schemas', () => {
  it.each(KINDS)('has a CMS field for every %s schema field, and no other', (kind) => {
    expect(coverage(kind, configured(kind))).toEqual({ missing: [], extra: [] });
  });

  it('covers every kind of content file: the legal register, the procedure and each cost table among them', () => {
    expect(KINDS).toEqual(expect.arrayContaining(['legal', 'procedure', 'minimum-wage', 'contributions', 'electricity', 'water', 'wages']));
    expect([...COST_KINDS].sort()).toEqual(readdirSync('content/costs').map((f) => f.replace(/\.json$/, '')).sort());
    // A zone's costs (a z.lazy in the zone schema) are fields, not one opaque value.
    expect(coverage('zones').missing).toEqual([]);
    expect(walk(configured('zones')).map(([p]) => p)).toEqual(expect.arrayContaining(['costs.wageRegion.region', 'costs.managementFee.min', 'costs.wastewater.max', 'costs.wastewater.sources.url']));
  });

  it('notices a schema field without a CMS field, and a CMS field without a schema field', () => {
    const fields = configured('projects');
    expect(coverage('projects', fields.filter((f) => f.name !== 'green')).missing).toEqual(['green']);
    const contact = fields.find((f) => f.name === 'contact')!;
    const withFax = fields.map((f) => (f === contact ? { ...f, fields: [...(f.fields as CmsField[]), { name: 'fax', widget: 'string', label: 'Fax' }] } : f));
    expect(coverage('projects', withFax).extra).toEqual(['contact.fax']);
  });

  it('refuses a schema field it cannot map or has no Vietnamese label for', () => {
    expect(() => cmsField('title', z.bigint(), { kind: 'projects', path: [], nested: false })).toThrow(/No CMS field for projects.title/);
    expect(() => cmsField('fooBar', z.string(), { kind: 'projects', path: [], nested: false })).toThrow(/no label for projects.fooBar/);
  });

  it('labels every field in Vietnamese, with the name the build errors use', () => {
    for (const kind of KINDS) {
      for (const [p, f] of walk(configured(kind))) {
        expect(f.label, `${kind}.${p}`).toMatch(new RegExp(`\\(${f.name}\\)$`));
        expect(f.label.toLowerCase(), `${kind}.${p}`).not.toBe(`${f.name} (${f.name})`.toLowerCase());
      }
    }
  });

  it('puts the Vietnamese and English of each text next to each other, then each other language to fill in, all optional but Vietnamese', () => {
    const title = configured('projects').find((f) => f.name === 'title')!;
    expect(title.widget).toBe('object');
    expect((title.fields as CmsField[]).map((f) => [f.name, f.required])).toEqual([['vi', undefined], ['en', false], ['zh-Hant', false], ['ja', false], ['ko', false]]);
    expect((title.fields as CmsField[]).map((f) => f.label)).toEqual(['Tiếng Việt (vi)', 'Tiếng Anh (en)', 'Tiếng Trung (Phồn thể) (zh-Hant)', 'Tiếng Nhật (ja)', 'Tiếng Hàn (ko)']);
    // An empty Korean field says what the Korean page shows meanwhile.
    expect((title.fields as CmsField[]).at(-1)!.hint).toContain('trang tiếng Hàn sẽ hiện bản tiếng Anh (hoặc tiếng Việt)');
    const summary = configured('projects').find((f) => f.name === 'summary')!;
    expect((summary.fields as CmsField[]).map((f) => f.widget)).toEqual(['text', 'text', 'text', 'text', 'text']);
  });

  it('edits articles and pages in every language, starting a new one in the complete languages', () => {
    const docs = cmsCollections().find((c) => c.name === 'news') as { i18n: { locales: string[]; initial_locales: string[] } };
    expect(docs.i18n.locales).toEqual(['vi', 'en', 'zh-Hant', 'ja', 'ko']);
    expect(docs.i18n.initial_locales).toEqual(['vi', 'en']);
  });

  it('offers the closed lists as selects with exactly their values', () => {
    const options = (f: CmsField) => (f.options as { value: string; label: string }[]).map((o) => o.value);
    const field = fieldAt;
    expect(field('zones', 'kind').widget).toBe('select');
    expect(options(field('zones', 'kind'))).toEqual([...ZONE_KINDS]);
    expect(options(field('zones', 'leasePrice.unit'))).toEqual([...LEASE_UNITS]);
    expect(options(field('projects', 'form'))).toEqual([...INVESTMENT_FORMS]);
    expect(options(field('projects', 'status'))).toEqual([...PROJECT_STATUSES]);
    expect(options(field('datasets', 'chart'))).toEqual([...CHART_KINDS]);
    expect(options(field('projects', 'capital.currency'))).toEqual(['VND', 'USD']);
    const labels = (field('projects', 'status').options as { label: string }[]).map((o) => o.label);
    expect(labels).toContain('Đang kêu gọi đầu tư');
  });

  it('makes numbers numbers, dates date pickers and the optional fields optional', () => {
    const field = fieldAt;
    expect(field('projects', 'landArea')).toMatchObject({ widget: 'number', value_type: 'float', min: 0 });
    expect(field('sectors', 'order')).toMatchObject({ widget: 'number', value_type: 'int' });
    expect(field('zones', 'location.lat')).toMatchObject({ widget: 'number', min: -90, max: 90 });
    expect(field('projects', 'asOf')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(field('news', 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ' });
    expect(field('projects', 'location').required).toBe(false);
    expect(field('zones', 'tenants')).toMatchObject({ widget: 'list', required: false });
    expect(field('projects', 'sources')).toMatchObject({ widget: 'list', min: 1 });
    expect(field('projects', 'code').pattern).toEqual([String.raw`^[A-Z]{2,4}-\d{4}-\d{2,3}$`, expect.any(String)]);
  });

  it('makes every reference a relation to the records the content check resolves it in, and nothing else a relation', () => {
    const tree = loadContentTree('content');
    const ids = {
      sectors: tree.sectors.map((s) => s.data.id),
      zones: tree.zones.map((z) => z.data.id),
      tags: tree.tags.map((t) => t.data.id),
      legal: tree.legal.map((d) => d.data.id),
      pages: tree.pages.filter((p) => p.locale === 'vi').map((p) => p.data.key),
    };
    const relations: string[] = [];
    for (const kind of KINDS) {
      for (const [p, f] of walk(configured(kind))) {
        const target = referenceAt(kind, p.split('.'));
        if (f.widget === 'relation') relations.push(`${kind}.${p}`);
        if (!target) continue;
        const where = `${kind}.${p}`;
        expect(f.widget, where).toBe('relation');
        expect(f.collection, where).toBe(target === 'tags' ? 'settings' : target);
        expect(f.value_field, where).toBe(target === 'tags' ? 'tags.*.id' : target === 'pages' ? 'key' : 'id');
        expect(ids[target].length, where).toBeGreaterThan(0);
      }
    }
    // Every named reference is a field, and the cost tables' and zones' `basis` fields are the rest.
    expect(relations).toEqual(expect.arrayContaining(Object.keys(REFERENCES)));
    expect(relations.filter((r) => !(r in REFERENCES)).sort()).toEqual(
      [
        ...['wageRegion', 'managementFee', 'wastewater'].map((k) => `zones.costs.${k}.basis`),
        'minimum-wage.basis',
        'contributions.basis',
        'contributions.items.basis',
        'contributions.ceilings.si-hi.basis',
        'contributions.ceilings.ui.basis',
        'contributions.baseSalary.basis',
        'electricity.basis',
        'electricity.timeBands.basis',
        'water.basis',
        'wages.basis',
        'wages.levels.basis',
      ].sort(),
    );
  });

  it('has projects, pages, the procedure and the legal register cite documents of the register, picked by number and title', () => {
    const legalBasis = fieldAt('projects', 'legalBasis');
    expect(legalBasis).toMatchObject({ widget: 'relation', collection: 'legal', value_field: 'id', multiple: true, min: 1, display_fields: ['{{number}} · {{title.vi}}'] });
    expect(legalBasis.required).toBeUndefined();
    expect(legalBasis.search_fields).toEqual(expect.arrayContaining(['number', 'title.vi', 'title.en']));
    expect(fieldAt('procedure', 'steps.basis')).toMatchObject({ widget: 'relation', collection: 'legal', multiple: true, min: 1 });
    expect(fieldAt('pages', 'cites')).toMatchObject({ widget: 'relation', collection: 'legal', multiple: true, required: false, i18n: 'duplicate' });
    expect(fieldAt('pages', 'shows')).toMatchObject({ widget: 'select', required: false, i18n: 'duplicate', options: [{ value: 'procedure', label: 'Các bước thủ tục' }] });
    expect(fieldAt('legal', 'amendedBy')).toMatchObject({ widget: 'relation', collection: 'legal', multiple: true, required: false });
    expect(fieldAt('legal', 'replacedBy')).toMatchObject({ widget: 'relation', collection: 'legal', multiple: false, required: false });
    expect(Object.keys(optionLabels(fieldAt('legal', 'status')))).toEqual([...LEGAL_STATUSES]);
  });

  it('has each rate cite the documents it rests on, at every depth of the cost tables and of a zone\'s costs', () => {
    for (const [kind, p] of [
      ['minimum-wage', 'basis'],
      ['contributions', 'items.basis'],
      ['contributions', 'ceilings.si-hi.basis'],
      ['contributions', 'baseSalary.basis'],
      ['electricity', 'timeBands.basis'],
      ['wages', 'levels.basis'],
      ['zones', 'costs.managementFee.basis'],
    ] as [Kind, string][]) {
      expect(fieldAt(kind, p), `${kind}.${p}`).toMatchObject({ widget: 'relation', collection: 'legal', value_field: 'id', multiple: true, required: false, label: 'Căn cứ pháp lý (basis)' });
    }
    // A rate's provenance reads as such: checked on a day, not "figures as of".
    expect(fieldAt('zones', 'costs.wageRegion.asOf').label).toBe('Ngày kiểm tra (asOf)');
    expect(fieldAt('zones', 'asOf').label).toBe('Số liệu tính đến ngày (asOf)');
    expect(fieldAt('electricity', 'timeBands.periods.days').label).toBe('Ngày áp dụng (days)');
  });

  it('gives the cost tables\' closed lists their Vietnamese names', () => {
    expect(optionLabels(fieldAt('minimum-wage', 'regions.region'))).toEqual({ I: 'Vùng I', II: 'Vùng II', III: 'Vùng III', IV: 'Vùng IV' });
    expect(optionLabels(fieldAt('zones', 'costs.wageRegion.region'))).toEqual({ I: 'Vùng I', II: 'Vùng II', III: 'Vùng III', IV: 'Vùng IV' });
    expect(optionLabels(fieldAt('wages', 'levels.level'))).toEqual({ worker: 'Công nhân', technician: 'Kỹ thuật viên', engineer: 'Kỹ sư', manager: 'Quản lý' });
    expect(optionLabels(fieldAt('electricity', 'timeBands.periods.band'))).toEqual({ normal: 'Giờ bình thường', offPeak: 'Giờ thấp điểm', peak: 'Giờ cao điểm' });
    for (const [kind, p, values] of [
      ['minimum-wage', 'regions.region', WAGE_REGIONS],
      ['wages', 'levels.level', WAGE_LEVELS],
      ['electricity', 'tariffs.voltage', VOLTAGE_LEVELS],
      ['electricity', 'timeBands.periods.band', TIME_BANDS],
      ['electricity', 'timeBands.periods.days', BAND_DAYS],
      ['contributions', 'items.ceiling', CEILINGS],
    ] as [Kind, string, readonly string[]][]) {
      const labels = optionLabels(fieldAt(kind, p));
      expect(Object.keys(labels), `${kind}.${p}`).toEqual([...values]);
      // A name in words, not the value itself.
      for (const v of values) expect(labels[v], `${kind}.${p}: ${v}`).not.toBe(v);
    }
    expect(optionLabels(fieldAt('electricity', 'tariffs.voltage'))['from-110kv']).toBe('Từ 110 kV trở lên');
    // The unit a zone's fee is written in is fixed, and shown.
    expect(fieldAt('zones', 'costs.managementFee.unit')).toMatchObject({ widget: 'select', default: 'm2-year', options: [{ value: 'm2-year', label: 'mỗi m² mỗi năm' }] });
    expect(fieldAt('zones', 'costs.wastewater.unit')).toMatchObject({ default: 'm3', options: [{ value: 'm3', label: 'mỗi m³' }] });
    // An optional one-value choice is not preset: saving a page would otherwise add it.
    expect(fieldAt('pages', 'shows')).toMatchObject({ widget: 'select', required: false, options: [{ value: 'procedure' }] });
    expect(fieldAt('pages', 'shows')).not.toHaveProperty('default');
    expect(fieldAt('electricity', 'timeBands.periods.from').pattern).toEqual([expect.stringContaining('24:00'), 'Giờ:phút từ 00:00 đến 24:00, ví dụ 22:00']);
    expect(fieldAt('contributions', 'items.employer')).toMatchObject({ widget: 'number', value_type: 'float', min: 0, max: 100 });
  });

  it('lists the legal register by number, newest first, with new ids made from the number', () => {
    expect(collection('legal')).toMatchObject({
      folder: 'content/legal',
      format: 'json',
      create: true,
      identifier_field: 'title.vi',
      summary: '{{number}} · {{title.vi}}',
      slug: { template: '{{number}}', editable: ['create'] },
      sortable_fields: { fields: expect.arrayContaining(['signed', 'number', 'title.vi']), default: { field: 'signed', direction: 'descending' } },
    });
    expect(fieldAt('legal', 'id')).toMatchObject({ readonly: true, required: false });
  });

  it('gives every record the CMS creates its id when first saved (src/admin/identity.ts)', () => {
    const creatable = collections.filter((c) => c.create === true && c.folder).map((c) => c.name as string);
    expect(creatable).toContain('legal');
    for (const name of creatable) expect(IDENTITY_FIELD[name], `${name}: no identity field in src/admin/identity.ts`).toBeDefined();
  });

  it('keeps the department, the procedure, the news topics and each cost table as a file of the settings collection', () => {
    const files = collection('settings').files as { name: string; file: string; format: string; label: string }[];
    expect(files.map((f) => f.name)).toEqual(['site', 'procedure', 'tags', ...COST_KINDS]);
    for (const kind of COST_KINDS) {
      expect(files.find((f) => f.name === kind), kind).toMatchObject({ file: `content/costs/${kind}.json`, format: 'json', label: expect.stringMatching(/^Bảng giá: /) });
    }
    expect(files.find((f) => f.name === 'procedure')).toMatchObject({ file: 'content/procedure.json', format: 'json' });
    expect(collection('settings').description).toMatch(/thủ tục.*chủ đề tin tức.*bảng giá/);
  });

  it('is a configuration Sveltia accepts, by its own JSON schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    ajv.addFormat('regex', true);
    ajv.addFormat('uri', true);
    const validate = ajv.compile(JSON.parse(readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8')));
    const config = cmsConfig(readCmsSettings('content'), 'https://example.vn');
    expect(validate(config), ajv.errorsText(validate.errors)).toBe(true);
    // The schema refuses what Sveltia does not know, e.g. a description on a file.
    const wrong = structuredClone(config) as { collections: { files?: Record<string, unknown>[] }[] };
    wrong.collections.at(-1)!.files![0]!.description = 'x';
    expect(validate(wrong)).toBe(false);
  });

  it('names the same references as the content check (a dangling value in each is refused)', () => {
    type Data = any; // a content file's JSON, edited in place
    /** The first legal document with a value in this field (the register changes; the test should not). */
    const legalWith = (field: 'amendedBy' | 'replacedBy') => `legal/${readdirSync('content/legal').find((f) => JSON.parse(readFileSync(`content/legal/${f}`, 'utf8'))[field]?.length)}`;
    const samples: Record<string, { file: string; set?: (d: Data) => void; edit?: (text: string) => string }> = {
      'projects.sector': { file: 'projects/waste-to-energy-plant.json', set: (d) => (d.sector = 'no-such-id') },
      'projects.zone': { file: 'projects/semiconductor-packaging-plant.json', set: (d) => (d.zone = 'no-such-id') },
      'projects.legalBasis': { file: 'projects/waste-to-energy-plant.json', set: (d) => (d.legalBasis = ['no-such-id']) },
      'zones.targetSectors': { file: 'zones/vsip-1.json', set: (d) => ((d.targetSectors as string[])[0] = 'no-such-id') },
      'datasets.sectors': { file: 'datasets/fdi-cumulative.json', set: (d) => (d.sectors = ['no-such-id']) },
      'datasets.zones': { file: 'datasets/fdi-cumulative.json', set: (d) => (d.zones = ['no-such-id']) },
      'pages.cites': { file: 'pages/vi/procedures.mdx', edit: (t) => t.replace(/^cites:\n/m, 'cites:\n  - "no-such-id"\n') },
      'site.notices.link': { file: 'site.json', set: (d) => (d.notices[0].link = 'no-such-id') },
      'site.guides': { file: 'site.json', set: (d) => (d.guides = ['no-such-id']) },
      'procedure.steps.basis': { file: 'procedure.json', set: (d) => (d.steps[0].basis = ['no-such-id']) },
      'legal.amendedBy': { file: legalWith('amendedBy'), set: (d) => (d.amendedBy = ['no-such-id']) },
      'legal.replacedBy': { file: legalWith('replacedBy'), set: (d) => (d.replacedBy = 'no-such-id') },
    };
    // And the one rule for the rates: any `basis` in a cost table or a zone's costs.
    const basis: typeof samples = {
      'contributions.items.basis': { file: 'costs/contributions.json', set: (d) => (d.items[0].basis = ['no-such-id']) },
      'electricity.timeBands.basis': { file: 'costs/electricity.json', set: (d) => (d.timeBands[0].basis = ['no-such-id']) },
      'zones.costs.wageRegion.basis': { file: 'zones/vsip-1.json', set: (d) => (d.costs.wageRegion.basis = ['no-such-id']) },
    };
    expect(Object.keys(REFERENCES).filter((k) => !k.startsWith('news.')).sort()).toEqual(Object.keys(samples).sort());
    for (const where of Object.keys(basis)) expect(referenceAt(where.split('.')[0] as Kind, where.split('.').slice(1)), where).toBe('legal');
    for (const [where, { file, set, edit }] of Object.entries({ ...samples, ...basis })) {
      mkdirSync(path.resolve('tests/.tmp'), { recursive: true });
      const root = mkdtempSync(path.resolve('tests/.tmp/cms-ref-'));
      try {
        cpSync('content', root, { recursive: true });
        const before = readFileSync(path.join(root, file), 'utf8');
        let after: string;
        if (edit) after = edit(before);
        else {
          const data = JSON.parse(before);
          set!(data);
          after = JSON.stringify(data);
        }
        expect(after, where).not.toBe(before);
        writeFileSync(path.join(root, file), after);
        const err = (() => {
          try {
            loadContentTree(root);
          } catch (e) {
            return e as ContentError;
          }
        })();
        expect(err, where).toBeInstanceOf(ContentError);
        expect(err!.problems.map((p) => `${p.field}: ${p.expected}`).join('\n'), where).toContain(`content/${REFERENCES[where] ?? 'legal'}/`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it('pairs articles and pages by their key, which it never rewrites, and lets staff add and remove pages', () => {
    for (const name of ['news', 'pages']) {
      const c = collection(name);
      expect(c.i18n).toMatchObject({ structure: 'multiple_folders', canonical_slug: { key: 'key' } });
      expect((c.fields as CmsField[]).map((f) => f.name)).not.toContain('key');
    }
    expect(collection('pages')).toMatchObject({ create: true, delete: true, slug: { template: '{{title}}', editable: ['create'] } });
    const pageShared = (collection('pages').fields as CmsField[]).filter((f) => f.i18n === 'duplicate').map((f) => f.name);
    expect(pageShared).toEqual(['order', 'menu', 'cites', 'shows']);
    const shared = (collection('news').fields as CmsField[]).filter((f) => f.i18n === 'duplicate').map((f) => f.name);
    expect(shared).toEqual(['date', 'tags', 'sectors']);
  });

  it('writes what the schemas accept: empty optional fields left out, pictures under content/images/ where the build optimizes them, ASCII slugs', () => {
    const config = cmsConfig(readCmsSettings('content'), 'https://example.vn');
    expect(config).toMatchObject({
      output: { omit_empty_optional_fields: true },
      media_folder: 'content/images',
      slug: { encoding: 'ascii', clean_accents: true },
    });
    expect(JSON.stringify(config)).not.toContain('public/');
    // Each collection saves into its own folder and writes the path relative to the entry file,
    // which is how the content check and Astro's image pipeline resolve it.
    expect(collection('zones')).toMatchObject({ media_folder: '/content/images/zones', public_folder: '../images/zones' });
    expect(collection('news')).toMatchObject({ media_folder: '/content/images/news', public_folder: '../../images/news' });
    const photos = (collection('zones').fields as CmsField[]).find((f) => f.name === 'photos')!;
    const src = (photos.fields as CmsField[]).find((f) => f.name === 'src')!;
    expect(src).toMatchObject({ widget: 'image', accept: 'image/jpeg,image/png,image/webp,image/avif', choose_url: false });
    // A translation uses the original's file, with its own alt text.
    const lead = (collection('news').fields as CmsField[]).find((f) => f.name === 'image')!;
    expect((lead.fields as CmsField[]).map((f) => [f.name, f.i18n])).toEqual([['src', 'duplicate'], ['alt', undefined], ['caption', undefined], ['credit', undefined], ['date', undefined]]);
    expect(lead.i18n).toBe(true);
  });
});

describe('the sample content in the CMS field order', () => {
  // Sveltia writes keys in its field order; files in that order are saved back unchanged.
  function order(value: unknown, fields: CmsField[], where: string, out: string[]) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return;
    const names = fields.map((f) => f.name);
    const keys = Object.keys(value);
    const expected = names.filter((n) => keys.includes(n));
    if (keys.join() !== expected.join()) out.push(`${where}: ${keys.join(', ')}`);
    for (const f of fields) {
      const v = (value as Record<string, unknown>)[f.name];
      const sub = (f.fields as CmsField[] | undefined) ?? ((f.field as CmsField | undefined)?.fields as CmsField[] | undefined);
      if (!sub) continue;
      if (Array.isArray(v)) v.forEach((item, i) => order(item, sub, `${where}.${f.name}[${i}]`, out));
      else order(v, sub, `${where}.${f.name}`, out);
    }
  }

  /** Differences between a JSON file and what the CMS would write for it. */
  function asWritten(file: string, fields: CmsField[], out: string[]) {
    const text = readFileSync(`content/${file}`, 'utf8');
    const data = JSON.parse(text);
    if (Array.isArray(data)) data.forEach((item, i) => order(item, fields, `${file}[${i}]`, out));
    else order(data, fields, file, out);
    if (/": \[\]/.test(text)) out.push(`${file}: an empty list the CMS would leave out`);
    const written = `${JSON.stringify(data, null, 2)}\n`;
    if (text !== written) {
      const line = text.split('\n').findIndex((l, i) => l !== written.split('\n')[i]);
      out.push(`${file}: not written as the CMS writes (line ${line + 1}: ${text.split('\n')[line]?.trim()})`);
    }
  }

  it('has every JSON record, the procedure, the cost tables, site.json and tags.json in that order, with no empty optional list', () => {
    const out: string[] = [];
    for (const kind of ['sectors', 'zones', 'projects', 'datasets', 'legal'] as const) {
      for (const f of readdirSync(`content/${kind}`)) asWritten(`${kind}/${f}`, configured(kind), out);
    }
    asWritten('procedure.json', configured('procedure'), out);
    for (const kind of COST_KINDS) asWritten(`costs/${kind}.json`, configured(kind), out);
    order(JSON.parse(readFileSync('content/site.json', 'utf8')), configured('site'), 'site.json', out);
    asWritten('tags.json', configured('tags'), out);
    expect(out).toEqual([]);
  });

  it('has the front matter of every article and page in that order (its key first), with no empty optional list', () => {
    const out: string[] = [];
    for (const kind of ['news', 'pages'] as const) {
      for (const locale of readdirSync(`content/${kind}`)) {
        for (const f of readdirSync(`content/${kind}/${locale}`)) {
          const file = `${kind}/${locale}/${f}`;
          const front = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(`content/${file}`, 'utf8'))![1]!;
          const fields = [{ name: 'key', widget: 'string', label: 'key' }, ...configured(kind)];
          order(parseYaml(front), fields, file, out);
          if (/: \[\]$/m.test(front)) out.push(`${file}: an empty list the CMS would leave out`);
        }
      }
    }
    expect(out).toEqual([]);
  });
});

describe('a new entry made in the CMS', () => {
  /** A stand-in for the Immutable.js map Sveltia hands to its preSave hook. */
  function entry(value: Record<string, unknown>): EntryMap {
    const getIn = (p: string[]) => p.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], value);
    const setIn = (p: string[], v: unknown): EntryMap => {
      const copy = structuredClone(value);
      let o = copy as Record<string, unknown>;
      for (const k of p.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
      o[p.at(-1)!] = v;
      return entry(copy);
    };
    return {
      get: (k) => (k === 'i18n' && value.i18n ? { keys: () => Object.keys(value.i18n as object) } : value[k]),
      getIn,
      setIn,
      toJSON: () => value,
    } as EntryMap & { toJSON(): unknown };
  }
  const data = (e: EntryMap | undefined) => (e as unknown as { toJSON(): Record<string, unknown> }).toJSON();

  it('takes its id from the file name the CMS made out of the Vietnamese title', () => {
    const saved = newEntryIdentity(entry({ collection: 'projects', newRecord: true, slug: 'nha-may-dong-tau-dinh-vu', data: { title: { vi: 'Nhà máy đóng tàu Đình Vũ' } }, i18n: {} }));
    expect(data(saved).data).toEqual({ id: 'nha-may-dong-tau-dinh-vu', title: { vi: 'Nhà máy đóng tàu Đình Vũ' } });
  });

  it('gives an article and its translation the same key', () => {
    const saved = newEntryIdentity(entry({ collection: 'news', newRecord: true, slug: 'doan-doanh-nghiep', data: { title: 'Đoàn doanh nghiệp' }, i18n: { en: { data: { title: 'Delegation' } } } }));
    expect(data(saved).data).toEqual({ key: 'doan-doanh-nghiep', title: 'Đoàn doanh nghiệp' });
    expect(data(saved).i18n).toEqual({ en: { data: { key: 'doan-doanh-nghiep', title: 'Delegation' } } });
  });

  it('gives a new standing page its key in every language', () => {
    const saved = newEntryIdentity(entry({ collection: 'pages', newRecord: true, slug: 'cau-hoi-thuong-gap', data: { title: 'Câu hỏi thường gặp' }, i18n: { en: { data: { title: 'FAQ' } } } }));
    expect(data(saved).data).toEqual({ key: 'cau-hoi-thuong-gap', title: 'Câu hỏi thường gặp' });
    expect(data(saved).i18n).toEqual({ en: { data: { key: 'cau-hoi-thuong-gap', title: 'FAQ' } } });
  });

  it('never rewrites the id or key of an existing entry', () => {
    expect(newEntryIdentity(entry({ collection: 'projects', newRecord: false, slug: 'other', data: { id: 'waste-to-energy-plant' } }))).toBeUndefined();
    expect(newEntryIdentity(entry({ collection: 'news', newRecord: false, slug: 'other', data: { key: 'vung-kinh-te-trong-diem-2020' } }))).toBeUndefined();
  });
});

describe('the repository connection (content/cms.json)', () => {
  const write = (value: unknown) => {
    mkdirSync(path.resolve('tests/.tmp'), { recursive: true });
    const dir = mkdtempSync(path.resolve('tests/.tmp/cms-settings-'));
    writeFileSync(path.join(dir, 'cms.json'), JSON.stringify(value));
    return dir;
  };

  it('reviews before publishing on GitHub and GitLab unless the department turns it off, and offers urgent corrections only when allowed', () => {
    const gh = { backend: 'github', repo: 'so/web', branch: 'main', authUrl: 'https://auth.example.workers.dev' } as const;
    const names = (c: Record<string, unknown>) => (c.collections as { name: string }[]).map((x) => x.name);
    const byDefault = cmsConfig(gh, 'https://x.vn');
    expect(byDefault.publish_mode).toBe('editorial_workflow');
    expect(names(byDefault).some((n) => n.startsWith(URGENT_PREFIX))).toBe(false);
    expect(cmsConfig({ ...gh, review: { required: false, urgentMaySkip: false } }, 'https://x.vn').publish_mode).toBe('simple');
    const urgent = cmsConfig({ ...gh, review: { required: true, urgentMaySkip: true } }, 'https://x.vn');
    const all = urgent.collections as Record<string, unknown>[];
    const plain = all.filter((c) => !(c.name as string).startsWith(URGENT_PREFIX));
    const quick = all.filter((c) => (c.name as string).startsWith(URGENT_PREFIX));
    // Each collection once more, saving straight to the live site, for existing entries only.
    expect(quick.map((c) => c.name)).toEqual(plain.map((c) => `${URGENT_PREFIX}${c.name as string}`));
    for (const c of quick) {
      expect(c.publish_mode, c.name as string).toBe('simple');
      expect(c.label as string).toMatch(/^Sửa gấp: /);
      if ('folder' in c) expect(c, c.name as string).toMatchObject({ create: false, delete: false });
    }
    expect(plain.every((c) => c.publish_mode === undefined)).toBe(true);
    // Every entry in review opens on its own page of the preview site.
    expect(Object.fromEntries(plain.filter((c) => c.preview_path).map((c) => [c.name, c.preview_path]))).toEqual({
      projects: 'du-an/{{slug}}/',
      zones: 'khu-cong-nghiep/{{slug}}/',
      sectors: 'linh-vuc/{{slug}}/',
      legal: 'van-ban/{{slug}}/',
      datasets: 'so-lieu/',
      news: 'tin-tuc/{{fields.key}}/',
      pages: '{{fields.slug}}/',
    });
    // Gitea has no editorial workflow in Sveltia: asking for it is refused, naming the field.
    const gitea = { backend: 'gitea', repo: 'so/web', branch: 'main', appId: 'abc', url: 'https://codeberg.org' };
    expect(cmsConfig(gitea as CmsSettings, 'https://x.vn').publish_mode).toBe('simple');
    const dir = write({ ...gitea, review: { required: true } });
    try {
      const problems = (() => {
        try {
          readCmsSettings(dir);
        } catch (e) {
          return (e as ContentError).problems;
        }
      })();
      expect(problems).toEqual([expect.objectContaining({ field: 'review.required', expected: expect.stringContaining('GitHub and GitLab backends only') })]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('maps GitHub (through the sign-in proxy), GitLab and Gitea/Forgejo (PKCE, no server) to Sveltia backends', () => {
    const backend = (s: CmsSettings) => cmsConfig(s, 'https://x.vn').backend;
    expect(backend({ backend: 'github', repo: 'so/web', branch: 'main', authUrl: 'https://auth.example.workers.dev' })).toMatchObject({ name: 'github', repo: 'so/web', base_url: 'https://auth.example.workers.dev' });
    expect(backend({ backend: 'gitlab', repo: 'so/web', branch: 'main', appId: 'abc', url: 'https://gitlab.com' })).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc', api_root: 'https://gitlab.com/api/v4' });
    expect(backend({ backend: 'gitea', repo: 'so/web', branch: 'main', appId: 'abc', url: 'https://codeberg.org' })).toMatchObject({ name: 'gitea', app_id: 'abc', base_url: 'https://codeberg.org', api_root: 'https://codeberg.org/api/v1' });
  });

  it('names the file and the field when the connection is wrong', () => {
    const dir = write({ backend: 'github', repo: 'no slash', authUrl: 'http://insecure.example' });
    try {
      expect(() => readCmsSettings(dir)).toThrow(ContentError);
      const problems = (() => {
        try {
          readCmsSettings(dir);
        } catch (e) {
          return (e as ContentError).problems;
        }
      })()!;
      expect(problems.map((p) => p.field).sort()).toEqual(['authUrl', 'repo']);
      expect(problems[0]!.file).toMatch(/cms\.json$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the header table', () => {
  const table = headerTable({ backend: 'gitlab', repo: 'so/web', branch: 'main', appId: 'abc', url: 'https://git.so.gov.vn' });
  const admin = table.classes.find((c) => c.paths.includes('/admin/*'))!;

  it('gives /admin/ its own CSP: unsafe-inline styles there only, blob:, and the git host in connect-src', () => {
    const csp = admin.headers['Content-Security-Policy']!;
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' blob: data: https://git.so.gov.vn");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(table.classes.filter((c) => /unsafe-inline/.test(c.headers['Content-Security-Policy'] ?? '')).map((c) => c.name)).toEqual(['admin']);
  });

  it('lets the sign-in popup talk back and keeps /admin/ out of search engines', () => {
    expect(admin.headers).toMatchObject({ 'Cross-Origin-Opener-Policy': 'same-origin-allow-popups', 'X-Robots-Tag': 'noindex, nofollow' });
  });

  it('follows the git host: GitHub needs its API and status page', () => {
    const gh = headerTable({ backend: 'github', repo: 'so/web', branch: 'main', authUrl: 'https://a.workers.dev' }).classes[0]!.headers['Content-Security-Policy']!;
    expect(gh).toContain('https://api.github.com https://www.githubstatus.com');
    expect(gh).toMatch(/img-src [^;]*https:\/\/\*\.githubusercontent\.com/);
  });
});

it('builds every collection without error', () => {
  expect(collections.map((c) => c.name)).toEqual(['projects', 'zones', 'sectors', 'datasets', 'legal', 'news', 'pages', 'settings']);
  expect(cmsFields('projects')[0]).toMatchObject({ name: 'id', readonly: true });
});
