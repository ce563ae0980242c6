// What staff still have to do: entries without their English text, English that has fallen behind
// a later change to the Vietnamese (from git history, see freshness.ts), and figures whose as-of
// date is old. Reported, never hidden: the site still publishes them (with a notice).
import { missingTranslations } from '../localize.ts';
import { daysSince, docLag, recordLags, type History } from './freshness.ts';
import type { ContentTree } from './load.ts';

export interface BehindDoc {
  /** The English file. */
  file: string;
  /** Its Vietnamese original. */
  original: string;
  /** When the original last changed, and how many days ago. */
  since: string;
  days: number;
  /** When the English file last changed. */
  translated: string;
}

export interface BehindRecord {
  file: string;
  fields: { field: string; since: string; days: number; translated: string }[];
}

export interface StatusReport {
  /** JSON records (and site.json) with localized fields that lack English. */
  untranslatedFields: { file: string; fields: string[] }[];
  /** Articles and standing pages with no English file. */
  untranslatedDocs: { file: string; key: string }[];
  /** Whether git history could be read; when not, `behind*` are empty and `reason` says why. */
  history: { checked: true } | { checked: false; reason: string };
  /** English articles and pages whose Vietnamese original changed in a later commit. */
  behindDocs: BehindDoc[];
  /** Records whose Vietnamese text changed in a later commit than its English. */
  behindRecords: BehindRecord[];
  /** Records whose figures are older than the limit. */
  stale: { file: string; asOf: string; days: number }[];
}

const DAY = 86_400_000;
const NOT_READ: History = { status: 'unavailable', reason: 'git history was not read' };

export function contentStatus(tree: ContentTree, today: string, staleAfterDays = 365, history: History = NOT_READ): StatusReport {
  const records = [...tree.sectors, ...tree.zones, ...tree.projects, ...tree.datasets];
  const untranslatedFields = [{ file: 'content/site.json', data: tree.site as unknown }, ...records]
    .map((r) => ({ file: r.file, fields: missingTranslations(r.data) }))
    .filter((r) => r.fields.length > 0);
  const docs = [...tree.news, ...tree.pages];
  const section = (file: string) => file.split('/').at(-3);
  const untranslatedDocs = docs
    .filter((d) => d.locale === 'vi' && !docs.some((o) => o.locale === 'en' && o.data.key === d.data.key && section(o.file) === section(d.file)))
    .map((d) => ({ file: d.file, key: d.data.key }));
  const now = Date.parse(today);

  const behindDocs: BehindDoc[] = [];
  for (const en of docs.filter((d) => d.locale === 'en')) {
    const vi = docs.find((d) => d.locale === 'vi' && d.data.key === en.data.key && section(d.file) === section(en.file));
    const lag = vi && docLag(history, vi.file, en.file);
    if (lag) behindDocs.push({ file: en.file, original: vi.file, since: lag.originalChanged.date, days: daysSince(lag.originalChanged.date, today), translated: lag.translationChanged.date });
  }
  const behindRecords: BehindRecord[] = [];
  const lags = recordLags(history, [...records.map((r) => r.file), 'content/site.json']);
  for (const [file, { lags: fields }] of lags) {
    // Only English that is still there: a text whose English was removed is reported as missing.
    const data = file === 'content/site.json' ? tree.site : records.find((r) => r.file === file)?.data;
    const open = fields.filter((f) => data !== undefined && !missingTranslations(data).includes(f.field));
    if (open.length) {
      behindRecords.push({ file, fields: open.map((f) => ({ field: f.field, since: f.viChanged.date, days: daysSince(f.viChanged.date, today), translated: f.enChanged.date })) });
    }
  }
  behindDocs.sort((a, b) => b.days - a.days);
  behindRecords.sort((a, b) => Math.max(...b.fields.map((f) => f.days)) - Math.max(...a.fields.map((f) => f.days)));

  const stale = records
    .map((r) => ({ file: r.file, asOf: r.data.asOf, days: Math.floor((now - Date.parse(r.data.asOf)) / DAY) }))
    .filter((r) => r.days > staleAfterDays)
    .sort((a, b) => b.days - a.days);
  return {
    untranslatedFields,
    untranslatedDocs,
    history: history.status === 'ok' ? { checked: true } : { checked: false, reason: history.reason },
    behindDocs,
    behindRecords,
    stale,
  };
}

/** Whether `npm run status -- --strict` should fail: English missing, behind, or not checkable. */
export function strictFailures(r: StatusReport): string[] {
  const out: string[] = [];
  const missing = r.untranslatedFields.length + r.untranslatedDocs.length;
  const behind = r.behindDocs.length + r.behindRecords.length;
  if (missing) out.push(`${missing} ${plural(missing, 'entry', 'entries')} without English`);
  if (behind) out.push(`${behind} ${plural(behind, 'entry', 'entries')} with English behind the Vietnamese`);
  if (!r.history.checked) out.push(`whether English is behind could not be checked: ${r.history.reason}`);
  return out;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const ago = (days: number) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`);
const day = (iso: string) => iso.slice(0, 10);

export function formatStatus(r: StatusReport, staleAfterDays = 365): string {
  const lines: string[] = [];
  const missing = r.untranslatedFields.length + r.untranslatedDocs.length;
  lines.push(`Missing English text: ${missing} ${plural(missing, 'entry', 'entries')}`);
  for (const f of r.untranslatedFields) lines.push(`  ${f.file}: ${f.fields.join(', ')}`);
  for (const d of r.untranslatedDocs) lines.push(`  ${d.file}: no English file with key "${d.key}"`);
  if (!r.history.checked) {
    lines.push(`English behind the Vietnamese: not checked, because ${r.history.reason}`);
  } else {
    const behind = r.behindDocs.length + r.behindRecords.length;
    lines.push(`English behind the Vietnamese: ${behind} ${plural(behind, 'entry', 'entries')}`);
    for (const d of r.behindDocs) {
      lines.push(`  ${d.file}: the Vietnamese (${d.original}) changed ${ago(d.days)} (${day(d.since)}), after the English (${day(d.translated)})`);
    }
    for (const rec of r.behindRecords) {
      const fields = rec.fields.map((f) => `${f.field} (Vietnamese changed ${ago(f.days)}, ${day(f.since)}; English ${day(f.translated)})`);
      lines.push(`  ${rec.file}: ${fields.join('; ')}`);
    }
  }
  lines.push(`Figures older than ${staleAfterDays} days: ${r.stale.length}`);
  for (const s of r.stale) lines.push(`  ${s.file}: as of ${s.asOf} (${s.days} days)`);
  return lines.join('\n');
}
