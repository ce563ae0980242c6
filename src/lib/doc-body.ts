// Article and page bodies (content/news/<lang>/*.mdx, content/pages/<lang>/*.mdx): Markdown with one
// component, <Chart dataset="id" /> (optionally level={3}), and a little raw HTML. This module is the
// one place for their rules. checkBody() lists what would not publish as written, with the line;
// renderBody() turns a body into HTML parts and the charts and images the page places between them.
//
// Bodies are rendered here once per changed entry, not compiled by MDX into a JavaScript module
// each: at a department's size that compilation was most of the build's time and memory (README,
// "Scale"). Both functions read a body with the same maintained parsers (remark for the Markdown,
// parse5 through rehype-raw for raw HTML, so entities, case and broken-up tags are decoded the way a
// browser decodes them) and judge every element with the same sanitizer (hast-util-sanitize) and
// the one allowlist below, BODY_SCHEMA: what the check lets through is what the renderer keeps, and
// the renderer drops anything else even if the check was skipped.
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Image, Nodes as MdNode, Paragraph, Parent as MdParent, Root as MdRoot, RootContent as MdContent } from 'mdast';
import { Tokenizer } from 'parse5';
import { find, html as htmlInfo } from 'property-information';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { phone } from './format.ts';

export type BodyPart = { html: string } | { chart: string; level: 2 | 3 } | { image: { src: string; alt: string; title?: string } };

/** One thing in a body that would not publish as written. `line` is 1-based within the body; the
 * caller adds the front matter's lines. `field` says what kind of thing: `<Chart>`, `(component)`,
 * `(MDX)`, `(HTML)`, `(image)`, `(heading)`, `(footnote)`, `(task list)`. */
export interface BodyProblem {
  line: number;
  field: string;
  expected: string;
  found: string;
}

/** The raw HTML a body may hold, and what the renderer keeps of it.
 *
 * Elements: what Markdown itself writes (paragraphs, headings from level 2, lists, links, emphasis,
 * code, quotes, rules, line breaks, GFM tables and strikethrough), plus four that staff have a use
 * for and Markdown has no syntax for: <br> (a line break inside a paragraph), <sup> and <sub> (m²,
 * CO₂, footnote-style marks) and <abbr title> (KCN, FDI). Nothing that runs, loads, embeds or asks
 * for input (script, style, link, meta, base, iframe, object, embed, form, input, button, svg, math,
 * template, img: images are Markdown, so that the build optimises them and they carry alt text), and
 * no h1 (the page's title is its only level-1 heading).
 *
 * Attributes: only href and title on links, title on <abbr>, start on <ol> (a list that begins at
 * 3), and the language-… class that a fenced code block puts on <code>. No style (the pages' CSP
 * blocks inline styles anyway), no class or id from authors (ids would clobber the page's own, and
 * nothing in the stylesheet is meant for them), no event handlers, no data-* or aria-*.
 *
 * URLs: links may go to http:, https:, mailto: and tel: addresses, to paths and to #fragments; the
 * sanitizer drops any other scheme (javascript:, data:, vbscript:, and their entity-encoded or
 * whitespace-broken spellings, which the HTML parser has already decoded). Markdown images are
 * checked apart (relative paths only, see checkBody). */
