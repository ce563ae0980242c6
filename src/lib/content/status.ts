// What staff still have to do: entries without their English text, and figures whose as-of date
// is old. Reported, never hidden: the site still publishes them (with a notice).
import { missingTranslations } from '../localize.ts';
import type { ContentTree } from './load.ts';

export interface StatusReport {
  /** JSON records (and site.json) with localized fields that lack English. */
  untranslatedFields: { file: string; fields: string[] }[];
  /** Articles and standing pages with no English file. */
  untranslatedDocs: { file: string; key: string }[];
  /** Records whose figures are older than the limit. */
  stale: { file: string; asOf: string; days: number }[];
}

const DAY = 86_400_000;

export function contentStatus(tree: ContentTree, today: string, staleAfterDays = 365): StatusReport {
  const records = [...tree.sectors, ...tree.zones, ...tree.projects, ...tree.datasets];
  const untranslatedFields = [{ file: 'content/site.json', data: tree.site as unknown }, ...records]
    .map((r) => ({ file: r.file, fields: missingTranslations(r.data) }))
    .filter((r) => r.fields.length > 0);
  const docs = [...tree.news, ...tree.pages];
  const untranslatedDocs = docs
    .filter((d) => d.locale === 'vi' && !docs.some((o) => o.locale === 'en' && o.data.key === d.data.key && o.file.split('/')[1] === d.file.split('/')[1]))
    .map((d) => ({ file: d.file, key: d.data.key }));
  const now = Date.parse(today);
  const stale = records
    .map((r) => ({ file: r.file, asOf: r.data.asOf, days: Math.floor((now - Date.parse(r.data.asOf)) / DAY) }))
    .filter((r) => r.days > staleAfterDays)
    .sort((a, b) => b.days - a.days);
  return { untranslatedFields, untranslatedDocs, stale };
}

export function formatStatus(r: StatusReport, staleAfterDays = 365): string {
  const lines: string[] = [];
  lines.push(`Missing English text: ${r.untranslatedFields.length + r.untranslatedDocs.length} entr${r.untranslatedFields.length + r.untranslatedDocs.length === 1 ? 'y' : 'ies'}`);
  for (const f of r.untranslatedFields) lines.push(`  ${f.file}: ${f.fields.join(', ')}`);
  for (const d of r.untranslatedDocs) lines.push(`  ${d.file}: no English file with key "${d.key}"`);
  lines.push(`Figures older than ${staleAfterDays} days: ${r.stale.length}`);
  for (const s of r.stale) lines.push(`  ${s.file}: as of ${s.asOf} (${s.days} days)`);
  return lines.join('\n');
}
