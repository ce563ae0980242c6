// What staff still have to do, per language: how much is translated (record texts and site.json;
// articles and standing pages), which entries lack their text, which translations have fallen
// behind a later change to the Vietnamese (from git history, see freshness.ts), and which figures
// are old. Reported, never hidden: the site still publishes them (with a notice).
import { LANGUAGES, languageName, SOURCE } from '../languages.ts';
import { localizedTexts } from '../localize.ts';
import { daysSince, docLag, recordLags, type FieldLag, type History } from './freshness.ts';
import type { ContentTree } from './load.ts';
import { citationsOf, staleCitations, type Citation } from '../citations.ts';
import { basisReferences } from '../costs-schema.ts';

export interface BehindDoc {
  /** The translation's file. */
  file: string;
  /** Its Vietnamese original. */
  original: string;
  /** When the original last changed, and how many days ago. */
  since: string;
  days: number;
  /** When the translation's file last changed. */
  translated: string;
}

export interface BehindRecord {
  file: string;
  fields: { field: string; since: string; days: number; translated: string }[];
}

export interface LanguageStatus {
  locale: string;
  /** Localized texts of records and site.json, and how many have this language's text. */
  fields: { total: number; translated: number };
  /** Articles and standing pages (their Vietnamese originals), and how many have a file in this language. */
  docs: { total: number; translated: number };
  /** Records (and site.json) with texts that lack this language. */
  untranslatedFields: { file: string; fields: string[] }[];
  /** Articles and standing pages with no file in this language. */
  untranslatedDocs: { file: string; key: string }[];
  /** Files in this language whose Vietnamese original changed in a later commit. */
  behindDocs: BehindDoc[];
  /** Records whose Vietnamese text changed in a later commit than this language's. */
  behindRecords: BehindRecord[];
}

export interface StatusReport {
  /** Every language but the Vietnamese original, in the list's order. */
  languages: LanguageStatus[];
  /** Whether git history could be read; when not, `behind*` are empty and `reason` says why. */
  history: { checked: true } | { checked: false; reason: string };
  /** Records whose figures are older than the limit. */
  stale: { file: string; asOf: string; days: number }[];
  /** Citations of documents the legal register marks replaced or expired, and of documents
   * whose status nobody has confirmed. */
  citations: { stale: StaleCitation[]; unconfirmed: Citation[] };
  /** Articles and notices dated after the build's clock: not published yet, and when they go out. */
  scheduled: ContentTree['scheduled'];
}
type StaleCitation = ReturnType<typeof staleCitations>[number];

/** Every citation of the legal register in the content (a translation cites what its original does). */
export function treeCitations(tree: ContentTree): Citation[] {
  return citationsOf({
    projects: tree.projects,
    pages: tree.pages.filter((p) => p.locale === SOURCE),
    ...(tree.procedure ? { procedure: tree.procedure } : {}),
    costs: [
      ...tree.costs.map((c) => ({ file: c.file, name: c.name, refs: basisReferences(c.data) })),
      ...tree.zones.map((z) => ({ file: z.file, name: 'zones', refs: basisReferences(z.data.costs).map((r) => ({ ...r, field: `costs.${r.field}` })) })),
    ],
  });
}

const DAY = 86_400_000;
const NOT_READ: History = { status: 'unavailable', reason: 'git history was not read' };