export const BODY_SCHEMA: Schema = {
  tagNames: [
    'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code', 'pre', 'blockquote', 'hr', 'br',
    'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'sup', 'sub', 'abbr',
  ],
  attributes: {
    a: ['href', 'title'],
    abbr: ['title'],
    ol: ['start'],
    code: [['className', /^language-[\w+#.-]+$/]],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  // Table parts outside a table could break out of their context when the HTML is parsed again.
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  required: {},
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
  // Elements outside the list are unwrapped (their text stays), except these, which go whole:
  // their content is code, CSS, foreign markup or a document of its own, never prose.
  strip: ['script', 'style', 'template', 'textarea', 'title', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'iframe', 'object', 'svg', 'math', 'select'],
};

// ---------------------------------------------------------------------------------------------
// The chart tag. It is our component syntax (JSX-like), not HTML: the HTML parser would lower-case
// its name and ignore the "/" of "/>", so it is read here, strictly, the way the CMS writes it
// (src/admin/main.ts): <Chart dataset="id" /> or <Chart dataset="id" level={3} />.

const CHART_FORM = '<Chart dataset="id" /> (or <Chart dataset="id" level={3} /> under a ## section)';
const CHART_PLACE = `a chart tag on a line of its own, with a blank line before and after it, outside lists, quotes and tables: ${CHART_FORM}`;

interface ChartRead {
  /** The tag as written, up to its end (or to the end of the text when it never ends). */
  text: string;
  dataset?: string;
  level?: 2 | 3;
  /** Why the tag is not one well-formed chart tag. */
  problem?: { expected: string; found: string };
}

/** Reads the chart tag at the start of `written` (which begins with "<Chart"), on its first line:
 * a tag is written on one line, and one that runs on is unclosed where staff will look for it. */
function readChartTag(written: string): ChartRead {
  const s = written.split(/\r?\n/)[0]!.trimEnd();
  let i = '<Chart'.length;
  const attrs = new Map<string, string>();
  const fail = (expected: string, found: string, end = s.length): ChartRead => ({ text: s.slice(0, end), problem: { expected, found } });
  const unclosed = () => fail(`a complete chart tag ending in "/>": ${CHART_FORM}`, short(firstLine(s)));
  if (i < s.length && !/\s/.test(s[i]!)) return unclosed();
  for (;;) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) return unclosed();
    if (s.startsWith('/>', i)) {
      i += 2;
      break;
    }
    if (s[i] === '>') return fail(`a self-closing chart tag, ending in "/>": ${CHART_FORM}`, short(s.slice(0, i + 1)), i + 1);
    const name = /^[A-Za-z_][\w-]*/.exec(s.slice(i))?.[0];
    if (!name) return unclosed();
    i += name.length;
    if (s[i] !== '=') return fail(`attributes written name="value": ${CHART_FORM}`, short(firstLine(s)));
    i++;
    const close = s[i] === '"' ? '"' : s[i] === "'" ? "'" : s[i] === '{' ? '}' : undefined;
    if (!close) return fail(`attributes written name="value": ${CHART_FORM}`, short(firstLine(s)));
    const end = s.indexOf(close, i + 1);
    if (end < 0) return unclosed();
    if (attrs.has(name)) return fail(`each attribute once: ${CHART_FORM}`, short(s.slice(0, end + 1)), end + 1);
    attrs.set(name, s.slice(i, end + 1));
    i = end + 1;
  }
  const text = s.slice(0, i);
  const unknown = [...attrs.keys()].find((n) => n !== 'dataset' && n !== 'level');
  if (unknown) return { text, problem: { expected: `only the attributes dataset="…" and level={2} or level={3}: ${CHART_FORM}`, found: short(`${unknown}=${attrs.get(unknown)}`) } };
  const dataset = attrs.get('dataset');
  if (!dataset || !/^(["']).+\1$/.test(dataset)) return { text, problem: { expected: `a dataset="id" attribute: ${CHART_FORM}`, found: short(text) } };
  const level = attrs.get('level');
  if (level !== undefined && level !== '{2}' && level !== '{3}') return { text, problem: { expected: 'level={2} or level={3}', found: short(`level=${level}`) } };
  return { text, dataset: dataset.slice(1, -1).trim(), level: level === '{3}' ? 3 : 2 };
}

/** A well-formed chart tag: its dataset id, heading level and line in the body. */
export interface ChartTag {
  dataset: string;
  level: 2 | 3;
  line: number;
}

/** An HTML block at the top of the body made only of chart tags, one a line: the charts it holds.
 * Anything else (text after the tag without a blank line, two tags on a line) is not a placement. */
function chartBlock(node: MdContent): ChartTag[] | undefined {
  if (node.type !== 'html' || !node.value.startsWith('<Chart')) return undefined;
  const charts: ChartTag[] = [];
  const lines = node.value.split('\n');
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (!line) continue;
    if (!line.startsWith('<Chart')) return undefined;
    const read = readChartTag(line);
    if (read.problem || read.text !== line) return undefined;
    charts.push({ dataset: read.dataset!, level: read.level!, line: lineOf(node) + i });
  }
  return charts;
}

// ---------------------------------------------------------------------------------------------
// Reading a body.

const markdown = unified().use(remarkParse).use(remarkGfm);
// Astro's Markdown defaults, which the pages had so far: GFM, and smart punctuation as Sätteri (Astro
// 7's renderer) does it: curly quotes, "--" an en dash, "---" an em dash, "..." an ellipsis.
const smartMarkdown = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants, { dashes: 'oldschool', backticks: false });

/** Where a chart or an image stands between two HTML parts: a node of our own type, which neither
 * Markdown nor raw HTML can write, carried through to the HTML tree untouched. */
const PLACE = 'bodyPlace';
interface Place {
  type: typeof PLACE;
  part: BodyPart;
}

const toHast = unified()
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [PLACE] as never })
  .use(rehypeRaw, { passThrough: [PLACE] });

function hastOf(tree: MdRoot): HastRoot {
  return toHast.runSync(tree as never) as unknown as HastRoot;
}

const lineOf = (n: { position?: { start?: { line?: number } } }, fallback = 1) => n.position?.start?.line ?? fallback;
const firstLine = (s: string) => s.split('\n')[0]!.trim();
const short = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** Walks a Markdown tree, with each node's ancestors. Code blocks and inline code have no children,
 * so what they hold is never looked at. */
function walkMd(node: MdNode, parents: MdParent[], visit: (node: MdNode, parents: MdParent[]) => void) {
  visit(node, parents);
  if ('children' in node) for (const child of node.children) walkMd(child, [...parents, node], visit);
}

/** A paragraph of the body's top level holding only images (one a line, or several): each becomes
 * a part of its own. */
function imageParagraph(node: MdContent): Image[] | undefined {
  if (node.type !== 'paragraph') return undefined;
  const images = node.children.filter((c): c is Image => c.type === 'image');
  const rest = node.children.filter((c) => c.type !== 'image' && c.type !== 'break' && !(c.type === 'text' && !c.value.trim()));
  return images.length && !rest.length ? images : undefined;
}

/** A path relative to the body's file: no scheme (as the browser's own URL parser reads it, so
 * "jav&#x09;ascript:" and " data:" count), no leading "/" or "\" (absolute or protocol-relative). */
function isRelativePath(src: string): boolean {
  return src.trim() !== '' && !URL.canParse(src) && !/^\s*[/\\]/.test(src);
}

/** Tags that the HTML parser drops without a trace when it meets them inside a body, their
 * attributes (onload on <body>) merged into the page's own <html> and <body> or ignored: the tree
 * never shows them, so they are read from parse5's own tokenizer over each piece of raw HTML. */
const SWALLOWED = new Set(['html', 'head', 'body', 'frameset', 'frame']);

function swallowedTags(html: string): { tag: string; line: number }[] {
  const found: { tag: string; line: number }[] = [];
  const ignore = () => {};
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onStartTag: (t) => {
        if (SWALLOWED.has(t.tagName)) found.push({ tag: t.tagName, line: t.location?.startLine ?? 1 });
      },
      onComment: ignore,
      onDoctype: ignore,
      onEndTag: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(html, true);
  return found;
}

/** A Markdown image of a body, as written, with its line. */
export interface BodyImage {
  src: string;
  alt: string;
  title?: string;
  line: number;
}

/** A Markdown link of a body (inline or a reference definition), as written, with its line. */
export interface BodyLink {
  url: string;
  line: number;
}

interface Read {
  tree: MdRoot;
  problems: BodyProblem[];
  charts: ChartTag[];
  images: BodyImage[];
  links: BodyLink[];
  /** Where each Markdown image starts, so that its <img> is not taken for raw HTML. */
  imageOffsets: Set<number>;
  /** The top-level HTML blocks that are chart tags in their place. */
  chartBlocks: Set<MdNode>;
}

const IMAGE_FORM = '![alt text](path "optional caption")';

/** What a disallowed element is told: the raw elements that Markdown has no syntax for. */
const HTML_EXPECTED = () => {
  const markdownWrites = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'code', 'pre', 'blockquote', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del']);
  const extra = (BODY_SCHEMA.tagNames ?? []).filter((t) => !markdownWrites.has(t));
  return `Markdown, or one of the HTML elements allowed in bodies (${extra.map((t) => `<${t}>`).join(', ')})`;
};

/** The Markdown-level rules: chart tags, components, MDX, images, headings, footnotes, task lists.
 * What is judged here is kept out of the HTML pass, so that it is not reported a second time (a
 * chart tag as an unknown element, a footnote's generated markup, an h1 as a disallowed element). */
function readBody(source: string, smart = false): Read {
  const tree = (smart ? smartMarkdown : markdown).runSync((smart ? smartMarkdown : markdown).parse(source)) as MdRoot;
  const problems: BodyProblem[] = [];
  const charts: ChartTag[] = [];
  const images: Read['images'] = [];
  const links: BodyLink[] = [];
  const imageOffsets = new Set<number>();
  const report = (line: number, field: string, expected: string, found: string) => problems.push({ line, field, expected, found });
  const placed = new Set<MdNode>();
  for (const node of tree.children) {
    const block = chartBlock(node);
    if (block) {
      charts.push(...block);
      placed.add(node);
    } else if (node.type === 'html' && node.value.startsWith('<Chart')) {
      const read = readChartTag(node.value);
      if (!read.problem && read.text.trim() === node.value.trim().split('\n')[0]) {
        report(lineOf(node) + 1, '<Chart>', `a blank line after the chart tag: ${CHART_PLACE}`, short(firstLine(node.value.slice(read.text.length).trimStart())));
      }
    } else if (node.type === 'paragraph') {
      const text = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      // MDX's ESM: a paragraph that starts with `import` or `export` followed by a space.
      if (/^(import|export)\s/.test(text)) {
        report(lineOf(node), '(MDX)', 'Markdown, with <Chart dataset="..." /> as the only component (no import or export)', short(firstLine(text)));
      }
    }
  }
  walkMd(tree, [], (node, parents) => {
    const parent = parents[parents.length - 1];
    if (node.type === 'html' && !placed.has(node)) {
      for (const { tag, line } of swallowedTags(node.value)) {
        report(lineOf(node) + line - 1, '(HTML)', HTML_EXPECTED(), `<${tag}>`);
      }
      for (let at = node.value.indexOf('<Chart'); at >= 0; at = node.value.indexOf('<Chart', at + 1)) {
        const read = readChartTag(node.value.slice(at));
        const line = lineOf(node) + node.value.slice(0, at).split('\n').length - 1;
        if (read.problem) report(line, '<Chart>', read.problem.expected, read.problem.found);
        else {
          charts.push({ dataset: read.dataset!, level: read.level!, line });
          // A well-formed tag followed by text in the same block is reported above, once.
          const ownBlock = parents.length === 1 && at === 0 && !node.value.slice(read.text.length).includes('<Chart');
          if (!ownBlock) report(line, '<Chart>', CHART_PLACE, short(read.text));
        }
      }
    } else if (node.type === 'text') {
      if (parents.some((p) => p.type === 'tableCell') && node.value.includes('\\n')) {
        // The CMS writes a line break inside a table cell as a literal \n (its table transformer,
        // @sveltia/ui transformers/table.js), and reads it back so: the page shows the break too.
        const pieces = node.value.split('\\n');
        parent!.children.splice(parent!.children.indexOf(node as never), 1, ...(pieces.flatMap((value, i) => (i ? [{ type: 'break' }, { type: 'text', value }] : [{ type: 'text', value }])) as never[]));
      }
      // Text that the Markdown parser did not take for a tag although it starts like one: an unclosed
      // <Chart (the page would print it) or an unfinished HTML tag. This enforces nothing (such text
      // is published escaped; what may be markup is the sanitizer's to say), it only tells staff.
      // Read from the source, so that \< and &lt;, which write the character itself, are left alone.
      const text = source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
      for (const m of text.matchAll(/(?<!\\)<(Chart\b|[A-Za-z/!?])/g)) {
        const rest = text.slice(m.index);
        const line = lineOf(node) + text.slice(0, m.index).split('\n').length - 1;
        if (m[1] === 'Chart') {
          const read = readChartTag(rest);
          report(line, '<Chart>', read.problem?.expected ?? `a complete chart tag: ${CHART_FORM}`, read.problem?.found ?? short(firstLine(rest)));
        } else {
          report(line, '(HTML)', 'a complete HTML tag, or \\< to show the character "<"', short(firstLine(rest)));
        }
      }
    } else if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, line: lineOf(node) });
    } else if (node.type === 'image') {
      const line = lineOf(node);
      images.push({ src: node.url, alt: node.alt ?? '', ...(node.title ? { title: node.title } : {}), line });
      if (node.position) imageOffsets.add(node.position.start.offset!);
      if (!node.alt?.trim()) report(line, '(image)', 'alt text describing the image: ![what the image shows](path)', short(`![](${node.url})`));
      if (!isRelativePath(node.url)) {
        report(line, '(image)', 'a path relative to this file (the build optimises the image): ![alt](images/photo.jpg)', short(node.url));
      }
      if (parent?.type === 'link' || parent?.type === 'linkReference') report(line, '(image)', `an image without a link: ${IMAGE_FORM}`, short(source.slice(parent.position?.start.offset ?? 0, parent.position?.end.offset ?? 0)));
      else if (!(parents.length === 2 && imageParagraph(parent as Paragraph))) report(line, '(image)', `an image on a line of its own, with a blank line before and after it, outside lists, quotes and tables: ${IMAGE_FORM}`, short(`![${node.alt}](${node.url})`));
    } else if (node.type === 'imageReference') {
      if (node.position) imageOffsets.add(node.position.start.offset!);
      report(lineOf(node), '(image)', `an image written with its path: ${IMAGE_FORM}`, short(`![${node.alt}][${node.label ?? node.identifier}]`));
    } else if (node.type === 'heading' && node.depth === 1) {
      report(lineOf(node), '(heading)', 'headings from level 2 (##): the page title is the level-1 heading', short(`# ${source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0).replace(/^#\s*/, '')}`));
      node.depth = 2;
    } else if (node.type === 'footnoteReference' || node.type === 'footnoteDefinition') {
      report(lineOf(node), '(footnote)', 'the note written in the text (footnotes are not supported)', `[^${node.label ?? node.identifier}]`);
    } else if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      report(lineOf(node), '(task list)', 'a plain list item (task lists are not supported)', node.checked ? '[x]' : '[ ]');
      node.checked = null;
    } else if (node.type === 'table') {
      // Column alignment (:--:) would come out as align or style attributes, which the pages cannot
      // carry (obsolete markup; the CSP blocks inline styles): tables keep the site's alignment.
      node.align = null;
    }
  });
  // Footnotes are reported; their generated markup (ids, back links) is not for the HTML pass.
  const drop = (parent: MdParent) => {
    parent.children = parent.children.filter((c) => c.type !== 'footnoteDefinition' && c.type !== 'footnoteReference') as never;
    for (const c of parent.children) if ('children' in c) drop(c);
  };
  drop(tree);
  return { tree, problems, charts, images, links, imageOffsets, chartBlocks: placed };
}

