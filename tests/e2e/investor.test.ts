// What a foreign investor or site-selection consultant does: filter and sort the projects, share
// the filtered URL, read and print a fact sheet, compare zones, and download the open data.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { formatArea, formatKm } from '../../src/lib/format.ts';
import { projectColumns, recordsFromCsv, zoneColumns } from '../../src/lib/open-data.ts';
import { LOCALES, projectSchema, zoneSchema, type Locale, type Localized, type Project } from '../../src/lib/schema.ts';
import { text } from '../../src/lib/localize.ts';
import { useT } from '../../src/i18n/index.ts';
import { launchChromium, serveStatic, type StaticServer } from './harness.ts';

const tree = loadContentTree('content');
const routes = routeMapFromTree(tree);
const projects = tree.projects.map((f) => f.data);
const zones = tree.zones.map((f) => f.data);
const rate = tree.site.exchangeRate.usdToVnd;
/** A text as the page in that language shows it: its own, or its fallback chain's. */
const name = (l: Localized, locale: Locale) => text(l, locale);
const usd = (p: Project) => (p.capital.currency === 'USD' ? p.capital.amount : p.capital.amount / rate);
const perHa = (p: Project) => (p.landArea > 0 ? usd(p) / p.landArea : undefined);
const codesOf = (ps: Project[]) => ps.map((p) => p.code).sort();

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchChromium();
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const url = (key: string, locale: Locale, query = '') => `${server.origin}${routes.href(key, locale)}${query}`;
// The codes on the cards shown, once the finder has finished (the list is aria-busy while it fetches).
const shownCodes = async (p: Page = page) => {
  await p.waitForSelector('#finder-list:not([aria-busy])', { state: 'attached' });
  return p.$$eval('#finder-list > li .card__meta > span:nth-of-type(2)', (spans) => spans.map((s) => s.textContent!.trim()));
};
const options = (select: string) =>
  page.$$eval(`${select} option`, (os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent!.trim() })).filter((o) => o.value));

