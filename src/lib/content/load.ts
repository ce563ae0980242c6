// Reads content/ from disk, validates every file against the schemas and checks what no single
// file can: ids are unique, references resolve, translations have their source.
// Every problem is collected, so an editor sees the whole list at once.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { RESERVED_DATASET_IDS, RESERVED_IDS } from '../routes.ts';
import { language, readLanguages, RESERVED_PREFIXES, SOURCE, type Language } from '../languages.ts';
import { contentRoot, display } from './root.ts';
import {
  LOCALES,
  datasetSchema,
  legalDocSchema,
  newsSchema,
  procedureSchema,
  pageSchema,
  projectSchema,
  sectorSchema,
  siteSchema,
  tagSchema,
  zoneSchema,
  type Dataset,
  type LegalDoc,
  type Locale,
  type Procedure,
  type NewsFrontmatter,
  type PageFrontmatter,
  type Project,
  type Sector,
  type Site,
  type Tag,
  type Zone,
} from '../schema.ts';
import { bodyImages, bodyLinks, chartTags, checkBody } from '../doc-body.ts';
import { buildTime, isDue, noticeTime, type Scheduled } from '../schedule.ts';
import { routeMapFromTree } from './routes-from-tree.ts';
import { basisReferences, COST_FILES, type CostFileName } from '../costs-schema.ts';
import { checkImageFile, decodeImages, decodeProblem, imageFields, isRelativePath, type ImageKind } from '../images.ts';
import { ContentError, describeValue, jsonSyntaxProblem, problemsFromZod, type Problem } from './problems.ts';
import { keepFile } from '../file-cache.ts';

export interface RecordFile<T> {
  file: string;
  data: T;
}
export interface DocFile<T> {
  file: string;
  locale: Locale;
  data: T;
  body: string;
  /** The file's line where the body starts (after the front matter). */
  bodyLine: number;
}
export interface ContentTree {
  languages: Language[];
  site: Site;
  /** Where site.json is, as messages name it. */
  siteFile: string;
  tags: RecordFile<Tag>[];
  sectors: RecordFile<Sector>[];
  zones: RecordFile<Zone>[];
  projects: RecordFile<Project>[];
  datasets: RecordFile<Dataset>[];
  legal: RecordFile<LegalDoc>[];
  /** The steps from idea to operation (content/procedure.json), if the site has them. */
  procedure?: RecordFile<Procedure>;
  /** The cost-rate tables of content/costs/, each with the documents it rests on. */
  costs: CostTableFile[];
  news: DocFile<NewsFrontmatter>[];
  pages: DocFile<PageFrontmatter>[];
  /** Every image file the content shows, with the fields that name it (for the decode check). */
  images: ImageRef[];
  /** Every Markdown link of a body that goes to a path of this site, with its file and line. */
  siteLinks: SiteLink[];
  /** Articles and notices dated after the build's clock, which the tree leaves out (src/lib/schedule.ts). */
  scheduled: Scheduled[];
}

export interface SiteLink {
  file: string;
  line: number;
  /** As written, e.g. /en/contact/#hours. */
  url: string;
}

export interface CostTableFile {
  file: string;
  /** The file's name without .json: minimum-wage, contributions, ... */
  name: CostFileName;
  data: unknown;
}

export interface ImageRef {
  /** The image file, absolute. */
  path: string;
  /** The content file and field that name it. */
  file: string;
  field: string;
}

export const RECORD_DIRS = ['sectors', 'zones', 'projects', 'datasets', 'legal'] as const;

export { contentRoot };

function listFiles(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => path.join(dir, d.name))
    .sort();
}

function validate<S extends z.ZodType>(schema: S, file: string, raw: unknown, problems: Problem[]): z.output<S> | undefined {
  const r = schema.safeParse(raw, { reportInput: true });
  if (r.success) return r.data;
  problems.push(...problemsFromZod(display(file), r.error));
  return undefined;
}