export function contentStatus(tree: ContentTree, today: string, staleAfterDays = 365, history: History = NOT_READ): StatusReport {
  const records = [
    { file: tree.siteFile, data: tree.site as unknown },
    ...[...tree.sectors, ...tree.zones, ...tree.projects, ...tree.datasets, ...tree.legal],
    ...(tree.procedure ? [tree.procedure] : []),
    ...tree.costs.map((c) => ({ file: c.file, data: c.data })),
  ];
  const texts = records.map((r) => ({ file: r.file, texts: localizedTexts(r.data) }));
  const docs = [...tree.news, ...tree.pages];
  const section = (file: string) => file.split('/').at(-3);
  const docKey = (d: (typeof docs)[number]) => `${section(d.file)}:${d.data.key}`;
  const files = new Map<string, Map<string, (typeof docs)[number]>>();
  for (const d of docs) {
    const slot = files.get(docKey(d)) ?? new Map();
    slot.set(d.locale, d);
    files.set(docKey(d), slot);
  }
  const originals = docs.filter((d) => d.locale === SOURCE);
  const lags = recordLags(history, records.map((r) => r.file));
  const byFile = new Map(records.map((r) => [r.file, r.data]));

  const languages = LANGUAGES.filter((l) => l.code !== SOURCE).map(({ code }): LanguageStatus => {
    let total = 0;
    let translated = 0;
    const untranslatedFields: LanguageStatus['untranslatedFields'] = [];
    for (const { file, texts: t } of texts) {
      const missing: string[] = [];
      for (const [field, v] of t) {
        total++;
        if (v[code]?.trim()) translated++;
        else missing.push(field);
      }
      if (missing.length) untranslatedFields.push({ file, fields: missing });
    }
    const untranslatedDocs = originals.filter((d) => !files.get(docKey(d))!.has(code)).map((d) => ({ file: d.file, key: d.data.key }));
    const behindDocs: BehindDoc[] = [];
    for (const vi of originals) {
      const own = files.get(docKey(vi))!.get(code);
      const lag = own && docLag(history, vi.file, own.file);
      if (lag) behindDocs.push({ file: own.file, original: vi.file, since: lag.originalChanged.date, days: daysSince(lag.originalChanged.date, today), translated: lag.translationChanged.date });
    }
    const behindRecords: BehindRecord[] = [];
    for (const [file, { lags: fields }] of lags) {
      // Only text still there: a translation that was removed is reported as missing.
      const now = localizedTexts(byFile.get(file));
      const open = fields.filter((f: FieldLag) => f.locale === code && now.get(f.field)?.[code]);
      if (open.length) {
        behindRecords.push({ file, fields: open.map((f) => ({ field: f.field, since: f.viChanged.date, days: daysSince(f.viChanged.date, today), translated: f.translationChanged.date })) });
      }
    }
    behindDocs.sort((a, b) => b.days - a.days);
    behindRecords.sort((a, b) => Math.max(...b.fields.map((f) => f.days)) - Math.max(...a.fields.map((f) => f.days)));
    return {
      locale: code,
      fields: { total, translated },
      docs: { total: originals.length, translated: originals.length - untranslatedDocs.length },
      untranslatedFields,
      untranslatedDocs,
      behindDocs,
      behindRecords,
    };
  });

  const now = Date.parse(today);
  const stale = records
    .slice(1)
    .map((r) => ({ file: r.file, asOf: (r.data as { asOf: string }).asOf, days: Math.floor((now - Date.parse((r.data as { asOf: string }).asOf)) / DAY) }))
    .filter((r) => r.days > staleAfterDays)
    .sort((a, b) => b.days - a.days);
  const citations = treeCitations(tree);
  const unconfirmed = new Set(tree.legal.filter((d) => d.data.status === 'unconfirmed').map((d) => d.data.id));
  return {
    languages,
    history: history.status === 'ok' ? { checked: true } : { checked: false, reason: history.reason },
    stale,
    citations: { stale: staleCitations(citations, tree.legal.map((d) => d.data)), unconfirmed: citations.filter((c) => unconfirmed.has(c.doc)) },
    scheduled: tree.scheduled,
  };
}

/** The languages `--strict` holds to by default: the complete ones (English). */
export function defaultStrictLanguages(): string[] {
  return LANGUAGES.filter((l) => l.complete && l.code !== SOURCE).map((l) => l.code);
}

const english = (code: string) => languageName(code, 'en');

/** Why `npm run status -- --strict` should fail: a text missing or behind in a language it
 * holds to, or history not there to tell. */
