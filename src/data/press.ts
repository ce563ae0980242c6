// The press page's photographs: the latest pictures the content shows, each with the pages it is
// on and its original file. Worked out once per build, over every record and article.
import { statSync } from 'node:fs';
import path from 'node:path';
import { contentRoot } from '../lib/content/root.ts';
import { imageFields, originalHref, shown, type ImageKind, type ShownImage } from '../lib/images.ts';
import { LOCALES } from '../lib/languages.ts';
import type { Locale, Localized } from '../lib/schema.ts';
import { entryLocale, type SiteData } from './index.ts';

/** The press page lists this many; every other original is linked under its picture. */
export const PRESS_PHOTOS = 24;

export interface PressPhoto {
  image: ShownImage;
  /** Where the original is, its size in bytes and pixels. */
  href: string;
  bytes: number;
  /** Route keys of the pages that show it, with their titles. */
  on: { key: string; title: Localized | string; lang?: Locale }[];
  /** For a picture from an article or page: the language of its alt text and caption. */
  lang?: Locale;
}

let cached: Map<Locale, PressPhoto[]> | undefined;

export function pressPhotos(data: SiteData, locale: Locale): PressPhoto[] {
  cached ??= collect(data);
  return cached.get(locale) ?? [];
}

function collect(data: SiteData): Map<Locale, PressPhoto[]> {
  const images = path.join(contentRoot(), 'images');
  const records: [ImageKind, { id: string; name?: Localized; title?: Localized }[]][] = [
    ['zones', data.zones],
    ['projects', data.projects],
    ['sectors', data.sectors],
  ];
  const byLocale = new Map<Locale, PressPhoto[]>();
  for (const locale of LOCALES) {
    const byFile = new Map<string, PressPhoto>();
    const add = (image: ShownImage, on: PressPhoto['on'][number], lang?: Locale) => {
      const found = byFile.get(image.file);
      if (found) found.on.push(on);
      else byFile.set(image.file, { image, href: originalHref(image.file), bytes: statSync(path.join(images, image.file)).size, on: [on], lang });
    };
    for (const [kind, list] of records) {
      for (const r of list) {
        const prefix = kind === 'zones' ? 'zone' : kind === 'projects' ? 'project' : 'sector';
        for (const { image } of imageFields(kind, r as unknown as Record<string, unknown>)) add(shown(image), { key: `${prefix}:${r.id}`, title: (r.name ?? r.title)! });
      }
    }
    for (const { entry } of data.articles[locale].list) {
      if (entry.data.image) add(shown(entry.data.image), { key: `article:${entry.data.key}`, title: entry.data.title, lang: entryLocale(entry) }, entryLocale(entry));
    }
    for (const { entry } of data.standing[locale].list) {
      if (entry.data.image) add(shown(entry.data.image), { key: `page:${entry.data.key}`, title: entry.data.title, lang: entryLocale(entry) }, entryLocale(entry));
    }
    const all = [...byFile.values()].sort((a, b) => (b.image.date ?? '').localeCompare(a.image.date ?? '') || a.image.file.localeCompare(b.image.file));
    byLocale.set(locale, all.slice(0, PRESS_PHOTOS));
  }
  return byLocale;
}
