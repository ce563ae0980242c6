import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { columnGroups, projectColumns, recordsFromCsv, recordsToCsv, zoneColumns } from '../../src/lib/open-data.ts';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { projectSchema, zoneSchema } from '../../src/lib/schema.ts';

const tree = loadContentTree('content');
const derive = { site: tree.site, url: (id: string, l: string) => `https://x.test/${l}/${id}/` };
const projects = tree.projects.map((f) => f.data);
const zones = tree.zones.map((f) => f.data);

describe('open data CSV', () => {
  it('round-trips projects: parse the file, get the content back', () => {
    const csv = recordsToCsv(projects, projectColumns(derive));
    const back = recordsFromCsv(csv, projectColumns(derive)).map((r) => projectSchema.parse(r));
    expect(back).toEqual(projects);
  });

  it('round-trips zones: parse the file, get the content back', () => {
    const csv = recordsToCsv(zones, zoneColumns(derive));
    const back = recordsFromCsv(csv, zoneColumns(derive)).map((r) => zoneSchema.parse(r));
    expect(back).toEqual(zones);
  });

  it('keeps a missing English text missing, not empty', () => {
    const p = { ...projects[0]!, title: { vi: 'Chỉ có tiếng Việt' }, zone: undefined, location: { vi: 'Bến Cát', en: 'Ben Cat' } };
    const [back] = recordsFromCsv(recordsToCsv([p], projectColumns(derive)), projectColumns(derive));
    expect(back!.title).toEqual({ vi: 'Chỉ có tiếng Việt' });
    expect(back!).not.toHaveProperty('zone');
  });

  it('writes one column per field with derived USD figures and page URLs', () => {
    const [header, ...rows] = parseCsv(recordsToCsv(projects, projectColumns(derive)));
    expect(new Set(header).size).toBe(header!.length);
    const col = (n: string) => header!.indexOf(n);
    const vnd = projects.findIndex((p) => p.capital.currency === 'VND');
    const p = projects[vnd]!;
    const rate = tree.site.exchangeRate.usdToVnd;
    expect(Number(rows[vnd]![col('capital_usd')])).toBe(Math.round(p.capital.amount / rate));
    expect(Number(rows[vnd]![col('investment_per_ha_usd')])).toBe(Math.round(p.capital.amount / rate / p.landArea));
    expect(rows[vnd]![col('url_en')]).toBe(`https://x.test/en/${p.id}/`);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it('gives each text a column per language, empty where it is not translated', () => {
    const [header, ...rows] = parseCsv(recordsToCsv(projects, projectColumns(derive)));
    expect(header!.filter((h) => h.startsWith('title_'))).toEqual(['title_vi', 'title_en', 'title_zh_hant', 'title_ja', 'title_ko']);
    expect(header).toEqual(expect.arrayContaining(['url_ja', 'legal_basis', 'contact_role_zh_hant']));
    const col = (n: string) => header!.indexOf(n);
    expect(rows[0]![col('title_ja')]).toBe(projects[0]!.title.ja);
    expect(rows.every((r) => r[col('district_ko')] === '')).toBe(true); // the sample translates no district
  });
});

describe('column documentation groups', () => {
  it('groups the languages of a field and keeps a base column apart from its labels', () => {
    expect(columnGroups(['id', 'title_vi', 'title_en', 'title_zh_hant', 'category', 'category_vi', 'category_en'])).toEqual([
      { key: 'id', columns: ['id'] },
      { key: 'title', columns: ['title_vi', 'title_en', 'title_zh_hant'] },
      { key: 'category', columns: ['category'] },
      { key: 'category_label', columns: ['category_vi', 'category_en'] },
    ]);
  });
});