function readJson(file: string, problems: Problem[]): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    problems.push(jsonSyntaxProblem(display(file), text, err));
    return undefined;
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readDoc(file: string, problems: Problem[]): { fm: unknown; body: string; bodyLine: number } | undefined {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const m = FRONTMATTER.exec(text);
  if (!m) {
    problems.push({
      file: display(file),
      field: '(front matter)',
      expected: 'a front matter block between two "---" lines at the top of the file',
      found: describeValue(text.split('\n')[0]),
    });
    return undefined;
  }
  try {
    return { fm: parseYaml(m[1]!) ?? {}, body: m[2]!, bodyLine: text.slice(0, text.length - m[2]!.length).split('\n').length };
  } catch (err) {
    const e = err as YAMLParseError;
    const where = e.linePos?.[0] ? ` at line ${e.linePos[0].line + 1}` : '';
    problems.push({
      file: display(file),
      field: '(front matter)',
      expected: 'valid YAML',
      found: `a syntax error${where}: ${e.message.split('\n')[0]}`,
    });
    return undefined;
  }
}

/** Records that passed, and the ids of files that exist but failed (already reported), so that
 * references to them are not reported a second time as dangling. */
interface Loaded<T> {
  records: RecordFile<T>[];
  broken: Set<string>;
}

function loadRecords<S extends z.ZodType>(dir: string, schema: S, problems: Problem[]): Loaded<z.output<S>> {
  const out: RecordFile<z.output<S>>[] = [];
  const broken = new Set<string>();
  const seen = new Map<string, string>();
  for (const file of listFiles(dir, /\.json$/)) {
    const raw = readJson(file, problems);
    const rawId = (raw as { id?: unknown } | undefined)?.id;
    const guessId = typeof rawId === 'string' ? rawId : path.basename(file, '.json');
    if (raw === undefined) {
      broken.add(guessId);
      continue;
    }
    const data = validate(schema, file, raw, problems);
    if (!data) {
      broken.add(guessId);
      continue;
    }
    const id = (data as unknown as { id: string }).id;
    const first = seen.get(id);
    if (first) {
      problems.push({
        file: display(file),
        field: 'id',
        expected: `an id no other file uses (${display(first)} already has it)`,
        found: describeValue(id),
      });
      continue;
    }
    seen.set(id, file);
    out.push({ file: display(file), data });
  }
  return { records: out, broken };
}

/** A JSON file holding a list of small records (e.g. tags), each with a unique id. */
function loadList<S extends z.ZodType>(file: string, schema: S, problems: Problem[]): RecordFile<z.output<S>>[] {
  if (!existsSync(file)) return [];
  const raw = readJson(file, problems);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: display(file), field: '(whole file)', expected: 'a list: [ { "id": ... }, ... ]', found: describeValue(raw) });
    return [];
  }
  const out: RecordFile<z.output<S>>[] = [];
  const seen = new Set<string>();
  raw.forEach((item, i) => {
    const r = schema.safeParse(item, { reportInput: true });
    if (!r.success) {
      problems.push(...problemsFromZod(display(file), r.error).map((p) => ({ ...p, field: `[${i}].${p.field}` })));
      return;
    }
    const id = (r.data as unknown as { id: string }).id;
    if (seen.has(id)) problems.push({ file: display(file), field: `[${i}].id`, expected: 'an id no other entry uses', found: describeValue(id) });
    seen.add(id);
    out.push({ file: display(file), data: r.data });
  });
  return out;
}

/** Articles and pages: one folder per language, named by its code (content/news/ja/...). */
function loadDocs<S extends z.ZodType>(dir: string, schema: S, problems: Problem[]): DocFile<z.output<S>>[] {
  const out: DocFile<z.output<S>>[] = [];
  if (existsSync(dir)) {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory() && !LOCALES.includes(d.name)) {
        const known = LOCALES.find((l) => l.toLowerCase() === d.name.toLowerCase());
        problems.push({
          file: `${display(path.join(dir, d.name))}/`,
          field: '(folder)',
          expected: `a folder named after a language of content/languages.json (${known ? `"${known}", as the list writes it` : LOCALES.join(', ')})`,
          found: describeValue(d.name),
        });
      }
    }
  }
  for (const locale of LOCALES) {
    for (const file of listFiles(path.join(dir, locale), /\.mdx?$/)) {
      const doc = readDoc(file, problems);
      if (!doc) continue;
      const data = validate(schema, file, doc.fm, problems);
      if (data) out.push({ file: display(file), locale, data, body: doc.body, bodyLine: doc.bodyLine });
    }
  }
  return out;
}

