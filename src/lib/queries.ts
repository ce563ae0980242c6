// Questions pages ask of the content, as plain functions over plain records.
import type { Dataset, Money, Project, Zone } from './schema.ts';

/** Capital per hectare of land, derived (never typed); none when the project needs no land. */
export function investmentPerHectare(p: Pick<Project, 'capital' | 'landArea'>): Money | undefined {
  if (p.landArea <= 0) return undefined;
  return { amount: p.capital.amount / p.landArea, currency: p.capital.currency };
}

export function zonesForSector(zones: Zone[], sectorId: string): Zone[] {
  return zones.filter((z) => z.targetSectors.includes(sectorId));
}

export function datasetsFor(datasets: Dataset[], ref: { sector?: string; zone?: string }): Dataset[] {
  return datasets.filter((d) => (ref.sector && d.sectors.includes(ref.sector)) || (ref.zone && d.zones.includes(ref.zone)));
}

/** Leased share in percent, given directly or worked out from the leased and industrial (or total) area. */
export function occupancy(z: Zone): number | undefined {
  if (z.occupancyPercent !== undefined) return z.occupancyPercent;
  const base = z.area.industrial ?? z.area.total;
  return z.leasedArea !== undefined && base > 0 ? (z.leasedArea / base) * 100 : undefined;
}

/** An OpenStreetMap link centred on the coordinates. */
export function osmUrl(lat: number, lon: number, zoom = 14): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${zoom}/${lat}/${lon}`;
}
