import { serveStatic, launchChromium } from './tests/e2e/harness.ts';
const server = await serveStatic('dist');
const browser = await launchChromium();
for (const spec of process.argv.slice(2)) {
  const [path, name, width = '1280', full = ''] = spec.split('|');
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
  await page.goto(server.origin + path);
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: !!full });
  await page.close();
}
await browser.close();
await server.close();