function oneOf(ids: Iterable<string>): string {
  const list = [...ids];
  return list.length ? `one of: ${list.join(', ')}` : 'an id, but there are none yet';
}

/** Every file under root with its size and modification time: what a cached check depends on. */
function fingerprint(root: string): string {
  if (!existsSync(root)) return '';
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((f) => {
      const s = statSync(path.join(root, f));
      return `${f}:${s.size}:${s.mtimeMs}`;
    })
    .join('\n');
}

// Shared by every copy of this module in the process: Astro loads the config and the content
// collections through separate module graphs, and both ask for the tree.
const checked: Map<string, { print: string; result: ContentTree | ContentError }> = ((globalThis as Record<symbol, unknown>)[Symbol.for('content-tree-cache')] ??= new Map()) as never;

/** Load and check everything under root. Throws ContentError listing every problem.
 * Each collection's loader asks for the tree; it is read once and read again only when a file
 * under root has changed (the dev server), so the check costs one pass per build. */
export function loadContentTree(root = contentRoot(), now: Date = buildTime()): ContentTree {
  const key = `${path.resolve(root)}\0${now.toISOString()}`;
  const print = fingerprint(path.resolve(root));
  let entry = checked.get(key);
  if (entry?.print !== print) {
    let result: ContentTree | ContentError;
    try {
      result = publishedAt(readContentTree(root), now);
    } catch (err) {
      if (!(err instanceof ContentError)) throw err;
      result = err;
    }
    entry = { print, result };
    checked.set(key, entry);
  }
  if (entry.result instanceof ContentError) throw entry.result;
  return entry.result;
}

/** The checked tree as a build at `now` publishes it: without the articles (every language of
 * them) and notices whose time has not come. Then every link of a body to a path of the site must
 * reach a page that this build publishes. */
function publishedAt(tree: ContentTree, now: Date): ContentTree {
  const scheduled: Scheduled[] = [];
  for (const n of tree.news.filter((n) => n.locale === SOURCE && !isDue(n.data.date, now))) {
    scheduled.push({ kind: 'article', id: n.data.key, file: n.file, at: new Date(n.data.date).toISOString(), title: n.data.title });
  }
  for (const n of tree.site.notices.filter((n) => !isDue(noticeTime(n.date), now))) {
    scheduled.push({ kind: 'notice', id: n.id, file: tree.siteFile, at: noticeTime(n.date).toISOString(), title: n.title[SOURCE]! });
  }
  scheduled.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const waiting = new Set(scheduled.filter((s) => s.kind === 'article').map((s) => s.id));
  const waitingNotices = new Set(scheduled.filter((s) => s.kind === 'notice').map((s) => s.id));
  const news = tree.news.filter((n) => !waiting.has(n.data.key));
  const out: ContentTree = {
    ...tree,
    site: { ...tree.site, notices: tree.site.notices.filter((n) => !waitingNotices.has(n.id)) },
    news,
    images: tree.images.filter((i) => !tree.news.some((n) => waiting.has(n.data.key) && n.file === i.file)),
    siteLinks: tree.siteLinks.filter((l) => news.some((n) => n.file === l.file) || !tree.news.some((n) => n.file === l.file)),
    scheduled,
  };
  const problems: Problem[] = [];
  const routes = routeMapFromTree(out);
  const everything = waiting.size ? routeMapFromTree({ ...tree, scheduled: [] }) : routes;
  for (const link of out.siteLinks) {
    const target = sitePath(link.url);
    if (target === undefined || routes.find(target)) continue;
    const later = everything.find(target);
    const due = later?.kind === 'article' ? scheduled.find((s) => s.id === later.id) : undefined;
    problems.push({
      file: link.file,
      field: `line ${link.line}: link`,
      expected: 'a link to a page of this site (was the page removed, renamed or given another address?)',
      found: due ? `${link.url}, an article not published before ${due.at} (${due.file})` : `${link.url}, which no page has`,
    });
  }
  if (problems.length) throw new ContentError(problems);
  return out;
}

