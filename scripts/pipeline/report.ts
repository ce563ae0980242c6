// npm run pipeline:report -- <production|preview> <pending|failure>: the workflows' first and
// last word to the git host, so Sveltia CMS shows "building" while a run works and "failed" when
// it stops (./lib/report.ts). Success is reported by publish.ts and preview.ts themselves.
import { report, type Kind, type State } from './lib/report.ts';

const [kind, state] = process.argv.slice(2) as [Kind, State];
if (!['production', 'preview'].includes(kind) || !['pending', 'failure'].includes(state)) {
  console.error('Usage: node scripts/pipeline/report.ts <production|preview> <pending|failure>');
  process.exit(2);
}
const description = state === 'pending' ? (kind === 'preview' ? 'Building the preview' : 'Checking and building the site') : kind === 'preview' ? 'The preview could not be built: see the log' : 'Not published: see the log; the live site is unchanged';
await report({ kind, state, description });
