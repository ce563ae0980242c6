// npm run status: which entries still lack English, whose English has fallen behind the Vietnamese
// (from git history), and which figures are old.
// Usage: npm run status [-- --days 365] [-- --strict]
//   --strict  exit with status 1 when English is missing or behind, or cannot be checked (no git
//             history, or a shallow clone), so a deploy can depend on it.
import { loadContentTree, contentRoot } from '../src/lib/content/load.ts';
import { readHistory } from '../src/lib/content/freshness.ts';
import { contentStatus, formatStatus, strictFailures } from '../src/lib/content/status.ts';

const i = process.argv.indexOf('--days');
const days = i > 0 ? Number(process.argv[i + 1]) : 365;
const strict = process.argv.includes('--strict');
const today = new Date().toISOString().slice(0, 10);
const report = contentStatus(loadContentTree(), today, days, readHistory(contentRoot()));
console.log(`Content status on ${today}\n`);
console.log(formatStatus(report, days));
if (strict) {
  const failures = strictFailures(report);
  if (failures.length) {
    console.error(`\n--strict: ${failures.join('; ')}.`);
    process.exit(1);
  }
  console.log('\n--strict: every entry has English that is up to date.');
}