// ---------------------------------------------------------------------------------------------
// Raw HTML, judged by the sanitizer itself: each element is put through hast-util-sanitize with
// BODY_SCHEMA, inside its real ancestors, and whatever the sanitizer would remove is reported.

/** The same rules, except that disallowed ancestors are unwrapped rather than dropped with their
 * content, so that each element is judged on its own. */
const ORACLE: Schema = { ...BODY_SCHEMA, strip: [] };

function survivor(el: Element, ancestors: Element[]): Element | undefined {
  let node: Element = { type: 'element', tagName: el.tagName, properties: el.properties, children: [], data: { target: true } as never };
  for (const a of [...ancestors].reverse()) node = { type: 'element', tagName: a.tagName, properties: {}, children: [node] };
  const found = (n: HastRoot | ElementContent): Element | undefined => {
    if (n.type === 'element' && (n.data as { target?: boolean } | undefined)?.target) return n;
    if ('children' in n) for (const c of n.children) {
      const hit = found(c as ElementContent);
      if (hit) return hit;
    }
    return undefined;
  };
  return found(sanitize({ type: 'root', children: [node] }, ORACLE) as HastRoot);
}

const attributeName = (property: string) => find(htmlInfo, property).attribute;

/** The attributes BODY_SCHEMA allows on an element, as written in HTML. */
function allowedAttributes(tag: string): string[] {
  return (BODY_SCHEMA.attributes?.[tag] ?? []).map((entry) => {
    if (typeof entry === 'string') return attributeName(entry);
    const [name, ...values] = entry;
    const shown = values.map((v) => (v instanceof RegExp ? v.source.replace(/^\^/, '').replace(/\[.*$/, '…') : String(v)));
    return `${attributeName(name)}="${shown.join('|')}"`;
  });
}


function checkHtml(tree: HastRoot, source: string, read: Read): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const walk = (node: HastRoot | HastContent, ancestors: Element[], inheritedLine: number) => {
    const line = lineOf(node, inheritedLine);
    if (node.type === 'comment') {
      problems.push({ line, field: '(HTML)', expected: 'no HTML comments (they are not published; keep notes for editors elsewhere)', found: short(`<!--${node.value}-->`) });
    } else if (node.type === 'element') {
      const offset = node.position?.start.offset;
      // The tag as written in the source (the parser lower-cases it), when the position maps to it.
      const at = offset === undefined ? '' : source.slice(offset, offset + 1 + node.tagName.length);
      const written = at.toLowerCase() === `<${node.tagName}` ? at.slice(1) : node.tagName;
      const markdownImage = node.tagName === 'img' && offset !== undefined && read.imageOffsets.has(offset);
      if (written === 'Chart' || markdownImage) {
        // Judged by readBody.
      } else if (/^[A-Z]/.test(written) && /[a-z.]/.test(written)) {
        // Written like a JSX component (Gallery, YouTube); HTML in capitals (SCRIPT, IMG) is HTML.
        problems.push({ line, field: '(component)', expected: 'Markdown, with <Chart dataset="..." /> as the only component', found: `<${written}>` });
      } else {
        const kept = survivor(node, ancestors);
        if (!kept) {
          const expected = node.tagName === 'img' ? `an image written in Markdown on a line of its own: ${IMAGE_FORM}` : HTML_EXPECTED();
          problems.push({ line, field: '(HTML)', expected, found: `<${node.tagName}>` });
        } else {
          for (const [key, value] of Object.entries(node.properties)) {
            if (value === undefined || value === null || value === false) continue;
            if (JSON.stringify(kept.properties[key]) === JSON.stringify(value)) continue;
            const attr = attributeName(key);
            const allowed = allowedAttributes(node.tagName);
            const isUrl = key in (BODY_SCHEMA.protocols ?? {}) && allowed.includes(attr);
            problems.push(
              isUrl
                ? { line, field: '(HTML)', expected: 'a link to an http:, https:, mailto: or tel: address, a path or a #fragment', found: `${attr} ${short(JSON.stringify(String(value)))} on <${node.tagName}>` }
                : {
                    line,
                    field: '(HTML)',
                    expected: allowed.length ? `only ${allowed.join(' and ')} on <${node.tagName}>` : `no attributes on <${node.tagName}>`,
                    found: `${attr} on <${node.tagName}>`,
                  },
            );
          }
        }
      }
      for (const c of node.children) walk(c, [...ancestors, node], line);
      return;
    }
    if ('children' in node) for (const c of node.children) walk(c, ancestors, line);
  };
  walk(tree, [], 1);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The API.

/** Everything in a body that would not publish as written, in the order of its lines. */
export function checkBody(body: string): BodyProblem[] {
  const read = readBody(body);
  read.tree.children = read.tree.children.filter((n) => !read.chartBlocks.has(n));
  const all = [...read.problems, ...checkHtml(hastOf(read.tree), body, read)];
  const seen = new Set<string>();
  return all
    .filter((p) => {
      const key = JSON.stringify(p);
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.line - b.line);
}

/** The well-formed chart tags of a body, wherever they stand (a misplaced one is checkBody's to
 * report), with their dataset id, heading level and line: for checking the ids. */
export function chartTags(body: string): ChartTag[] {
  return readBody(body).charts.sort((a, b) => a.line - b.line);
}

/** The Markdown images of a body, wherever they stand: for checking that their files exist. */
export function bodyImages(body: string): BodyImage[] {
  return readBody(body).images;
}

/** The body's Markdown links, in order (the content check resolves those to the site's own pages). */
export function bodyLinks(body: string): BodyLink[] {
  return readBody(body).links;
}

/** The body as HTML parts, with a chart part at each chart tag and an image part at each image that
 * stands in a paragraph of its own (the page draws those: a chart figure, a <Picture>). Synchronous.
 * Every HTML part has been through the sanitizer with BODY_SCHEMA, whatever checkBody said; images
 * that checkBody would refuse are left out. Headings get ids as Astro gave them (github-slugger over
 * the heading's text), unique across the whole body. */
export function renderBody(body: string): BodyPart[] {
  const { tree, chartBlocks } = readBody(body, true);
  const places = (node: MdContent): Place[] | undefined => {
    if (chartBlocks.has(node)) return chartBlock(node)!.map(({ dataset, level }) => ({ type: PLACE, part: { chart: dataset, level } }));
    const images = imageParagraph(node);
    if (images) {
      return images
        .filter((i) => i.alt?.trim() && isRelativePath(i.url))
        .map((i) => ({ type: PLACE, part: { image: { src: i.url, alt: i.alt!, ...(i.title ? { title: i.title } : {}) } } }));
    }
    return undefined;
  };
  tree.children = tree.children.flatMap((n) => (places(n) ?? [n]) as MdContent[]);
  const parts: BodyPart[] = [];
  const slugger = new GithubSlugger();
  let run: HastContent[] = [];
  const flush = () => {
    const clean = sanitize({ type: 'root', children: run }, BODY_SCHEMA) as HastRoot;
    run = [];
    const blank = (n: HastContent | undefined) => n?.type === 'text' && !n.value.trim();
    while (blank(clean.children[0])) clean.children.shift();
    while (blank(clean.children.at(-1))) clean.children.pop();
    if (!clean.children.length) return;
    headingIds(clean, slugger);
    phoneTexts(clean);
    parts.push({ html: toHtml(clean, { characterReferences: { useNamedReferences: true } }) });
  };
  for (const node of hastOf(tree).children) {
    if ((node as unknown as Place).type === PLACE) {
      flush();
      parts.push((node as unknown as Place).part);
    } else run.push(node);
  }
  flush();
  return parts;
}

/** The text of a tel: link keeps its number on one line, as the site's own phone numbers do
 * (format.ts), whatever spaces staff typed. */
function phoneTexts(root: HastRoot) {
  const walk = (n: HastRoot | ElementContent, inTel: boolean) => {
    if (n.type === 'text' && inTel) n.value = phone(n.value).text;
    const tel = inTel || (n.type === 'element' && n.tagName === 'a' && String(n.properties.href ?? '').startsWith('tel:'));
    if ('children' in n) for (const c of n.children) walk(c as ElementContent, tel);
  };
  walk(root, false);
}

function headingIds(root: HastRoot, slugger: GithubSlugger) {
  const text = (n: HastContent | ElementContent): string => (n.type === 'text' ? n.value : 'children' in n ? n.children.map((c) => text(c as ElementContent)).join('') : '');
  const walk = (n: HastRoot | ElementContent) => {
    if (n.type === 'element' && /^h[1-6]$/.test(n.tagName)) n.properties.id = slugger.slug(text(n));
    if ('children' in n) for (const c of n.children) walk(c as ElementContent);
  };
  walk(root);
}

