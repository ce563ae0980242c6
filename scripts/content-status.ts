// npm run status: which entries still lack English, and which figures are old.
// Usage: npm run status [-- --days 365]
import { loadContentTree } from '../src/lib/content/load.ts';
import { contentStatus, formatStatus } from '../src/lib/content/status.ts';

const i = process.argv.indexOf('--days');
const days = i > 0 ? Number(process.argv[i + 1]) : 365;
const today = new Date().toISOString().slice(0, 10);
console.log(`Content status on ${today}\n`);
console.log(formatStatus(contentStatus(loadContentTree(), today, days), days));
