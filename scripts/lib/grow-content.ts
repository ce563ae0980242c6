// Grows a copy of content/ to a department's size for the scale benchmark: more projects and more
// articles, cloned from the sample records round-robin with new ids, codes, keys, dates and
// amounts, so lists, sorts and pages spread the way real content would. The copies pass the same
// content check as the originals (a unit test builds a small grown tree and loads it).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface GrowOptions {
  /** Projects in all, the sample ones included. */
  projects: number;
  /** Articles in all, the sample ones included (each in Vietnamese and English). */
  articles: number;
  /** The share of the articles (0 to 1) also written in each partial language of the list: a
   * partial language's newsroom lists only those. */
  translated?: number;
  /** Give every text of every grown project a value in every language (the sample projects
   * translate only their title, summary and incentives). */
  allLanguages?: boolean;
}

interface Lang {
  code: string;
  complete: boolean;
}

/** Fills each localized text's missing languages with its English (or Vietnamese) text. */
function fillLanguages(value: unknown, codes: string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => fillLanguages(v, codes));
  if (!value || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (typeof obj.vi === 'string' && Object.keys(obj).every((k) => codes.includes(k))) {
    return Object.fromEntries(codes.map((c) => [c, obj[c] ?? obj.en ?? obj.vi]));
  }
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, fillLanguages(v, codes)]));
}

const DAY = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Copy `from` (a content folder) to `to` and add records until the counts are reached. */
export function growContent(from: string, to: string, opts: GrowOptions): { projects: number; articles: number } {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });

  const languages = JSON.parse(readFileSync(path.join(to, 'languages.json'), 'utf8')) as Lang[];
  const codes = languages.map((l) => l.code);
  const partial = languages.filter((l) => !l.complete).map((l) => l.code);
  const projectDir = path.join(to, 'projects');
  const samples = readdirSync(projectDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(projectDir, f), 'utf8')) as Record<string, unknown>);
  const start = Date.parse('2026-06-30');
  for (let n = samples.length; n < opts.projects; n++) {
    const base = samples[n % samples.length]!;
    const i = n - samples.length + 1;
    const title = base.title as { vi: string; en?: string };
    const capital = base.capital as { amount: number; currency: string };
    const copy = {
      ...((opts.allLanguages ? fillLanguages(base, codes) : base) as Record<string, unknown>),
      id: `${base.id as string}-${i}`,
      // Codes are unique: a prefix no sample uses, a year per 999 copies, a serial number.
      code: `SC-${2000 + Math.floor((i - 1) / 999)}-${String(((i - 1) % 999) + 1).padStart(3, '0')}`,
      title: Object.fromEntries(
        Object.entries(opts.allLanguages ? (fillLanguages(title, codes) as Record<string, string>) : title).map(([l, t]) => [l, l === 'vi' ? `${t} (số ${i})` : `${t} (no. ${i})`]),
      ),
      capital: { ...capital, amount: Math.round(capital.amount * (0.5 + ((i * 37) % 100) / 50)) },
      asOf: isoDay(start - ((i * 7) % 700) * DAY),
    };
    writeFileSync(path.join(projectDir, `${copy.id}.json`), `${JSON.stringify(copy, null, 2)}\n`);
  }

  // Articles: each Vietnamese sample with its English file (if any) cloned under a new key.
  const viDir = path.join(to, 'news', 'vi');
  const enDir = path.join(to, 'news', 'en');
  const originals = readdirSync(viDir).filter((f) => /\.mdx?$/.test(f)).sort();
  const english = new Set(readdirSync(enDir));
  const share = opts.translated ?? 0;
  // Article n is also written in the partial languages when the running share of them steps up.
  const translatedAt = (n: number) => Math.floor((n + 1) * share) > Math.floor(n * share);
  // A partial language's copy of an article: its English file, in that language's folder.
  const writeTranslations = (file: string, name: string, change: (text: string) => string) => {
    const source = path.join(english.has(file) ? enDir : viDir, file);
    for (const code of partial) {
      const dir = path.join(to, 'news', code);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, name), change(readFileSync(source, 'utf8')).replace(/^title:\s*"(.*)"\s*$/m, (_, t: string) => `title: "[${code}] ${t}"`));
    }
  };
  for (let n = 0; n < Math.min(originals.length, opts.articles); n++) if (translatedAt(n)) writeTranslations(originals[n]!, originals[n]!, (t) => t);
  const latest = Date.parse('2026-10-31T09:00:00+07:00');
  for (let n = originals.length; n < opts.articles; n++) {
    const file = originals[n % originals.length]!;
    const i = n - originals.length + 1;
    const when = new Date(latest - i * (DAY / 3)); // three a day, back from the latest
    const date = `${when.toISOString().slice(0, 19)}+00:00`;
    let name = '';
    const change = (text: string) => {
      const key = /^key:\s*"?([a-z0-9-]+)"?\s*$/m.exec(text)![1]!;
      name = `${date.slice(0, 10)}-${key}-${i}.mdx`;
      return text
        .replace(/^key:.*$/m, `key: "${key}-${i}"`)
        .replace(/^date:.*$/m, `date: "${date}"`)
        .replace(/^title:\s*"(.*)"\s*$/m, (_, t: string) => `title: "${t} (${i})"`);
    };
    for (const [dir, has] of [
      [viDir, true],
      [enDir, english.has(file)],
    ] as const) {
      if (!has) continue;
      const out = change(readFileSync(path.join(dir, file), 'utf8'));
      writeFileSync(path.join(dir, name), out);
    }
    if (translatedAt(n)) writeTranslations(file, name, change);
  }
  return { projects: Math.max(samples.length, opts.projects), articles: Math.max(originals.length, opts.articles) };
}