/** The page a link to this site goes to (its path without query or fragment, with its trailing
 * slash), or undefined for a file (a CSV, a PNG, a feed) and the site's own folders. */
function sitePath(url: string): string | undefined {
  const p = url.replace(/[?#].*$/, '');
  const last = p.split('/').at(-1) ?? '';
  if (last.includes('.')) return undefined;
  return p.endsWith('/') ? p : `${p}/`;
}

function readContentTree(root: string): ContentTree {
  // The language list comes first: every localized field and folder is read against it.
  const { languages, problems: languageProblems } = readLanguages(root);
  if (languageProblems.length) throw new ContentError(languageProblems);
  // The schemas were built for this process's languages (src/lib/languages.ts, from CONTENT_DIR).
  if (languages.map((l) => l.code).join() !== LOCALES.join()) {
    throw new Error(`${display(root)} names the languages ${languages.map((l) => l.code).join(', ')}, but this process was started for ${LOCALES.join(', ')}: set CONTENT_DIR to check it`);
  }
  const problems: Problem[] = [];
  const siteFile = path.join(root, 'site.json');
  let site: Site | undefined;
  if (!existsSync(siteFile)) {
    problems.push({ file: display(siteFile), field: '(whole file)', expected: 'the file to exist', found: 'no file' });
  } else {
    const raw = readJson(siteFile, problems);
    if (raw !== undefined) site = validate(siteSchema, siteFile, raw, problems);
  }

  const tags = loadList(path.join(root, 'tags.json'), tagSchema, problems);
  const loadedSectors = loadRecords(path.join(root, 'sectors'), sectorSchema, problems);
  const loadedZones = loadRecords(path.join(root, 'zones'), zoneSchema, problems);
  const sectors = loadedSectors.records;
  const zones = loadedZones.records;
  const projects = loadRecords(path.join(root, 'projects'), projectSchema, problems).records;
  const datasets = loadRecords(path.join(root, 'datasets'), datasetSchema, problems).records;
  const loadedLegal = loadRecords(path.join(root, 'legal'), legalDocSchema, problems);
  const legal = loadedLegal.records;
  // The estimator's rate tables: each file is required, as the estimator and its rate tables show them all.
  const costs: CostTableFile[] = [];
  for (const [name, schema] of Object.entries(COST_FILES) as [CostFileName, z.ZodType][]) {
    const file = path.join(root, 'costs', `${name}.json`);
    if (!existsSync(file)) {
      problems.push({ file: display(file), field: '(whole file)', expected: 'the file to exist (a rate table of the cost estimator)', found: 'no file' });
      continue;
    }
    const raw = readJson(file, problems);
    const data = raw === undefined ? undefined : validate(schema, file, raw, problems);
    if (data) costs.push({ file: display(file), name, data });
  }
  const procedureFile = path.join(root, 'procedure.json');
  let procedure: RecordFile<Procedure> | undefined;
  if (existsSync(procedureFile)) {
    const raw = readJson(procedureFile, problems);
    const data = raw === undefined ? undefined : validate(procedureSchema, procedureFile, raw, problems);
    if (data) procedure = { file: display(procedureFile), data };
  }
  const news = loadDocs(path.join(root, 'news'), newsSchema, problems);
  const pages = loadDocs(path.join(root, 'pages'), pageSchema, problems);

  const sectorIds = new Set(sectors.map((s) => s.data.id));
  const zoneIds = new Set(zones.map((z) => z.data.id));
  const brokenIds = { sectors: loadedSectors.broken, zones: loadedZones.broken };
  const ref = (file: string, field: string, id: string, ids: Set<string>, dir: 'sectors' | 'zones') => {
    if (!ids.has(id) && !brokenIds[dir].has(id)) {
      problems.push({ file, field, expected: `the id of a record in content/${dir}/ (${oneOf(ids)})`, found: describeValue(id) });
    }
  };
  for (const z of zones) z.data.targetSectors.forEach((id, i) => ref(z.file, `targetSectors[${i}]`, id, sectorIds, 'sectors'));
  for (const p of projects) {
    ref(p.file, 'sector', p.data.sector, sectorIds, 'sectors');
    if (p.data.zone) ref(p.file, 'zone', p.data.zone, zoneIds, 'zones');
  }
  for (const d of datasets) {
    d.data.sectors.forEach((id, i) => ref(d.file, `sectors[${i}]`, id, sectorIds, 'sectors'));
    d.data.zones.forEach((id, i) => ref(d.file, `zones[${i}]`, id, zoneIds, 'zones'));
  }
  for (const n of news) n.data.sectors.forEach((id, i) => ref(n.file, `sectors[${i}]`, id, sectorIds, 'sectors'));

  // Citations of the legal register, wherever content relies on a document.
  const legalIds = new Set(legal.map((d) => d.data.id));
  const citeAt = (file: string, field: string, id: string) => {
    if (!legalIds.has(id) && !loadedLegal.broken.has(id)) {
      problems.push({ file, field, expected: `the id of a document in content/legal/ (${oneOf(legalIds)})`, found: describeValue(id) });
    }
  };
  const cite = (file: string, field: string, ids: readonly string[]) => ids.forEach((id, i) => citeAt(file, `${field}[${i}]`, id));
  for (const p of projects) cite(p.file, 'legalBasis', p.data.legalBasis);
  for (const c of costs) for (const r of basisReferences(c.data)) citeAt(c.file, r.field, r.id);
  for (const z of zones) for (const r of basisReferences(z.data.costs)) citeAt(z.file, `costs.${r.field}`, r.id);
  for (const p of pages) cite(p.file, 'cites', p.data.cites);
  procedure?.data.steps.forEach((s, i) => cite(procedure.file, `steps[${i}].basis`, s.basis));
  for (const d of legal) {
    cite(d.file, 'amendedBy', d.data.amendedBy);
    if (d.data.replacedBy) cite(d.file, 'replacedBy', [d.data.replacedBy]);
    if (d.data.replacedBy === d.data.id || d.data.amendedBy.includes(d.data.id)) {
      problems.push({ file: d.file, field: d.data.replacedBy === d.data.id ? 'replacedBy' : 'amendedBy', expected: 'another document than this one', found: describeValue(d.data.id) });
    }
  }
  for (const p of pages.filter((p) => p.data.shows === 'procedure' && !procedure)) {
    problems.push({ file: p.file, field: 'shows', expected: `content/procedure.json to exist (the page shows its steps)`, found: 'no file' });
  }
  const tagIds = new Set(tags.map((t) => t.data.id));
  for (const n of news) {
    n.data.tags.forEach((id, i) => {
      if (!tagIds.has(id)) problems.push({ file: n.file, field: `tags[${i}]`, expected: `the id of a tag in content/tags.json (${oneOf(tagIds)})`, found: describeValue(id) });
    });
  }
  const originals = new Map(news.filter((o) => o.locale === SOURCE).map((o) => [o.data.key, o]));
  for (const n of news.filter((x) => x.locale !== SOURCE)) {
    const original = originals.get(n.data.key);
    for (const field of ['tags', 'sectors'] as const) {
      if (original && n.data[field].join(',') !== original.data[field].join(',')) {
        problems.push({ file: n.file, field, expected: `the same ${field} as ${original.file} (${original.data[field].join(', ') || 'none'})`, found: describeValue(n.data[field].join(', ')) });
      }
    }
  }
  // Bodies are Markdown with <Chart dataset="..." /> and pictures, and a little harmless HTML
  // (src/lib/doc-body.ts): anything else is named with its line.
  const datasetIds = new Set(datasets.map((d) => d.data.id));
  const bodyChecks = bodyCheckCache();
  for (const doc of [...news, ...pages]) {
    const at = (line: number) => `line ${doc.bodyLine + line - 1}`;
    const read = bodyChecks.read(doc.body);
    for (const { dataset, line } of read.charts) {
      if (!datasetIds.has(dataset)) {
        problems.push({ file: doc.file, field: '<Chart dataset>', expected: `the id of a dataset in content/datasets/ (${oneOf(datasetIds)})`, found: `${describeValue(dataset)} at ${at(line)}` });
      }
    }
    for (const p of read.problems) problems.push({ file: doc.file, field: `${at(p.line)}: ${p.field}`, expected: p.expected, found: p.found });
  }

  // Pictures: each named file is in content/images/, exists and is an image of an accepted kind;
  // a translation shows its original's picture (with its own alt text).
  const images: ImageRef[] = [];
  const imageRef = (file: string, field: string, src: string) => {
    const problem = checkImageFile(root, path.resolve(file), src);
    if (problem) problems.push({ file, field, ...problem });
    else images.push({ path: path.resolve(path.dirname(path.resolve(file)), src), file, field });
  };
  const withImages: [ImageKind, RecordFile<unknown>[]][] = [['sectors', sectors], ['zones', zones], ['projects', projects], ['news', news], ['pages', pages]];
  for (const [kind, entries] of withImages) {
    for (const e of entries) for (const { field, image } of imageFields(kind, e.data as Record<string, unknown>)) imageRef(e.file, `${field}.src`, image.src);
  }
  // (A body picture that is not a relative path is already reported by the body check.)
  for (const doc of [...news, ...pages]) {
    for (const image of bodyChecks.read(doc.body).images) if (isRelativePath(image.src)) imageRef(doc.file, `line ${doc.bodyLine + image.line - 1}: picture`, image.src);
  }
  for (const [docs, kind] of [[news, 'news'], [pages, 'pages']] as const) {
    const sources = new Map(docs.filter((d) => d.locale === SOURCE).map((d) => [d.data.key, d]));
    for (const d of docs.filter((x) => x.locale !== SOURCE)) {
      const original = sources.get(d.data.key);
      if (!original) continue;
      const want = original.data.image?.src;
      const have = d.data.image?.src;
      if (want !== have && (want === undefined || have === undefined || path.resolve(path.dirname(original.file), want) !== path.resolve(path.dirname(d.file), have))) {
        problems.push({
          file: d.file,
          field: 'image.src',
          expected: want ? `the same picture as ${original.file} (${want}), with alt text in this language` : `no picture, as ${original.file} has none (${kind} share their picture)`,
          found: describeValue(have),
        });
      }
    }
  }

  // Projects and zones are both published under one id space each; codes must be unique too.
  const codes = new Map<string, string>();
  for (const p of projects) {
    const first = codes.get(p.data.code);
    if (first) problems.push({ file: p.file, field: 'code', expected: `a code no other project uses (${first} already has it)`, found: describeValue(p.data.code) });
    else codes.set(p.data.code, p.file);
  }

  // A dataset's CSV shares /data/ with the projects and zones files, the catalogue and the data package.
  for (const d of datasets) {
    if (RESERVED_DATASET_IDS.includes(d.data.id)) {
      problems.push({ file: d.file, field: 'id', expected: `an id other than ${RESERVED_DATASET_IDS.join(' or ')} (the names of the site's own files under /data/)`, found: describeValue(d.data.id) });
    }
  }
  // A section's own pages (the zone comparison, a list's numbered pages, its lists by sector,
  // zone or topic) share the section's address with its records.
  const reserved = (file: string, field: string, id: string, section: keyof typeof RESERVED_IDS) => {
    if ((RESERVED_IDS[section] as readonly string[]).includes(id)) {
      problems.push({ file, field, expected: `an ${field} other than ${RESERVED_IDS[section].join(', ')} (addresses of the section's own pages)`, found: describeValue(id) });
    }
  };
  for (const zn of zones) reserved(zn.file, 'id', zn.data.id, 'zones');
  for (const p of projects) reserved(p.file, 'id', p.data.id, 'projects');
  for (const d of legal) reserved(d.file, 'id', d.data.id, 'legal');
  for (const n of news) reserved(n.file, 'key', n.data.key, 'news');

  checkPairs(news, (n) => n.data.key, 'key', 'content/news/vi/', problems);
  checkPairs(pages, (p) => p.data.key, 'key', 'content/pages/vi/', problems);
  // A page at the site's root must not take a folder the site uses for itself (/og/, /data/, ...)
  // or a language's prefix.
  const taken = [...RESERVED_PREFIXES, ...languages.map((l) => l.prefix).filter(Boolean)];
  for (const p of pages.filter((p) => language(p.locale).prefix === '' && taken.includes(p.data.slug))) {
    problems.push({ file: p.file, field: 'slug', expected: `a slug other than ${taken.join(', ')} (folders the site uses for itself)`, found: describeValue(p.data.slug) });
  }
  for (const locale of LOCALES) {
    const slugs = new Map<string, string>();
    for (const p of pages.filter((p) => p.locale === locale)) {
      const first = slugs.get(p.data.slug);
      if (first) problems.push({ file: p.file, field: 'slug', expected: `a slug no other ${locale} page uses (${first} already has it)`, found: describeValue(p.data.slug) });
      else slugs.set(p.data.slug, p.file);
    }
  }
  // Other content names a standing page by its key: a page cannot go (or lose its key) while
  // something still points at it.
  const pageKeys = new Set(pages.filter((p) => p.locale === SOURCE).map((p) => p.data.key));
  const pageRef = (field: string, key: string) => {
    if (!pageKeys.has(key)) problems.push({ file: display(siteFile), field, expected: `the key of a standing page in content/pages/vi/ (${oneOf(pageKeys)})`, found: describeValue(key) });
  };
  if (site) {
    site.notices.forEach((n, i) => n.link && pageRef(`notices[${i}].link`, n.link));
    site.guides.forEach((key, i) => pageRef(`guides[${i}]`, key));
  }
  // Where a page sits and what it shows are facts about the page: a translation has its original's.
  const pageSources = new Map(pages.filter((p) => p.locale === SOURCE).map((p) => [p.data.key, p]));
  for (const p of pages.filter((x) => x.locale !== SOURCE)) {
    const original = pageSources.get(p.data.key);
    if (!original) continue;
    for (const field of ['order', 'menu', 'cites', 'shows'] as const) {
      const [want, have] = [original.data[field], p.data[field]].map((v) => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v)));
      if (want !== have) problems.push({ file: p.file, field, expected: `the same ${field} as ${original.file} (${want || 'none'})`, found: describeValue(have || undefined) });
    }
  }
  const siteLinks: SiteLink[] = [];
  for (const doc of [...news, ...pages]) {
    for (const link of bodyChecks.read(doc.body).links) {
      if (/^\/(?!\/)/.test(link.url)) siteLinks.push({ file: doc.file, line: doc.bodyLine + link.line - 1, url: link.url });
    }
  }

  bodyChecks.save();
  if (problems.length) throw new ContentError(problems);
  return { languages, site: site!, siteFile: display(siteFile), tags, sectors, zones, projects, datasets, legal, procedure, costs, news, pages, images, siteLinks, scheduled: [] };
}