describe.each(LOCALES)('project finder in %s', (locale) => {
  beforeAll(async () => {
    await page.goto(url('projects', locale));
  });

  it('lists every project until a filter is chosen, and says how many', async () => {
    expect((await shownCodes()).sort()).toEqual(codesOf(projects));
    expect(await page.textContent('#finder-count')).toContain(String(projects.length));
  });

  // What each filter means, written from the content, not from the finder's code.
  const filters: { select: string; keep: (p: Project, value: string, label: string) => boolean; reachable?: (p: Project) => boolean }[] = [
    { select: '#f-sector', keep: (p, v) => p.sector === v },
    { select: '#f-zone', keep: (p, v) => p.zone === v, reachable: (p) => p.zone !== undefined },
    { select: '#f-district', keep: (p, _, label) => name(p.district, locale) === label },
    { select: '#f-form', keep: (p, v) => p.form === v },
    { select: '#f-status', keep: (p, v) => p.status === v },
    {
      select: '#f-capital',
      keep: (p, v) => {
        const [lo, hi] = v.split('-').map((n) => (n === '' ? Infinity : Number(n) * 1e6)) as [number, number];
        return usd(p) >= lo && usd(p) < hi;
      },
    },
  ];

  it.each(filters)('narrows the list to exactly the matching projects: $select', async ({ select, keep, reachable = () => true }) => {
    await page.goto(url('projects', locale));
    const opts = await options(select);
    expect(opts.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const { value, label } of opts) {
      await page.selectOption(select, value);
      const expected = codesOf(projects.filter((p) => keep(p, value, label)));
      expect(expected.length, `${select}=${value} selects something`).toBeGreaterThan(0);
      expect((await shownCodes()).sort(), `${select}=${value}`).toEqual(expected);
      expect(await page.textContent('#finder-count')).toContain(`${expected.length}`);
      expected.forEach((c) => seen.add(c));
    }
    // Every project is reachable through this filter's options (through the zone filter, every project in a zone).
    expect([...seen].sort()).toEqual(codesOf(projects.filter(reachable)));
  });

  it.each([
    { box: 'hightech', keep: (p: Project) => p.highTech },
    { box: 'green', keep: (p: Project) => p.green },
  ])('narrows the list with the $box tick box', async ({ box, keep }) => {
    await page.goto(url('projects', locale));
    await page.check(`input[name="${box}"]`);
    expect((await shownCodes()).sort()).toEqual(codesOf(projects.filter(keep)));
    await page.uncheck(`input[name="${box}"]`);
    expect((await shownCodes()).length).toBe(projects.length);
  });

  it('sorts by capital, investment per hectare and date', async () => {
    const byCode = new Map(projects.map((p) => [p.code, p]));
    const orders: [string, (p: Project) => number | string | undefined, 'asc' | 'desc'][] = [
      ['capital-desc', usd, 'desc'],
      ['capital-asc', usd, 'asc'],
      ['per-ha-desc', perHa, 'desc'],
      ['per-ha-asc', perHa, 'asc'],
      ['date', (p) => p.asOf, 'desc'],
    ];
    await page.goto(url('projects', locale));
    for (const [sort, key, dir] of orders) {
      await page.selectOption('#f-sort', sort);
      const values = (await shownCodes()).map((c) => key(byCode.get(c)!));
      const defined = values.filter((v) => v !== undefined);
      const sorted = [...defined].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0));
      expect(defined, sort).toEqual(dir === 'asc' ? sorted : sorted.reverse());
      // A project that needs no land has no investment per hectare: it comes last.
      expect(values.slice(defined.length).every((v) => v === undefined), sort).toBe(true);
      expect(page.url()).toContain(sort === 'date' ? routes.href('projects', locale) : `sort=${sort}`);
    }
  });

  it('keeps the filters in the URL: reopened, it shows the same projects in the same order; Back undoes a change', async () => {
    await page.goto(url('projects', locale));
    await page.selectOption('#f-sector', 'supporting-industries');
    const afterSector = await shownCodes();
    await page.check('input[name="green"]');
    await page.selectOption('#f-sort', 'capital-desc');
    const shown = await shownCodes();
    const shared = page.url();
    expect(new URL(shared).search).toBe('?sector=supporting-industries&green=1&sort=capital-desc');
    expect(shown).toEqual(
      projects.filter((p) => p.sector === 'supporting-industries' && p.green).sort((a, b) => usd(b) - usd(a)).map((p) => p.code),
    );

    // The language list keeps the filters: ids are the same in every language.
    const switches = await page.$$eval('a[data-lang-switch]', (as) => as.map((a) => [a.getAttribute('data-lang-switch')!, (a as HTMLAnchorElement).href] as const));
    expect(switches.map(([l]) => l)).toEqual(LOCALES.filter((l) => l !== locale));
    for (const [l, href] of switches) {
      const u = new URL(href);
      expect(u.pathname + u.search, l).toBe(`${routes.href('projects', l)}?sector=supporting-industries&green=1&sort=capital-desc`);
    }

    const other = await context.newPage();
    await other.goto(shared);
    expect(await shownCodes(other)).toEqual(shown);
    expect(await other.inputValue('#f-sector')).toBe('supporting-industries');
    expect(await other.isChecked('input[name="green"]')).toBe(true);
    expect(await other.inputValue('#f-sort')).toBe('capital-desc');
    await other.close();

    await page.goBack();
    await page.goBack();
    expect(await page.isChecked('input[name="green"]')).toBe(false);
    expect(await shownCodes()).toEqual(afterSector);
  });

  it('says so when nothing matches, and clears every filter', async () => {
    await page.goto(url('projects', locale, '?status=closed&form=ppp'));
    expect(await shownCodes()).toEqual([]);
    expect(await page.isVisible('#finder-none')).toBe(true);
    await page.click('#finder-reset');
    expect((await shownCodes()).length).toBe(projects.length);
    expect(new URL(page.url()).search).toBe('');
  });

  it('labels filters and values in the page language', async () => {
    await page.goto(url('projects', locale));
    const sectorLabels = (await options('#f-sector')).map((o) => o.label);
    expect(sectorLabels).toContain(name(tree.sectors.find((s) => s.data.id === 'semiconductors')!.data.name, locale));
    expect(await page.textContent('label[for="f-capital"]')).toBe(useT(locale)('projects.capitalRange'));
    if (locale === 'vi') expect(await page.textContent('label[for="f-capital"]')).toBe('Vốn đầu tư dự kiến (USD)');
    if (locale === 'ja') expect(sectorLabels).toContain('半導体');
  });
});

