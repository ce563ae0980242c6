// What a plant manager preparing a location shortlist does: estimate the running costs of a plant
// in two or three zones side by side, share the link, go back, print it on one page; read every
// rate without JavaScript; and look up the rules: the legal register by status, a document's page
// with where the site relies on it, and the procedure as numbered steps.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentTree } from '../../src/lib/content/load.ts';
import { routeMapFromTree } from '../../src/lib/content/routes-from-tree.ts';
import { LOCALES, type Locale } from '../../src/lib/schema.ts';
import { estimate, estimateToQuery, DEFAULT_INPUTS } from '../../src/lib/estimate.ts';
import { moneyFormatter } from '../../src/lib/estimate-html.ts';
import { listKey } from '../../src/lib/routes.ts';
import { procedureTotal } from '../../src/lib/procedure.ts';
import { language } from '../../src/lib/languages.ts';
import { readCatalogue } from '../../src/lib/catalogues.ts';
import { text } from '../../src/lib/localize.ts';
import { useT } from '../../src/i18n/index.ts';
import type { CostTables } from '../../src/lib/costs-schema.ts';
import { launchChromium, serveStatic, type StaticServer } from './harness.ts';

const tree = loadContentTree('content');
const routes = routeMapFromTree(tree);
const zones = tree.zones.map((z) => z.data).sort((a, b) => a.id.localeCompare(b.id));
const tables = Object.fromEntries(tree.costs.map((c) => [c.name, c.data])) as CostTables;
const legal = tree.legal.map((d) => d.data);

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
const words = (locale: Locale) => {
  const c = readCatalogue(locale) as { money: { VND: string; USD: string }; format: { date: string } };
  return moneyFormatter({ intl: language(locale).intl, money: c.money, dateStyle: c.format.date === 'numeric' ? 'numeric' : 'long' });
};
/** The monthly total the page should show for these inputs in this zone, as the language writes it. */
const expectedTotal = (zoneId: string, inputs: typeof DEFAULT_INPUTS, locale: Locale) => {
  const z = zones.find((x) => x.id === zoneId)!;
  const e = estimate({ ...inputs, zone: zoneId }, { tables, zone: { id: z.id, leasePrice: z.leasePrice, costs: z.costs, sources: z.sources, asOf: z.asOf, illustrative: z.illustrative }, exchangeRate: tree.site.exchangeRate, date: new Date().toISOString().slice(0, 10) });
  return words(locale).range(e.total.monthly.vnd, 'VND');
};
const monthlyTotals = (p: Page) => p.$$eval('#estimator-output .estimate-table--monthly tfoot td', (tds) => tds.map((td) => td.childNodes[0]!.textContent!.trim()));

describe.each(LOCALES)('the cost estimator in %s', (locale) => {
  const [a, b, c] = [zones[0]!.id, zones[1]!.id, zones[2]!.id];

  it('shows two zones side by side from a shared link, with the totals the arithmetic gives', async () => {
    const inputs = { ...DEFAULT_INPUTS, workers: { ...DEFAULT_INPUTS.workers, worker: { count: 250 } } };
    await page.goto(url('estimator', locale, `?${estimateToQuery(inputs, [a, b])}`));
    await page.waitForSelector('#estimator-result:not([hidden])');
    const heads = await page.$$eval('#estimator-output .estimate-table--monthly thead th', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(heads.slice(1)).toEqual([a, b].map((id) => text(zones.find((z) => z.id === id)!.name, locale)));
    expect(await monthlyTotals(page)).toEqual([expectedTotal(a, inputs, locale), expectedTotal(b, inputs, locale)]);
    // Every line names the rates it used, with a source and a date.
    expect(await page.$$eval('#estimator-output .estimate-rates > li', (lis) => lis.length)).toBe(7);
    expect(await page.textContent('#estimator-output .estimate-rates')).toContain(tables['minimum-wage'].regions[0]!.monthly.toLocaleString(language(locale).intl));
  });

  it('keeps each change in the URL, and Back returns to the previous estimate', async () => {
    await page.goto(url('estimator', locale, `?zone=${a}`));
    await page.waitForSelector('#estimator-result:not([hidden])');
    const before = await monthlyTotals(page);
    await page.selectOption('select[name="zone"] >> nth=1', c);
    await page.fill('input[name="worker"]', '400');
    await page.press('input[name="worker"]', 'Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('worker') === '400');
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('zone')).toEqual([a, c]);
    const after = await monthlyTotals(page);
    expect(after).toHaveLength(2);
    expect(after[0]).not.toBe(before[0]);
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('worker') !== '400');
    await page.goBack();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('zone').length <= 1);
    expect(await monthlyTotals(page)).toEqual(before);
  });

  it('prints three zones on one A4 page', async () => {
    await page.goto(url('estimator', locale, `?${estimateToQuery(DEFAULT_INPUTS, [a, b, c])}`));
    await page.waitForSelector('#estimator-result:not([hidden])');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  });
});

