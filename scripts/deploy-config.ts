// npm run deploy:config: writes the host configurations (deploy/, vercel.json) from the header
// table in src/lib/headers.ts. Run it after changing the table or content/cms.json; a unit test
// fails while a committed file is out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pipelineSettings, readCmsSettings } from '../src/lib/cms/settings.ts';
import { contentRoot } from '../src/lib/content/load.ts';
import { deployFiles } from '../src/lib/deploy/index.ts';
import { headerTable } from '../src/lib/headers.ts';

const root = contentRoot();
const site = JSON.parse(readFileSync(path.join(root, 'site.json'), 'utf8')) as { url: string };
const settings = readCmsSettings(root);
for (const [file, text] of Object.entries(deployFiles(headerTable(settings), site.url, pipelineSettings(settings).publish))) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