describe('project finder without JavaScript', () => {
  it('shows the whole list, readable, and no form that cannot work', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(url('projects', 'en', '?sector=semiconductors'));
    expect((await shownCodes(p)).length).toBe(projects.length);
    for (const c of await p.$$('#finder-list > li')) expect(await c.isVisible()).toBe(true);
    expect(await p.isVisible('#finder')).toBe(false);
    await ctx.close();
  });
});

describe('project finder on a phone', () => {
  it('folds the filters away so the list shows, unless the URL already filters', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const p = await phone.newPage();
    await p.goto(url('projects', 'en'));
    expect(await p.getAttribute('#finder-panel', 'open')).toBeNull();
    expect(await p.isVisible('#f-sector')).toBe(false);
    await p.click('#finder-panel > summary');
    expect(await p.isVisible('#f-sector')).toBe(true);
    await p.goto(url('projects', 'en', '?green=1'));
    expect(await p.isVisible('#f-sector')).toBe(true);
    await phone.close();
  });
});

describe('the finder script', () => {
  it('is at most 10 KB compressed and loads on the project list only', async () => {
    const html = await (await fetch(url('projects', 'en'))).text();
    const scripts = [...html.matchAll(/<script type="module"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
    const external = await Promise.all(srcs.map(async (s) => (await fetch(new URL(s, server.origin))).text()));
    const total = [...scripts, ...external].join('');
    expect(total.length).toBeGreaterThan(0);
    expect(gzipSync(total).length).toBeLessThanOrEqual(10 * 1024);
    const zone = await (await fetch(url(`zone:${zones[0]!.id}`, 'en'))).text();
    expect(zone).not.toMatch(/<script(?![^>]*ld\+json)/);
  });
});

describe.each(LOCALES)('project fact sheet in %s', (locale) => {
  const p = projects.find((x) => x.id === 'semiconductor-packaging-plant')!;

  it('offers an enquiry email to the named contact, prefilled with the code and title in the page language', async () => {
    await page.goto(url(`project:${p.id}`, locale));
    const href = (await page.getAttribute('.enquire a', 'href'))!;
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(decodeURIComponent(mail.pathname)).toBe(p.contact.email);
    const subject = mail.searchParams.get('subject')!;
    expect(subject).toContain(p.code);
    expect(subject).toContain(name(p.title, locale));
    expect(href).not.toContain('+'); // spaces are %20: mail programs show a "+" as it is
    expect(mail.searchParams.get('body')).toContain(new URL(routes.href(`project:${p.id}`, locale), tree.site.url).href);
  });

  it('describes the project in schema.org JSON-LD', async () => {
    await page.goto(url(`project:${p.id}`, locale));
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(ld['@type']).toBe('WebPage');
    expect(ld.dateModified).toBe(p.asOf);
    expect(ld.mainEntity).toMatchObject({ '@type': 'Project', identifier: p.code, name: name(p.title, locale) });
    expect(ld.mainEntity.contactPoint.email).toBe(p.contact.email);
    expect(ld.mainEntity.seeks.priceSpecification).toContainEqual({ '@type': 'PriceSpecification', price: Math.round(usd(p)), priceCurrency: 'USD' });
  });

  // One page printing every fact sheet in turn: a page of its own for each took twice the time.
  let printPage: Page;
  beforeAll(async () => {
    printPage = await context.newPage();
    await printPage.emulateMedia({ media: 'print' });
  });
  afterAll(() => printPage.close());

  it.each(projects.map((x) => x.id))('prints %s on one A4 page, with its address and as-of date', async (id) => {
    const pr = projects.find((x) => x.id === id)!;
    await printPage.goto(url(`project:${id}`, locale));
    const footer = (await printPage.textContent('.print-only'))!;
    expect(await printPage.isVisible('.print-only')).toBe(true);
    expect(footer).toContain(new URL(routes.href(`project:${id}`, locale), tree.site.url).href);
    expect(await printPage.getAttribute('.print-only time', 'datetime')).toBe(pr.asOf);
    expect(await printPage.isVisible('.site-nav')).toBe(false);
    const pdf = (await printPage.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)?.length, id).toBe(1);
  });
});

describe.each(LOCALES)('zone comparison in %s', (locale) => {
  const visibleHeaders = () =>
    page.$$eval('#compare-table thead th:not([hidden])', (ths) => ths.map((th) => th.querySelector('a')!.textContent!.trim()));
  const rowCells = (label: string) =>
    page.$$eval(
      '#compare-table tbody tr',
      (trs, label) => {
        const tr = trs.find((r) => r.querySelector('th')!.textContent!.trim() === label)!;
        return [...tr.querySelectorAll('td:not([hidden])')].map((td) => td.textContent!.trim());
      },
      label,
    );

  it('shows the chosen zones side by side with their values, from the URL', async () => {
    const chosen = [zones[0]!, zones[3]!, zones[7]!];
    await page.goto(url('compare', locale, `?zones=${chosen.map((z) => z.id).join(',')}`));
    expect(await visibleHeaders()).toEqual(chosen.map((z) => name(z.name, locale)));
    const t = useT(locale);
    const labels = { area: t('zones.totalArea'), free: t('zones.available'), port: t('zones.toPort') };
    expect(await rowCells(labels.area)).toEqual(chosen.map((z) => formatArea(z.area.total, locale)));
    expect(await rowCells(labels.free)).toEqual(chosen.map((z) => formatArea(z.availableLand, locale)));
    expect(await rowCells(labels.port)).toEqual(chosen.map((z) => formatKm(z.distances.portKm, locale)));
    for (const z of chosen) expect(await page.isChecked(`input[value="${z.id}"]`)).toBe(true);
  });

  it('puts the choice in the URL, allows at most four, and Back restores the previous choice', async () => {
    await page.goto(url('compare', locale));
    expect((await visibleHeaders()).length).toBe(zones.length);
    for (const z of zones.slice(0, 4)) await page.check(`input[value="${z.id}"]`);
    expect(new URL(page.url()).searchParams.get('zones')).toBe(zones.slice(0, 4).map((z) => z.id).join(','));
    expect(await visibleHeaders()).toEqual(zones.slice(0, 4).map((z) => name(z.name, locale)));
    expect(await page.isDisabled(`input[value="${zones[4]!.id}"]`)).toBe(true);
    // Four zones sit side by side on a desktop screen, with no sideways scrolling.
    const fits = await page.$eval('#compare-table', (t) => t.scrollWidth <= t.parentElement!.clientWidth);
    expect(page.viewportSize()!.width).toBeGreaterThanOrEqual(1280);
    expect(fits).toBe(true);
    await page.goBack();
    expect(await visibleHeaders()).toEqual(zones.slice(0, 3).map((z) => name(z.name, locale)));
    expect(await page.isDisabled(`input[value="${zones[4]!.id}"]`)).toBe(false);
  });

  it('shows every zone without JavaScript', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(url('compare', locale, `?zones=${zones[0]!.id},${zones[1]!.id}`));
    const headers = await p.$$eval('#compare-table thead th', (ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).length);
    expect(headers).toBe(zones.length);
    await ctx.close();
  });
});

