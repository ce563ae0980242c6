import { readFileSync, writeFileSync } from 'node:fs';
import { renderChart, renderRawSvg } from './src/charts/render.ts';
import { datasetSchema } from './src/lib/schema.ts';
for (const id of ['fdi-registered-by-year', 'fdi-cumulative', 'fdi-2020-by-channel', 'fdi-2022-by-sector']) {
  const d = datasetSchema.parse(JSON.parse(readFileSync(`content/datasets/${id}.json`, 'utf8')));
  for (const locale of ['vi', 'en'] as const) {
    const t = performance.now();
    const svg = renderChart(d, { locale });
    console.log(id, locale, (performance.now() - t).toFixed(1), 'ms', svg.length, 'bytes raw', renderRawSvg(d, locale).length);
    writeFileSync(`/tmp/${id}-${locale}.html`, `<!doctype html><meta charset=utf-8><link rel=stylesheet href="file:///work/main/node_modules/@fontsource/be-vietnam-pro/index.css"><link rel=stylesheet href="file:///work/main/node_modules/@fontsource/be-vietnam-pro/vietnamese-400.css"><link rel=stylesheet href="file:///work/main/node_modules/@fontsource/be-vietnam-pro/vietnamese-700.css"><link rel=stylesheet href="file:///work/main/node_modules/@fontsource/be-vietnam-pro/700.css"><body style="margin:0;width:640px">${svg}`);
  }
}
console.log([...renderChart(datasetSchema.parse(JSON.parse(readFileSync('content/datasets/fdi-registered-by-year.json','utf8'))), { locale: 'vi' }).matchAll(/<text[^>]*>[^<]*<\/text>/g)].map(m=>m[0]).slice(0,8).join('\n'));
