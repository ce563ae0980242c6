// The CMS configuration is generated from the schemas: every schema field has its CMS field and
// no CMS field lacks a schema field; closed lists are selects, references are relations to the
// collections the content check resolves them in; what the CMS would write keeps the files' order.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { newEntryIdentity, type EntryMap } from '../../src/admin/identity.ts';
import { cmsCollections, cmsConfig, cmsField, cmsFields, coverage, REFERENCES, SCHEMAS, type CmsField, type Kind } from '../../src/lib/cms/config.ts';
import { readCmsSettings, type CmsSettings } from '../../src/lib/cms/settings.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { ContentError } from '../../src/lib/content/problems.ts';
import { headerTable } from '../../src/lib/headers.ts';
import { CHART_KINDS, INVESTMENT_FORMS, LEASE_UNITS, PROJECT_STATUSES, ZONE_KINDS } from '../../src/lib/vocab.ts';

const collections = cmsCollections();
const collection = (name: string) => collections.find((c) => c.name === name) as Record<string, unknown>;
const settingsFile = (name: string) => (collection('settings').files as { name: string; fields: CmsField[] }[]).find((f) => f.name === name)!;

/** The fields as they are in the configuration Sveltia reads, per kind of content. */
function configured(kind: Kind): CmsField[] {
  if (kind === 'site') return settingsFile('site').fields;
  if (kind === 'tags') return settingsFile('tags').fields[0]!.fields as CmsField[];
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

describe('the CMS configuration from the schemas', () => {
  it.each(KINDS)('has a CMS field for every %s schema field, and no other', (kind) => {
    expect(coverage(kind, configured(kind))).toEqual({ missing: [], extra: [] });
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
    const field = (kind: Kind, p: string) => walk(configured(kind)).find(([q]) => q === p)![1];
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
    const field = (kind: Kind, p: string) => walk(configured(kind)).find(([q]) => q === p)![1];
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

  it('makes every reference a relation to the records the content check resolves it in', () => {
    const tree = loadContentTree('content');
    const ids = { sectors: tree.sectors.map((s) => s.data.id), zones: tree.zones.map((z) => z.data.id), tags: tree.tags.map((t) => t.data.id) };
    for (const [where, target] of Object.entries(REFERENCES)) {
      const [kind, name] = where.split('.') as [Kind, string];
      const f = configured(kind).find((x) => x.name === name)!;
      expect(f.widget, where).toBe('relation');
      expect(f.collection, where).toBe(target === 'tags' ? 'settings' : target);
      expect(f.value_field, where).toBe(target === 'tags' ? 'tags.*.id' : 'id');
      expect(ids[target].length, where).toBeGreaterThan(0);
    }
  });

  it('names the same references as the content check (a dangling value in each is refused)', () => {
    const samples: Record<string, { file: string; set: (d: Record<string, unknown>) => void }> = {
      'projects.sector': { file: 'projects/waste-to-energy-plant.json', set: (d) => (d.sector = 'no-such-id') },
      'projects.zone': { file: 'projects/semiconductor-packaging-plant.json', set: (d) => (d.zone = 'no-such-id') },
      'zones.targetSectors': { file: 'zones/vsip-1.json', set: (d) => ((d.targetSectors as string[])[0] = 'no-such-id') },
      'datasets.sectors': { file: 'datasets/fdi-cumulative.json', set: (d) => (d.sectors = ['no-such-id']) },
      'datasets.zones': { file: 'datasets/fdi-cumulative.json', set: (d) => (d.zones = ['no-such-id']) },
    };
    expect(Object.keys(REFERENCES).filter((k) => !k.startsWith('news.')).sort()).toEqual(Object.keys(samples).sort());
    for (const [where, { file, set }] of Object.entries(samples)) {
      const root = mkdtempSync(path.resolve('tests/.tmp/cms-ref-'));
      try {
        cpSync('content', root, { recursive: true });
        const data = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
        set(data);
        writeFileSync(path.join(root, file), JSON.stringify(data));
        const err = (() => {
          try {
            loadContentTree(root);
          } catch (e) {
            return e as ContentError;
          }
        })();
        expect(err, where).toBeInstanceOf(ContentError);
        expect(err!.problems.map((p) => `${p.field}: ${p.expected}`).join('\n'), where).toContain(`content/${REFERENCES[where]}/`);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
  });

  it('pairs articles and pages by their key, which it never rewrites, and keeps pages a fixed set', () => {
    for (const name of ['news', 'pages']) {
      const c = collection(name);
      expect(c.i18n).toMatchObject({ structure: 'multiple_folders', canonical_slug: { key: 'key' } });
      expect((c.fields as CmsField[]).map((f) => f.name)).not.toContain('key');
    }
    expect(collection('pages')).toMatchObject({ create: false, delete: false });
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

  it('has every JSON record, site.json and tags.json in that order, with no empty optional list', () => {
    const out: string[] = [];
    for (const kind of ['sectors', 'zones', 'projects', 'datasets'] as const) {
      for (const f of readdirSync(`content/${kind}`)) {
        const text = readFileSync(`content/${kind}/${f}`, 'utf8');
        order(JSON.parse(text), configured(kind), `${kind}/${f}`, out);
        if (/": \[\]/.test(text)) out.push(`${kind}/${f}: an empty list the CMS would leave out`);
        if (text !== `${JSON.stringify(JSON.parse(text), null, 2)}\n`) out.push(`${kind}/${f}: not indented as the CMS writes`);
      }
    }
    order(JSON.parse(readFileSync('content/site.json', 'utf8')), configured('site'), 'site.json', out);
    for (const [i, tag] of JSON.parse(readFileSync('content/tags.json', 'utf8')).entries()) order(tag, configured('tags'), `tags.json[${i}]`, out);
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

  it('never rewrites the id or key of an existing entry', () => {
    expect(newEntryIdentity(entry({ collection: 'projects', newRecord: false, slug: 'other', data: { id: 'waste-to-energy-plant' } }))).toBeUndefined();
    expect(newEntryIdentity(entry({ collection: 'news', newRecord: false, slug: 'other', data: { key: 'vung-kinh-te-trong-diem-2020' } }))).toBeUndefined();
  });
});

describe('the repository connection (content/cms.json)', () => {
  const write = (value: unknown) => {
    const dir = mkdtempSync(path.resolve('tests/.tmp/cms-settings-'));
    writeFileSync(path.join(dir, 'cms.json'), JSON.stringify(value));
    return dir;
  };

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
  expect(collections.map((c) => c.name)).toEqual(['projects', 'zones', 'sectors', 'datasets', 'news', 'pages', 'settings']);
  expect(cmsFields('projects')[0]).toMatchObject({ name: 'id', readonly: true });
});
