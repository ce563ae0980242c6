import { describe, expect, it } from 'vitest';
import { chartTags, splitCharts, unsupportedSyntax } from '../../src/lib/doc-body.ts';

describe('article and page bodies', () => {
  it('cut the rendered HTML at each chart, keeping the level asked for', () => {
    const html = '<p>a</p>\n<Chart dataset="fdi-cumulative" level={3} />\n<p>b</p>\n<Chart dataset=\'exports\' />';
    expect(splitCharts(html)).toEqual([{ html: '<p>a</p>\n' }, { chart: 'fdi-cumulative', level: 3 }, { html: '\n<p>b</p>\n' }, { chart: 'exports', level: 2 }]);
    expect(splitCharts('<p>only text</p>')).toEqual([{ html: '<p>only text</p>' }]);
  });
  it('read each chart tag as written', () => {
    expect(chartTags('x <Chart dataset="a" level="3"></Chart> y <Chart level={2} />')).toEqual([
      { dataset: 'a', level: '3' },
      { dataset: undefined, level: '2' },
    ]);
  });
  it('find what MDX would take but the site does not render, outside code blocks', () => {
    expect(unsupportedSyntax('import X from "y";\n\nText <Gallery /> and <Chart dataset="a" />.\n```\nimport ok\n<Fine />\n```\nexport const a = 1;')).toEqual([
      'import X from "y";',
      '<Gallery>',
      'export const a = 1;',
    ]);
    expect(unsupportedSyntax('Plain text with <b>html</b> and {braces}.')).toEqual([]);
  });
});
