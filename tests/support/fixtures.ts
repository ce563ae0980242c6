// Bad-content cases: each folder under tests/fixtures/bad/ holds files that replace or join
// the sample content, and case.json says which file and field the error must name.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makePhoto, makePng, makeTruncatedJpeg, writeScriptSvg } from './images.ts';

export interface BadCase {
  name: string;
  what: string;
  file: string;
  field: string;
  expected: string;
  found: string;
  /** Files the test makes before the build (the bad pictures: see tests/support/images.ts). */
  make?: Record<string, BadFile>;
  /** Files of the sample content the case removes (a standing page taken away, say). */
  remove?: string[];
}

export type BadFile = 'photo' | 'svg' | 'text' | 'wide-png' | 'truncated-jpeg';

const MAKE: Record<BadFile, (file: string) => unknown> = {
  photo: (f) => makePhoto(f, 800, 600),
  svg: writeScriptSvg,
  text: (f) => writeFileSync(f, 'Biên bản họp ngày 2/10/2020\n'),
  'wide-png': (f) => makePng(f, 12_001, 8),
  'truncated-jpeg': makeTruncatedJpeg,
};

/** Makes the files a case asks for (pictures are made by the test, never committed). */
export async function makeCaseFiles(c: BadCase, root: string): Promise<void> {
  for (const file of c.remove ?? []) rmSync(path.join(root, file));
  for (const [file, kind] of Object.entries(c.make ?? {})) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    await MAKE[kind](path.join(root, file));
  }
}

export const FIXTURES = path.resolve('tests/fixtures');

export function badCases(): BadCase[] {
  const dir = path.join(FIXTURES, 'bad');
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, ...JSON.parse(readFileSync(path.join(dir, name, 'case.json'), 'utf8')) }));
}

/** A temporary copy of content/ with the fixture's files laid over it. Returns its content folder. */
export function contentWith(overlay?: string): { content: string; root: string; cleanup: () => void } {
  // Inside the project: Astro wants content file paths relative to the site root.
  const tmp = path.resolve('tests/.tmp');
  mkdirSync(tmp, { recursive: true });
  const root = mkdtempSync(path.join(tmp, 'content-'));
  const content = path.join(root, 'content');
  cpSync(path.resolve('content'), content, { recursive: true });
  if (overlay && existsSync(path.join(overlay, 'content'))) cpSync(path.join(overlay, 'content'), content, { recursive: true });
  return { content, root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}