/** The body check's findings (with the charts and pictures it found) kept between builds by each body's hash and the check's own source:
 * parsing thousands of bodies takes longer than the rest of the content check together, and a
 * department changes a few a day. */
interface BodyRead {
  problems: ReturnType<typeof checkBody>;
  charts: ReturnType<typeof chartTags>;
  images: ReturnType<typeof bodyImages>;
  links: ReturnType<typeof bodyLinks>;
}
const BODY_CACHE_FORMAT = 3;
const readBodyNow = (body: string): BodyRead => ({ problems: checkBody(body), charts: chartTags(body), images: bodyImages(body), links: bodyLinks(body) });

function bodyCheckCache(): { read: (body: string) => BodyRead; save: () => void } {
  let rules: string | undefined;
  for (const candidate of [fileURLToPath(new URL('../doc-body.ts', import.meta.url)), path.resolve('src/lib/doc-body.ts')]) {
    if (existsSync(candidate)) {
      rules = createHash('sha1').update(readFileSync(candidate)).digest('hex').slice(0, 12);
      break;
    }
  }
  if (!rules) return { read: readBodyNow, save: () => {} };
  // The file's name changes with the check's source and with what is kept for each body.
  const file = path.resolve('node_modules/.cache/body-check', `${rules}-${BODY_CACHE_FORMAT}.json`);
  let stored: Record<string, BodyRead> = {};
  try {
    stored = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    stored = {};
  }
  const used: typeof stored = {};
  let changed = false;
  return {
    read(body) {
      const key = createHash('sha1').update(body).digest('base64url');
      const found = (used[key] = used[key] ?? stored[key] ?? readBodyNow(body));
      if (!(key in stored)) changed = true;
      return found;
    },
    save() {
      if (!changed && Object.keys(used).length === Object.keys(stored).length) return;
      try {
        keepFile(file, JSON.stringify(used));
        // the files of other versions of the check
        const dir = path.dirname(file);
        for (const name of readdirSync(dir)) if (name !== path.basename(file) && !name.endsWith('.tmp')) rmSync(path.join(dir, name), { force: true });
      } catch {
        // A cache that cannot be written only costs time.
      }
    },
  };
}

