import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_DAYS, keepFile, pruneUnused, readKept, sourceDigest } from '../../src/lib/file-cache.ts';

const root = mkdtempSync(path.join(tmpdir(), 'file-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('kept files', () => {
  it('are written whole under their name, with no temporary file left beside them', () => {
    const file = path.join(root, 'kept', 'a.svg');
    keepFile(file, '<svg/>');
    keepFile(file, '<svg id="2"/>');
    expect(readFileSync(file, 'utf8')).toBe('<svg id="2"/>');
    expect(readdirSync(path.dirname(file))).toEqual(['a.svg']);
  });

  it('are read back and marked as used, so the pruning keeps them; a missing one is undefined', () => {
    const dir = path.join(root, 'used');
    const file = path.join(dir, 'b.png');
    keepFile(file, Buffer.from([1, 2, 3]));
    const longAgo = new Date(Date.now() - (CACHE_DAYS + 1) * 86_400_000);
    utimesSync(file, longAgo, longAgo);
    expect(readKept(file)).toEqual(Buffer.from([1, 2, 3]));
    expect(pruneUnused(dir, ['.png'])).toBe(0);
    expect(readKept(path.join(dir, 'none.png'))).toBeUndefined();
  });

  it('unused for longer than the cache keeps them are deleted, of the kinds named only, unless kept by name', () => {
    const dir = path.join(root, 'old');
    const longAgo = new Date(Date.now() - (CACHE_DAYS + 1) * 86_400_000);
    for (const name of ['old.png', 'old.svg', 'other.txt', 'kept.png', 'new.png']) {
      keepFile(path.join(dir, name), name);
      if (name !== 'new.png') utimesSync(path.join(dir, name), longAgo, longAgo);
    }
    expect(pruneUnused(dir, ['.png', '.svg'], new Set([path.join(dir, 'kept.png')]))).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['kept.png', 'new.png', 'other.txt']);
  });
});

describe('a digest of source folders', () => {
  const src = path.join(root, 'src');
  mkdirSync(path.join(src, 'charts', 'deep'), { recursive: true });
  writeFileSync(path.join(src, 'charts', 'render.ts'), 'draw()');
  writeFileSync(path.join(src, 'charts', 'deep', 'fonts.ts'), 'fonts()');

  it('is the same for the same files, and changes with a file\'s content and with a new file', () => {
    const first = sourceDigest([path.join(src, 'charts')]);
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(sourceDigest([path.join(src, 'charts')])).toBe(first);
    writeFileSync(path.join(src, 'charts', 'deep', 'fonts.ts'), 'fonts(2)');
    const changed = sourceDigest([path.join(src, 'charts')]);
    expect(changed).not.toBe(first);
    writeFileSync(path.join(src, 'charts', 'new.ts'), '');
    expect(sourceDigest([path.join(src, 'charts')])).not.toBe(changed);
  });

  it('is undefined when a folder is missing, so nothing is taken from a cache', () => {
    expect(sourceDigest([path.join(src, 'charts'), path.join(src, 'missing')])).toBeUndefined();
  });
});
