// npm run status: per language, how much is translated, which entries still lack their text,
// which translations have fallen behind the Vietnamese (from git history), and which figures are old.
// Usage: npm run status [-- --days 365] [-- --strict[=en,ja]]
//   --strict         exit with status 1 when a text is missing or behind in a language it holds
//                    to, or history cannot be read (no git, or a shallow clone), so a deploy can
//                    depend on it. By default it holds to the complete languages of
//                    content/languages.json (English); --strict=en,ja names them.
import { loadContentTree, contentRoot } from '../src/lib/content/load.ts';
import { readHistory } from '../src/lib/content/freshness.ts';
import { contentStatus, defaultStrictLanguages, formatStatus, strictFailures } from '../src/lib/content/status.ts';
import { languageName, LOCALES, SOURCE } from '../src/lib/languages.ts';

const i = process.argv.indexOf('--days');
const days = i > 0 ? Number(process.argv[i + 1]) : 365;
const strictArg = process.argv.find((a) => a === '--strict' || a.startsWith('--strict='));
const enforced = strictArg?.includes('=') ? strictArg.slice('--strict='.length).split(',').map((s) => s.trim()).filter(Boolean) : defaultStrictLanguages();
const unknown = enforced.filter((l) => !LOCALES.includes(l) || l === SOURCE);
if (strictArg && unknown.length) {
  console.error(`--strict: ${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a translation of content/languages.json (${LOCALES.filter((l) => l !== SOURCE).join(', ')}).`);
  process.exit(2);
}
const today = new Date().toISOString().slice(0, 10);
const report = contentStatus(loadContentTree(), today, days, readHistory(contentRoot()));
console.log(`Content status on ${today}\n`);
console.log(formatStatus(report, days));
if (strictArg) {
  const failures = strictFailures(report, enforced);
  const names = enforced.map((l) => languageName(l, 'en')).join(', ');
  if (failures.length) {
    console.error(`\n--strict (${names}): ${failures.join('; ')}.`);
    process.exit(1);
  }
  console.log(`\n--strict (${names}): every entry has its text, up to date.`);
}