const decoded = new WeakMap<ContentTree, Promise<void>>();

/** Opens every image the content names (once per build, and once per changed file across builds:
 * the results are kept in the cache folder). Throws ContentError naming each file and field whose
 * image is damaged or too large. */
export function checkImages(tree: ContentTree, cacheFile?: string): Promise<void> {
  let p = decoded.get(tree);
  if (!p) {
    p = decodeImages(tree.images.map((i) => i.path), cacheFile).then((results) => {
      const problems: Problem[] = [];
      for (const ref of tree.images) {
        const problem = decodeProblem(results.get(ref.path)!);
        if (problem) problems.push({ file: ref.file, field: ref.field, ...problem });
      }
      if (problems.length) throw new ContentError(problems);
    });
    decoded.set(tree, p);
  }
  return p;
}

/** The whole check of a build, images opened: what its first step (src/integrations/content-check.ts),
 * its content loaders and the pipeline's check ask for. The images' results are kept in
 * `<cacheDir>/image-check.json`, so an unchanged picture is opened once across builds. */
export async function checkedContentTree(cacheDir: string | URL, root = contentRoot()): Promise<ContentTree> {
  const tree = loadContentTree(root);
  await checkImages(tree, path.join(typeof cacheDir === 'string' ? cacheDir : fileURLToPath(cacheDir), 'image-check.json'));
  return tree;
}

/** Each key appears at most once per language, and every translation has its Vietnamese source. */
function checkPairs<T>(docs: DocFile<T>[], keyOf: (d: DocFile<T>) => string, field: string, sourceDir: string, problems: Problem[]) {
  const byLocale = new Map<Locale, Map<string, string>>(LOCALES.map((l) => [l, new Map()]));
  for (const d of docs) {
    const seen = byLocale.get(d.locale)!;
    const key = keyOf(d);
    const first = seen.get(key);
    if (first) problems.push({ file: d.file, field, expected: `a ${field} no other ${d.locale} file uses (${first} already has it)`, found: describeValue(key) });
    else seen.set(key, d.file);
  }
  const vi = byLocale.get(SOURCE)!;
  for (const d of docs) {
    if (d.locale !== SOURCE && !vi.has(keyOf(d))) {
      problems.push({
        file: d.file,
        field,
        expected: `the ${field} of a Vietnamese file in ${sourceDir} (a translation needs its original; ${oneOf(vi.keys())})`,
        found: describeValue(keyOf(d)),
      });
    }
  }
}
