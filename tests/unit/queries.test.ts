import { describe, expect, it } from 'vitest';
import { investmentPerHectare, occupancy, osmUrl } from '../../src/lib/queries.ts';
import type { Zone } from '../../src/lib/schema.ts';

describe('derived figures', () => {
  it('derives investment per hectare from capital and land, in the capital currency', () => {
    expect(investmentPerHectare({ capital: { amount: 320e6, currency: 'USD' }, landArea: 12 })).toEqual({
      amount: 320e6 / 12,
      currency: 'USD',
    });
  });
  it('has no investment per hectare for a project that needs no land', () => {
    expect(investmentPerHectare({ capital: { amount: 1e6, currency: 'USD' }, landArea: 0 })).toBeUndefined();
  });
  it('works out occupancy from the leased area when no share is given', () => {
    const zone = { area: { total: 500, industrial: 400 }, leasedArea: 300 } as Zone;
    expect(occupancy(zone)).toBe(75);
    expect(occupancy({ ...zone, occupancyPercent: 93.3 })).toBe(93.3);
  });
  it('links to OpenStreetMap at the coordinates', () => {
    expect(osmUrl(10.93, 106.71)).toBe('https://www.openstreetmap.org/?mlat=10.93&mlon=106.71#map=14/10.93/106.71');
  });
});
