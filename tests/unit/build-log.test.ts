import { describe, expect, it } from 'vitest';
import { ContentError, formatProblems, type Problem } from '../../src/lib/content/problems.ts';
import { isPerPageLine } from '../../src/integrations/quiet-log.ts';

describe('the build log', () => {
  it("drops exactly Astro's line per page written", () => {
    expect(isPerPageLine({ label: null, level: 'info', message: '  \x1b[34m├─\x1b[39m \x1b[2m/du-an/index.html\x1b[22m' })).toBe(true);
    expect(isPerPageLine({ label: 'SKIP_FORMAT', level: 'info', message: ' \x1b[2m(+3ms)\x1b[22m ' })).toBe(true);
    expect(isPerPageLine({ label: 'SKIP_FORMAT', level: 'info', message: ' (+1.25s) ' })).toBe(true);
    expect(isPerPageLine({ label: null, level: 'info', message: '  \x1b[32m▶\x1b[39m /_astro/lead.DrXl_Z1Ft.avif \x1b[2m(before: 7303kB, after: 48kB)\x1b[22m \x1b[2m(+3.02s)\x1b[22m \x1b[2m(59/69)\x1b[22m' })).toBe(true);
    expect(isPerPageLine({ label: null, level: 'info', message: '  ▶ /_astro/lead.DrXl_Z1Ft.avif (reused cache entry) (+1ms) (2/69)' })).toBe(true);
    expect(isPerPageLine({ label: 'assets', level: 'info', message: 'generating optimized images' })).toBe(false);
    expect(isPerPageLine({ label: 'build', level: 'info', message: '8728 page(s) built in 54s' })).toBe(false);
    expect(isPerPageLine({ label: null, level: 'warn', message: '  ├─ /x/index.html' })).toBe(false);
    expect(isPerPageLine({ label: 'content', level: 'error', message: 'Content has 2 problems' })).toBe(false);
  });
});

describe('many content problems', () => {
  const problem = (i: number, field: string): Problem => ({ file: `content/projects/p-${i}.json`, field, expected: 'a date written YYYY-MM-DD', found: '"soon" (text)' });
  const problems = [...Array.from({ length: 40 }, (_, i) => problem(i, 'asOf')), problem(99, 'sources[2].date'), problem(100, 'sources[0].date')];

  it('show the first few of each field in full, then how many more', () => {
    const text = formatProblems(problems);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3 + 1 + 2);
    expect(lines[0]).toBe('  content/projects/p-0.json: field "asOf": expected a date written YYYY-MM-DD, found "soon" (text)');
    expect(lines[3]).toBe('  … and 37 more with field "asOf" (in 37 more files)');
    expect(text).toContain('content/projects/p-99.json: field "sources[2].date"');
    expect(text).toContain('content/projects/p-100.json: field "sources[0].date"');
  });

  it('keep every problem for the tools, and count them all in the message', () => {
    const err = new ContentError(problems);
    expect(err.problems).toHaveLength(42);
    expect(err.message.split('\n')[0]).toBe('Content has 42 problems; nothing was built.');
  });
});