describe('zone and sector pages', () => {
  it.each(zones.map((z) => z.id))('zone %s lists exactly its projects and links to its map and the comparison', async (id) => {
    await page.goto(url(`zone:${id}`, 'en'));
    const listed = await page.$$eval('#zone-projects ~ .grid .card__title a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(listed.sort()).toEqual(projects.filter((p) => p.zone === id).map((p) => routes.href(`project:${p.id}`, 'en')).sort());
    expect(await page.$(`a[href^="https://www.openstreetmap.org/"]`)).not.toBeNull();
    const zone = zones.find((z) => z.id === id)!;
    const ld = JSON.parse((await page.textContent('script[type="application/ld+json"]'))!);
    expect(ld).toMatchObject({ '@type': 'Place', name: name(zone.name, 'en'), geo: { latitude: zone.location.lat, longitude: zone.location.lon } });
    expect(await page.getAttribute(`a[href^="${routes.href('compare', 'en')}"]`, 'href')).toBe(`${routes.href('compare', 'en')}?zones=${id}`);
  });

  it.each(tree.sectors.map((s) => s.data.id))('sector %s gives why-invest figures with sources, and lists exactly the projects and zones that target it', async (id) => {
    await page.goto(url(`sector:${id}`, 'en'));
    const figures = tree.sectors.find((s) => s.data.id === id)!.data.keyFigures;
    const cards = await page.$$eval('#key-figures ~ .figures .figure-card', (lis) => lis.map((li) => ({ text: li.textContent!, time: [...li.querySelectorAll('time')].at(-1)?.getAttribute('datetime') })));
    expect(cards.map((c) => c.time)).toEqual(figures.map((f) => f.asOf));
    cards.forEach((c, i) => expect(c.text).toContain(figures[i]!.source.title));
    const links = async (heading: string) =>
      page.$$eval(`#${heading} ~ .grid .card__title a`, (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname).sort());
    expect(await links('sector-projects')).toEqual(projects.filter((p) => p.sector === id).map((p) => routes.href(`project:${p.id}`, 'en')).sort());
    expect(await links('sector-zones')).toEqual(zones.filter((z) => z.targetSectors.includes(id)).map((z) => routes.href(`zone:${z.id}`, 'en')).sort());
  });
});

describe('open data', () => {
  const get = async (path: string) => {
    const res = await fetch(server.origin + path);
    expect(res.status, path).toBe(200);
    return res;
  };

  it.each([
    { file: 'projects', schema: projectSchema, columns: projectColumns, records: projects as object[] },
    { file: 'zones', schema: zoneSchema, columns: zoneColumns, records: zones as object[] },
  ])('publishes /data/$file.csv (UTF-8 with BOM) that parses back into the content', async ({ file, schema, columns, records }) => {
    const buf = Buffer.from(await (await get(`/data/${file}.csv`)).arrayBuffer());
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = buf.toString('utf8');
    const derive = { site: tree.site, url: () => '' };
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const back = recordsFromCsv(text, columns(derive)).map((r) => schema.parse(r) as { id: string });
    expect(back.sort(byId)).toEqual([...(records as { id: string }[])].sort(byId));
    const [header, ...rows] = parseCsv(text);
    expect(rows.length).toBe(records.length);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it.each(['projects', 'zones'] as const)('publishes /data/%s.json with the records, licence and as-of date', async (file) => {
    const json = await (await get(`/data/${file}.json`)).json();
    const records = file === 'projects' ? projects : zones;
    expect(json.count).toBe(records.length);
    expect(json.licence.url).toBe(tree.site.dataLicence.url);
    expect(json.asOf).toBe(records.map((r) => r.asOf).sort().at(-1));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const stripped = json[file].map(({ derived: _d, url: _u, ...r }: Record<string, unknown>) => r).sort(byId);
    expect(stripped).toEqual(JSON.parse(JSON.stringify([...records].sort(byId))));
  });

  it.each(LOCALES)('documents every file and column on the Data page in %s, linked from the list pages', async (locale) => {
    await page.goto(url('data', locale));
    const hrefs = await page.$$eval('main a[href^="/data/"]', (as) => as.map((a) => a.getAttribute('href')!));
    const expected = ['/data/projects.csv', '/data/projects.json', '/data/zones.csv', '/data/zones.json', '/data/legal-documents.csv', '/data/cost-rates.csv', ...tree.datasets.map((d) => `/data/${d.data.id}.csv`), '/data/catalog.jsonld', '/data/datapackage.json'];
    expect([...new Set(hrefs)].sort()).toEqual(expected.sort());
    for (const h of expected) await get(h);
    const documented = await page.$$eval('.columns-table code', (cs) => cs.map((c) => c.textContent));
    const header = (text: string) => parseCsv(text)[0]!;
    for (const f of ['projects', 'zones', 'legal-documents', 'cost-rates']) {
      for (const col of header(await (await get(`/data/${f}.csv`)).text())) expect(documented, col).toContain(col);
    }
    expect(await page.textContent('a[rel="license"]')).toBe(name(tree.site.dataLicence.name, locale));
    for (const list of ['projects', 'zones'] as const) {
      await page.goto(url(list, locale));
      expect(await page.$(`a[href="/data/${list}.csv"]`), list).not.toBeNull();
      expect(await page.$(`a[href="/data/${list}.json"]`), list).not.toBeNull();
      expect(await page.$(`a[href="${routes.href('data', locale)}"]`), list).not.toBeNull();
    }
  });
});