export function strictFailures(r: StatusReport, enforced: string[] = defaultStrictLanguages()): string[] {
  const out: string[] = [];
  for (const l of r.languages.filter((x) => enforced.includes(x.locale))) {
    const missing = l.untranslatedFields.length + l.untranslatedDocs.length;
    const behind = l.behindDocs.length + l.behindRecords.length;
    if (missing) out.push(`${missing} ${plural(missing, 'entry', 'entries')} without ${english(l.locale)}`);
    if (behind) out.push(`${behind} ${plural(behind, 'entry', 'entries')} with ${english(l.locale)} behind the Vietnamese`);
  }
  if (!r.history.checked && enforced.length) out.push(`whether ${enforced.map(english).join(', ')} ${enforced.length === 1 ? 'is' : 'are'} behind could not be checked: ${r.history.reason}`);
  return out;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const ago = (days: number) => (days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`);
const day = (iso: string) => iso.slice(0, 10);
const percent = (a: number, b: number) => (b ? `${Math.floor((a / b) * 100)}%` : '100%');

/** An instant as Vietnam's clock reads it, e.g. 2027-01-15 09:00. */
function vietnamTime(iso: string): string {
  return new Date(Date.parse(iso) + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function formatStatus(r: StatusReport, staleAfterDays = 365): string {
  const lines: string[] = [];
  lines.push('Translated, per language (texts of records and site.json; articles and standing pages):');
  for (const l of r.languages) {
    const behind = l.behindDocs.length + l.behindRecords.length;
    lines.push(
      `  ${l.locale.padEnd(8)} ${english(l.locale).padEnd(20)} texts ${l.fields.translated}/${l.fields.total} (${percent(l.fields.translated, l.fields.total)}), ` +
        `pages ${l.docs.translated}/${l.docs.total} (${percent(l.docs.translated, l.docs.total)})` +
        (r.history.checked ? `, ${behind} behind` : ''),
    );
  }
  for (const l of r.languages) {
    const name = english(l.locale);
    const missing = l.untranslatedFields.length + l.untranslatedDocs.length;
    lines.push('', `Missing ${name} text: ${missing} ${plural(missing, 'entry', 'entries')}`);
    for (const f of l.untranslatedFields) lines.push(`  ${f.file}: ${f.fields.join(', ')}`);
    for (const d of l.untranslatedDocs) lines.push(`  ${d.file}: no ${name} file with key "${d.key}"`);
    if (!r.history.checked) {
      lines.push(`${name} behind the Vietnamese: not checked, because ${r.history.reason}`);
      continue;
    }
    const behind = l.behindDocs.length + l.behindRecords.length;
    lines.push(`${name} behind the Vietnamese: ${behind} ${plural(behind, 'entry', 'entries')}`);
    for (const d of l.behindDocs) {
      lines.push(`  ${d.file}: the Vietnamese (${d.original}) changed ${ago(d.days)} (${day(d.since)}), after the ${name} (${day(d.translated)})`);
    }
    for (const rec of l.behindRecords) {
      const fields = rec.fields.map((f) => `${f.field} (Vietnamese changed ${ago(f.days)}, ${day(f.since)}; ${name} ${day(f.translated)})`);
      lines.push(`  ${rec.file}: ${fields.join('; ')}`);
    }
  }
  lines.push('', `Figures older than ${staleAfterDays} days: ${r.stale.length}`);
  for (const s of r.stale) lines.push(`  ${s.file}: as of ${s.asOf} (${s.days} days)`);
  const stale = r.citations.stale;
  lines.push('', `Citations of documents replaced or expired: ${stale.length}`);
  for (const c of stale) lines.push(`  ${c.file}: ${c.field} cites ${c.doc}, ${c.status}${c.replacedBy ? ` by ${c.replacedBy}` : ''}`);
  const unconfirmed = r.citations.unconfirmed;
  lines.push('', `Citations of documents whose status is not confirmed: ${unconfirmed.length}`);
  for (const c of unconfirmed) lines.push(`  ${c.file}: ${c.field} cites ${c.doc}`);
  // The hourly pipeline run publishes each in the first build after its time.
  lines.push('', `Waiting to be published: ${r.scheduled.length}`);
  for (const s of r.scheduled) lines.push(`  ${s.at.replace(/:00\.000Z$/, 'Z')} (${vietnamTime(s.at)} in Vietnam): ${s.kind} "${s.title}", ${s.file}`);
  return lines.join('\n');
}
