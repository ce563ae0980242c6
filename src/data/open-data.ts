// The open data files, bound to this site: absolute page URLs, the exchange rate and the licence.
import type { SiteData } from './index.ts';
import type { OpenDataFile } from '../lib/routes.ts';
import { latestAsOf, projectColumns, recordsToCsv, zoneColumns, type Column, type Derive } from '../lib/open-data.ts';
import { investmentPerHectare, occupancy, osmUrl } from '../lib/queries.ts';
import { toBothCurrencies } from '../lib/format.ts';
import type { Locale, Project, Zone } from '../lib/schema.ts';
import { useT } from '../i18n/index.ts';

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
          url: { vi: d.url(p.id, 'vi'), en: d.url(p.id, 'en') },
        };
      })
    : data.zones.map((z) => ({
        ...z,
        derived: { leasedSharePercent: occupancy(z), openStreetMap: osmUrl(z.location.lat, z.location.lon) },
        url: { vi: d.url(z.id, 'vi'), en: d.url(z.id, 'en') },
      }));
  const title = (l: Locale) => useT(l)(`${file}.title`);
  return {
    title: { vi: title('vi'), en: title('en') },
    publisher: data.site.name,
    licence: data.site.dataLicence,
    documentation: { vi: new URL(data.routes.href('data', 'vi'), data.site.url).href, en: new URL(data.routes.href('data', 'en'), data.site.url).href },
    asOf: latestAsOf(records),
    ...(file === 'projects' ? { exchangeRate: rate } : {}),
    count: records.length,
    [file]: records,
  };
}
