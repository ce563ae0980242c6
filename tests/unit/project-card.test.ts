// One function renders a project's card for the static list and for the finder's results.
import { describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { escapeHtml, packIndex, projectCardHtml, unpackIndex, type CardLabels } from '../../src/lib/project-card.ts';
import { excerpt, toProjectItem } from '../../src/lib/project-item.ts';
import { formatMoney, toBothCurrencies } from '../../src/lib/format.ts';

const tree = loadContentTree('content');
const rate = tree.site.exchangeRate.usdToVnd;
const labels: CardLabels = {
  base: '/en/projects/',
  capital: 'Planned investment',
  landArea: 'Land area',
  perHectare: 'Investment per hectare',
  perHectareUnit: '/ha',
  noLand: 'none needed',
  zone: 'Industrial zone',
  location: 'Location',
  highTech: 'High technology',
  green: 'Green',
  illustrative: 'Illustrative',
  statuses: { calling: 'Calling for investment' },
  sectors: Object.fromEntries(tree.sectors.map((s) => [s.data.id, s.data.name.en ?? s.data.name.vi])),
  zones: Object.fromEntries(tree.zones.map((z) => [z.data.id, z.data.name.en ?? z.data.name.vi])),
};

describe('a project card', () => {
  const p = tree.projects.find((x) => x.data.id === 'semiconductor-packaging-plant')!.data;
  const html = projectCardHtml(toProjectItem(p, rate, 'en'), labels);

  it('links the title to the fact sheet and shows code, sector, capital in both currencies and land', () => {
    expect(html).toContain(`<a href="/en/projects/${p.id}/">${escapeHtml(p.title.en!)}</a>`);
    expect(html).toContain(p.code);
    const both = toBothCurrencies(p.capital, rate);
    expect(html).toContain(escapeHtml(formatMoney(both.usd, 'en')));
    expect(html).toContain(escapeHtml(formatMoney(both.vnd, 'en')));
    expect(html).toContain(`${p.landArea} ha`);
  });

  it('shows the start of the summary, cut at a word', () => {
    const cut = excerpt(p.summary.en!);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('…')).toBe(true);
    expect(p.summary.en!.startsWith(cut.slice(0, -1))).toBe(true);
    expect(html).toContain(`<p>${escapeHtml(cut)}</p>`);
  });

  it('marks Vietnamese text standing in for missing English with lang="vi"', () => {
    const untranslated = { ...p, title: { vi: 'Nhà máy <thử>' } };
    expect(projectCardHtml(toProjectItem(untranslated, rate, 'en'), labels)).toContain('<span lang="vi" class="untranslated">Nhà máy &lt;thử&gt;</span>');
  });

  it('is the same markup after the trip through the finder index', () => {
    const items = tree.projects.map((x) => toProjectItem(x.data, rate, 'en'));
    const back = unpackIndex(JSON.parse(JSON.stringify(packIndex({ labels, items }))));
    expect(back.items).toEqual(items);
    expect(back.items.map((i) => projectCardHtml(i, back.labels))).toEqual(items.map((i) => projectCardHtml(i, labels)));
  });
});
