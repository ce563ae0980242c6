// The open data files, bound to this site: absolute page URLs, the exchange rate and the licence.
import type { SiteData } from './index.ts';
import type { OpenDataFile } from '../lib/routes.ts';
import { latestAsOf, projectColumns, recordsToCsv, zoneColumns, type Column, type Derive } from '../lib/open-data.ts';
import { investmentPerHectare, occupancy, osmUrl } from '../lib/queries.ts';
import { toBothCurrencies } from '../lib/format.ts';
import type { Locale, Project, Zone } from '../lib/schema.ts';
import { LOCALES } from '../lib/languages.ts';
import { useT } from '../i18n/index.ts';

/** One value per configured language, keyed by its code, as the content writes texts. */
const perLanguage = <T,>(f: (l: Locale) => T): Record<Locale, T> => Object.fromEntries(LOCALES.map((l) => [l, f(l)]));

function derive(data: SiteData, file: OpenDataFile): Derive {
  const kind = file === 'projects' ? 'project' : 'zone';
  return { site: data.site, url: (id: string, locale: Locale) => new URL(data.routes.href(`${kind}:${id}`, locale), data.site.url).href };
}

/** A file's records and its CSV columns. */
export function openDataSource(data: SiteData, file: OpenDataFile): { records: (Project | Zone)[]; columns: Column[] } {
  const d = derive(data, file);
  return file === 'projects' ? { records: data.projects, columns: projectColumns(d) } : { records: data.zones, columns: zoneColumns(d) };
}

export function openDataCsv(data: SiteData, file: OpenDataFile): string {
  const { records, columns } = openDataSource(data, file);
  return recordsToCsv(records, columns);
}

export function openDataJson(data: SiteData, file: OpenDataFile) {
  const d = derive(data, file);
  const rate = data.site.exchangeRate;
  const records = file === 'projects'
    ? data.projects.map((p) => {
        const perHa = investmentPerHectare(p);
        return {
          ...p,
          derived: {
            capital: toBothCurrencies(p.capital, rate.usdToVnd),
            investmentPerHectare: perHa && toBothCurrencies(perHa, rate.usdToVnd),
          },
          url: perLanguage((l) => d.url(p.id, l)),
        };
      })
    : data.zones.map((z) => ({
        ...z,
        derived: { leasedSharePercent: occupancy(z), openStreetMap: osmUrl(z.location.lat, z.location.lon) },
        url: perLanguage((l) => d.url(z.id, l)),
      }));
  const title = (l: Locale) => useT(l)(`${file}.title`);
  return {
    title: perLanguage(title),
    publisher: data.site.name,
    licence: data.site.dataLicence,
    documentation: perLanguage((l) => new URL(data.routes.href('data', l), data.site.url).href),
    asOf: latestAsOf(records),
    ...(file === 'projects' ? { exchangeRate: rate } : {}),
    count: records.length,
    [file]: records,
  };
}