describe('the cost estimator without JavaScript', () => {
  let noJs: BrowserContext;
  let p: Page;
  beforeAll(async () => {
    noJs = await browser.newContext({ javaScriptEnabled: false });
    p = await noJs.newPage();
  });
  afterAll(() => noJs.close());

  it.each(LOCALES)('in %s shows every rate table, every zone and the example for every zone', async (locale) => {
    const t = useT(locale);
    await p.goto(url('estimator', locale));
    expect(await p.isVisible('#estimator-form')).toBe(false);
    for (const id of ['minimum-wage', 'contributions', 'electricity', 'water', 'wages', 'zones']) expect(await p.isVisible(`#rates-${id}`), id).toBe(true);
    const zoneRows = await p.$$eval('#rates-zones tbody th', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(zoneRows.sort()).toEqual(zones.map((z) => text(z.name, locale)).sort());
    expect(await p.$$eval('.estimate-example > .table-scroll tbody tr', (trs) => trs.length)).toBe(zones.length);
    const body = (await p.textContent('main'))!;
    expect(body).toContain(t('estimator.notAQuote'));
    // The tariff's legal basis links to the register.
    expect(await p.$$eval('#rates-electricity a[href*="/"]', (as) => as.map((x) => x.getAttribute('href')))).toContain(routes.href('legal:decision-1279-2025', locale));
  });
});

describe('links to the estimator', () => {
  it('from a zone page and a project page choose that zone', async () => {
    const z = zones[0]!;
    await page.goto(url(`zone:${z.id}`, 'en'));
    await page.click(`a[href$="?zone=${z.id}"]`);
    await page.waitForSelector('#estimator-result:not([hidden])');
    expect(await page.inputValue('select[name="zone"] >> nth=0')).toBe(z.id);
    const project = tree.projects.find((x) => x.data.zone)!.data;
    await page.goto(url(`project:${project.id}`, 'ja'));
    expect(await page.getAttribute(`a[href$="?zone=${project.zone}"]`, 'href')).toBe(`${routes.href('estimator', 'ja')}?zone=${project.zone}`);
  });
});

describe.each(LOCALES)('the legal register in %s', (locale) => {
  const t = useT(locale);

  it('lists every document, and narrows to the replaced ones', async () => {
    await page.goto(url('legal', locale));
    const numbers = await page.$$eval('.legal-table tbody th', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(numbers.length).toBe(Math.min(legal.length, 20));
    await page.click(`a[href="${routes.href(listKey('legal', { by: 'status', id: 'replaced' }), locale)}"]`);
    const replaced = await page.$$eval('.legal-table tbody th', (ths) => ths.map((th) => th.textContent!.trim()));
    expect(replaced.sort()).toEqual(legal.filter((d) => d.status === 'replaced').map((d) => d.number).sort());
    expect(replaced).toContain('61/2020/QH14');
  });

  it("shows what replaced the 2020 Law on Investment, and where the site relies on the 2025 one", async () => {
    await page.goto(url('legal:law-investment-2020', locale));
    expect(await page.textContent('.record__header')).toContain(t('legal.statuses.replaced'));
    expect(await page.getAttribute(`.facts a[href="${routes.href('legal:law-investment-2025', locale)}"]`, 'href')).toBeTruthy();
    await page.goto(url('legal:law-investment-2025', locale));
    const citing = await page.$$eval('#cited ~ ul a', (as) => as.map((a) => a.getAttribute('href')));
    const projects = tree.projects.filter((p) => p.data.legalBasis.includes('law-investment-2025'));
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) expect(citing).toContain(routes.href(`project:${p.data.id}`, locale));
  });

  it('shows the procedure as numbered steps with the total statutory time', async () => {
    const key = tree.pages.find((p) => p.data.shows === 'procedure')!.data.key;
    await page.goto(url(`page:${key}`, locale));
    const steps = await page.$$eval('.procedure__step h3', (hs) => hs.map((h) => h.textContent!.trim()));
    expect(steps).toHaveLength(tree.procedure!.data.steps.length);
    expect(steps[0]).toContain(t('procedure.step', { n: 1 }));
    const total = procedureTotal(tree.procedure!.data.steps);
    expect(await page.textContent('.procedure__total')).toContain(new Intl.NumberFormat(language(locale).intl).format(total.days));
    // Each step's legal basis is a link to the register.
    expect(await page.$$eval('.procedure__step .citations a', (as) => as.length)).toBeGreaterThanOrEqual(steps.length);
  });
});
