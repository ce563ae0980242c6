import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { BODY_SCHEMA, bodyImages, checkBody, chartTags, renderBody, type BodyPart, type BodyProblem } from '../../src/lib/doc-body.ts';

const html = (parts: BodyPart[]) => parts.flatMap((p) => ('html' in p ? [p.html] : [])).join('\n');
const found = (problems: BodyProblem[]) => problems.map((p) => `${p.line} ${p.field} ${p.found}`);

/** Every element of the rendered HTML as a browser would build it: the parts are read back by
 * parse5 (hast-util-from-html), one at a time and all together, and walked. */
function renderedElements(parts: BodyPart[]): Element[] {
  const out: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === 'element') out.push(n);
    if ('children' in n) n.children.forEach(walk);
    if (n.type === 'element' && n.tagName === 'template' && 'content' in n) walk(n.content as Root);
  };
  for (const p of parts) if ('html' in p) walk(fromHtml(p.html, { fragment: true }));
  walk(fromHtml(html(parts), { fragment: true }));
  return out;
}

/** Nothing in the output can run script: only allowlisted elements, no event handler or style
 * attribute, no URL with a scheme that executes or embeds. */
function expectInert(parts: BodyPart[]) {
  for (const el of renderedElements(parts)) {
    expect(BODY_SCHEMA.tagNames, `<${el.tagName}> in ${html(parts)}`).toContain(el.tagName);
    for (const [key, value] of Object.entries(el.properties)) {
      expect(key, `${key} on <${el.tagName}>`).not.toMatch(/^on/i);
      expect(key).not.toBe('style');
      // What a browser strips before it reads a scheme: whitespace and control characters.
      const url = String(value).replace(/[\u0000-\u0020]/g, '').toLowerCase();
      expect(url, `${key} on <${el.tagName}>`).not.toMatch(/^(javascript|data|vbscript):/);
    }
  }
  for (const p of parts) if ('image' in p) expect(p.image.src).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/|\\)/i);
}

describe('chart tags in bodies', () => {
  it('read a well-formed tag, with its level, as a chart placed between the HTML parts', () => {
    const body = '\nBefore.\n\n<Chart dataset="fdi-cumulative" level={3} />\n\nBetween.\n\n<Chart dataset="exports" />\n';
    expect(checkBody(body)).toEqual([]);
    expect(chartTags(body)).toEqual([
      { dataset: 'fdi-cumulative', level: 3, line: 4 },
      { dataset: 'exports', level: 2, line: 8 },
    ]);
    expect(renderBody(body)).toEqual([{ html: '<p>Before.</p>' }, { chart: 'fdi-cumulative', level: 3 }, { html: '<p>Between.</p>' }, { chart: 'exports', level: 2 }]);
    // Two tags on consecutive lines are two charts.
    expect(renderBody('<Chart dataset="a" />\n<Chart dataset="b" level={2} />')).toEqual([{ chart: 'a', level: 2 }, { chart: 'b', level: 2 }]);
  });

  it('fail when unclosed, whether the tag ends the paragraph or is followed by one', () => {
    // The defect: this published the text "<Chart dataset="x"" and reported nothing.
    for (const body of ['Intro.\n\n<Chart dataset="fdi-cumulative"\n\nThe next paragraph.', 'Intro.\n\n<Chart dataset="fdi-cumulative"\nThe next paragraph, with a > sign.']) {
      expect(checkBody(body)).toEqual([{ line: 3, field: '<Chart>', expected: expect.stringContaining('a complete chart tag ending in "/>"'), found: '<Chart dataset="fdi-cumulative"' }]);
      expect(chartTags(body)).toEqual([]);
    }
    expect(found(checkBody('<Chart\n  dataset="a"\n/>'))).toEqual(['1 <Chart> <Chart']);
  });

  it('fail when malformed: not self-closing, unknown or repeated attributes, no dataset, a wrong level', () => {
    const cases: [string, string, string][] = [
      ['<Chart dataset="a">', 'a self-closing chart tag', '<Chart dataset="a">'],
      ['<Chart dataset="a"></Chart>', 'a self-closing chart tag', '<Chart dataset="a">'],
      ['<Chart dataset="a" title="Exports" />', 'only the attributes dataset="…" and level={2} or level={3}', 'title="Exports"'],
      ['<Chart dataset="a" dataset="b" />', 'each attribute once', '<Chart dataset="a" dataset="b"'],
      ['<Chart />', 'a dataset="id" attribute', '<Chart />'],
      ['<Chart dataset="" />', 'a dataset="id" attribute', '<Chart dataset="" />'],
      ['<Chart dataset={a} />', 'a dataset="id" attribute', '<Chart dataset={a} />'],
      ['<Chart dataset=a />', 'attributes written name="value"', '<Chart dataset=a />'],
      ['<Chart dataset="a" level="3" />', 'level={2} or level={3}', 'level="3"'],
      ['<Chart dataset="a" level={4} />', 'level={2} or level={3}', 'level={4}'],
      ['<Chart dataset="a" level />', 'attributes written name="value"', '<Chart dataset="a" level />'],
    ];
    for (const [tag, expected, what] of cases) {
      const problems = checkBody(`Intro.\n\n${tag}\n\nAfter.`);
      expect(problems, tag).toEqual([{ line: 3, field: '<Chart>', expected: expect.stringContaining(expected), found: what }]);
      expect(chartTags(`${tag}\n`), tag).toEqual([]);
    }
  });

  it('fail when a well-formed tag does not stand on a line of its own at the top of the body', () => {
    const place = (body: string) => checkBody(body).map((p) => [p.line, p.field, p.expected.startsWith('a chart tag on a line of its own') || p.expected.startsWith('a blank line after')]);
    expect(place('Text <Chart dataset="a" /> more.')).toEqual([[1, '<Chart>', true]]);
    expect(place('- item\n\n  <Chart dataset="a" />')).toEqual([[3, '<Chart>', true]]);
    expect(place('> <Chart dataset="a" />')).toEqual([[1, '<Chart>', true]]);
    expect(place('| a |\n| - |\n| <Chart dataset="a" /> |')).toEqual([[3, '<Chart>', true]]);
    expect(place('<Chart dataset="a" /><Chart dataset="b" />')).toEqual([[1, '<Chart>', true], [1, '<Chart>', true]]);
    expect(checkBody('<Chart dataset="a" />\nText without a blank line.')).toEqual([{ line: 2, field: '<Chart>', expected: expect.stringContaining('a blank line after the chart tag'), found: 'Text without a blank line.' }]);
    // Still read for the dataset check: a wrong id is reported too, not hidden behind the placement.
    expect(chartTags('Text <Chart dataset="a" /> more.')).toEqual([{ dataset: 'a', level: 2, line: 1 }]);
  });

  it('are ignored inside code, and "<chart>" in lower case is HTML, not the component', () => {
    const body = '```\n<Chart dataset="x"\n<Gallery />\nimport X from "y";\n```\n\n    <Chart dataset="y"\n\nInline `<Chart dataset="z"` and \\<Chart written as text.';
    expect(checkBody(body)).toEqual([]);
    expect(chartTags(body)).toEqual([]);
    expect(html(renderBody(body))).toContain('<code>&lt;Chart dataset="x"\n&lt;Gallery />');
    expect(found(checkBody('<chart dataset="a" />'))).toEqual(['1 (HTML) <chart>']);
  });

  it('report lines counted in the body, CRLF or not', () => {
    const body = '\r\n## Section\r\n\r\nText.\r\n\r\n<Chart dataset="a"\r\n\r\n<Chart dataset="b" level={3} />\r\n';
    expect(found(checkBody(body))).toEqual(['6 <Chart> <Chart dataset="a"']);
    expect(chartTags(body)).toEqual([{ dataset: 'b', level: 3, line: 8 }]);
  });
});

describe('MDX and components in bodies', () => {
  it('fail on import, export and any component other than <Chart />', () => {
    const body = 'import Gallery from "../Gallery.astro";\n\nText <Gallery /> and <YouTube id="x"></YouTube>.\n\nexport const meta = 1;';
    expect(checkBody(body)).toEqual([
      { line: 1, field: '(MDX)', expected: expect.stringContaining('Markdown, with <Chart dataset="..." /> as the only component'), found: 'import Gallery from "../Gallery.astro";' },
      { line: 3, field: '(component)', expected: 'Markdown, with <Chart dataset="..." /> as the only component', found: '<Gallery>' },
      { line: 3, field: '(component)', expected: 'Markdown, with <Chart dataset="..." /> as the only component', found: '<YouTube>' },
      { line: 5, field: '(MDX)', expected: expect.stringContaining('no import or export'), found: 'export const meta = 1;' },
    ]);
    // Words that merely begin a sentence are prose; braces are text.
    expect(checkBody('Exports rose.\n\nWe import {more} than before.')).toEqual([]);
  });
});

// Classic filter evasions (OWASP's XSS filter evasion cheat sheet, DOMPurify's mutation XSS): each
// must be reported, naming the tag or attribute, on its line, and the rendered HTML must be inert.
const EVASIONS: [string, string, string][] = [
  ['script element', '<script>alert(1)</script>', '<script>'],
  ['script in capitals, with src', '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>', '<script>'],
  ['img with onerror', '<img src=x onerror=alert(1)>', '<img>'],
  ['img with an entity-broken javascript: src', '<IMG SRC="jav&#x0A;ascript:alert(1);">', '<img>'],
  ['image, which the parser renames img', '<image src=x onerror=alert(1)>', '<img>'],
  ['svg with onload', '<svg onload=alert(1)>', '<svg>'],
  ['script inside svg', '<svg><script>alert(1)</script></svg>', '<script>'],
  ['math/mglyph/style mutation XSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>', '<math>'],
  ['mutation XSS through a comment in style', '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">', '<mglyph>'],
  ['javascript: link', '<a href="javascript:alert(1)">x</a>', 'href "javascript:alert(1)" on <a>'],
  ['javascript: broken by an encoded tab', '<a href="jav&#x09;ascript:alert(1)">x</a>', 'href "jav\\tascript:alert(1)" on <a>'],
  ['javascript: with an encoded first letter', '<a href="&#106;avascript:alert(1)">x</a>', 'href "javascript:alert(1)" on <a>'],
  ['javascript: with &colon;', '<a href="javascript&colon;alert(1)">x</a>', 'href "javascript:alert(1)" on <a>'],
  ['javascript: in mixed case after spaces', '<a href="  JaVaScRiPt:alert(1)">x</a>', 'href "  JaVaScRiPt:alert(1)" on <a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>', 'href "vbscript:msgbox(1)" on <a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', 'href "data:text/html;base64'],
  ['Markdown javascript: link', '[x](javascript:alert(1))', 'href "javascript:alert(1)" on <a>'],
  ['Markdown link with an entity in the scheme', '[x](&#106;avascript:alert(1))', 'href "javascript:alert(1)" on <a>'],
  ['Markdown autolink to javascript:', '<javascript:alert(1)>', 'href "javascript:alert(1)" on <a>'],
  ['Markdown reference link to javascript:', '[x][ref]\n\n[ref]: javascript:alert(1)', 'href "javascript:alert(1)" on <a>'],
  ['Markdown image from a data: URL', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+)', 'data:image/svg+xml;base64'],
  ['Markdown image from javascript:', '![x](javascript:alert(1))', 'javascript:alert(1)'],
  ['iframe', '<iframe src="https://evil.example"></iframe>', '<iframe>'],
  ['object', '<object data="https://evil.example/x.swf"></object>', '<object>'],
  ['embed', '<embed src="https://evil.example/x.swf">', '<embed>'],
  ['form with action', '<form action="https://evil.example"><button>Go</button></form>', '<form>'],
  ['input with onfocus and autofocus', '<input onfocus=alert(1) autofocus>', '<input>'],
  ['div with style', '<div style="background:url(javascript:alert(1))">x</div>', '<div>'],
  ['style on an allowed element', '<p style="color:red">x</p>', 'style on <p>'],
  ['style element', '<style>body{display:none}</style>', '<style>'],
  ['link element', '<link rel=stylesheet href="https://evil.example/x.css">', '<link>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', '<meta>'],
  ['base href', '<base href="https://evil.example/">', '<base>'],
  ['tag broken up by a tag', '<scr<script>ipt>alert(1)</script>', '<script>'],
  ['doubled opening bracket', '<<script>alert(1);//<</script>', '<script>'],
  ['unclosed img with onerror', '<img src=x onerror=alert(1)//', '<img src=x onerror=alert(1)//'],
  ['comment ending inside an attribute', '<!--<img src="--><img src=x onerror=alert(1)//">', '<img>'],
  ['comment hiding a script', '<!-- <script>alert(1)</script> -->', '<!-- <script>alert(1)</script> -->'],
  ['details with ontoggle', '<details open ontoggle=alert(1)>', '<details>'],
  ['body with onload, which the parser drops', '<body onload=alert(1)>', '<body>'],
  ['event handler on an allowed link', '<a href="https://ok.example" onmouseover="alert(1)">x</a>', 'onmouseover on <a>'],
  ['event handler on an allowed element', '<sup onclick=alert(1)>2</sup>', 'onclick on <sup>'],
  ['target on a link', '<a href="https://ok.example" target="_blank">x</a>', 'target on <a>'],
  ['script in a template', '<template><script>alert(1)</script></template>', '<template>'],
  ['noscript with a closing tag in an attribute', '<noscript><p title="</noscript><img src=x onerror=alert(1)>">', '<noscript>'],
  ['img inside select', '<select><img src=x onerror=alert(1)></select>', '<select>'],
  ['javascript: in a table cell background', '<table><td background="javascript:alert(1)">x</td></table>', 'background on <td>'],
  ['source with onerror', '<video><source onerror=alert(1)></video>', '<video>'],
];

describe('raw HTML in bodies', () => {
  it.each(EVASIONS)('%s: is reported with its tag or attribute and line, and renders inert', (_name, evasion, what) => {
    const body = `Intro.\n\n${evasion}\n\nAfter.`;
    const problems = checkBody(body);
    const hit = problems.find((p) => p.found.includes(what));
    expect(hit, JSON.stringify(problems, null, 1)).toMatchObject({ line: 3, field: expect.stringMatching(/^\((HTML|image)\)$/) });
    expect(problems.every((p) => p.line >= 3)).toBe(true);
    const parts = renderBody(body);
    expectInert(parts);
    expect(html(parts)).toContain('<p>Intro.</p>');
  });

  it('keeps the allowlisted elements and attributes, as written', () => {
    const body = 'H<sub>2</sub>O, 10 m<sup>2</sup>, <abbr title="Khu công nghiệp">KCN</abbr>,<br>next line, <a href="mailto:xttm@binhduong.gov.vn" title="Mail">mail</a>, <a href="tel:+842743822000">call</a>, <a href="#lien-he">below</a>.\n\n<ol start="3"><li>three</li></ol>';
    expect(checkBody(body)).toEqual([]);
    expect(renderBody(body)).toEqual([
      {
        html: '<p>H<sub>2</sub>O, 10 m<sup>2</sup>, <abbr title="Khu công nghiệp">KCN</abbr>,<br>next line, <a href="mailto:xttm@binhduong.gov.vn" title="Mail">mail</a>, <a href="tel:+842743822000">call</a>, <a href="#lien-he">below</a>.</p>\n<ol start="3"><li>three</li></ol>',
      },
    ]);
  });

  it('names what is allowed instead', () => {
    const [p] = checkBody('<b onclick="x">bold</b>');
    expect(p).toEqual({ line: 1, field: '(HTML)', expected: 'Markdown, or one of the HTML elements allowed in bodies (<br>, <sup>, <sub>, <abbr>)', found: '<b>' });
    expect(checkBody('<a href="https://x.example" class="btn" id="top">x</a>')).toEqual([
      { line: 1, field: '(HTML)', expected: 'only href and title on <a>', found: 'class on <a>' },
      { line: 1, field: '(HTML)', expected: 'only href and title on <a>', found: 'id on <a>' },
    ]);
    expect(checkBody('<sup data-x="1">2</sup>')).toEqual([{ line: 1, field: '(HTML)', expected: 'no attributes on <sup>', found: 'data-x on <sup>' }]);
    expect(checkBody('See <https://example.com>, <mailto:a@example.com> and <a@example.com>.')).toEqual([]);
  });

  it('reports a "<" that starts a tag the Markdown parser could not read, but not an escaped one', () => {
    expect(found(checkBody('Broken <span title="x" here.'))).toEqual(['1 (HTML) <span title="x" here.']);
    expect(checkBody('Prices \\<b and &lt;b stay text; so do 3 < 5 and a <= b.')).toEqual([]);
  });
});

describe('images in bodies', () => {
  it('are parts of their own, with alt text and an optional caption', () => {
    const body = 'Text.\n\n![Khu công nghiệp VSIP III](images/vsip-3.jpg "Ảnh: Ban biên tập")\n\n![Cảng Bình Dương](../images/cang.webp)\n![Nhà máy](./nha-may.png)\n\nMore.';
    expect(checkBody(body)).toEqual([]);
    expect(renderBody(body)).toEqual([
      { html: '<p>Text.</p>' },
      { image: { src: 'images/vsip-3.jpg', alt: 'Khu công nghiệp VSIP III', title: 'Ảnh: Ban biên tập' } },
      { image: { src: '../images/cang.webp', alt: 'Cảng Bình Dương' } },
      { image: { src: './nha-may.png', alt: 'Nhà máy' } },
      { html: '<p>More.</p>' },
    ]);
    expect(bodyImages(body)).toEqual([
      { src: 'images/vsip-3.jpg', alt: 'Khu công nghiệp VSIP III', title: 'Ảnh: Ban biên tập', line: 3 },
      { src: '../images/cang.webp', alt: 'Cảng Bình Dương', line: 5 },
      { src: './nha-may.png', alt: 'Nhà máy', line: 6 },
    ]);
  });

  it('fail without alt text, from another site or an absolute path, inline in text or in a link', () => {
    const problems = (body: string) => checkBody(body).map((p) => `${p.line} ${p.field} ${p.expected.split(':')[0]} / ${p.found}`);
    expect(problems('![](photo.jpg)')).toEqual(['1 (image) alt text describing the image / ![](photo.jpg)']);
    expect(problems('![ ](photo.jpg)')).toEqual(['1 (image) alt text describing the image / ![](photo.jpg)']);
    for (const src of ['https://example.com/a.jpg', 'http://example.com/a.jpg', '//example.com/a.jpg', '/uploads/a.jpg', '\\\\example.com/a.jpg']) {
      expect(problems(`![Alt](${src})`), src).toEqual([`1 (image) a path relative to this file (the build optimises the image) / ${src.replace('\\\\', '\\')}`]);
    }
    expect(problems('Text ![Alt](a.jpg) more.')).toEqual(['1 (image) an image on a line of its own, with a blank line before and after it, outside lists, quotes and tables / ![Alt](a.jpg)']);
    expect(problems('- ![Alt](a.jpg)')).toEqual(['1 (image) an image on a line of its own, with a blank line before and after it, outside lists, quotes and tables / ![Alt](a.jpg)']);
    expect(problems('[![Alt](a.jpg)](https://example.com)')).toEqual(['1 (image) an image without a link / [![Alt](a.jpg)](https://example.com)']);
    expect(problems('![Alt][pic]\n\n[pic]: a.jpg')).toEqual(['1 (image) an image written with its path / ![Alt][pic]']);
    expect(problems('<img src="a.jpg" alt="Alt">')).toEqual(['1 (HTML) an image written in Markdown on a line of its own / <img>']);
    // What the renderer does with them if the check were skipped: no <img> at all.
    expectInert(renderBody('![](a.jpg)\n\n![Alt](https://example.com/a.jpg)\n\nText ![Alt](a.jpg).'));
    expect(renderBody('![](a.jpg)\n\n![Alt](https://example.com/a.jpg)')).toEqual([]);
  });
});

describe('typical Markdown', () => {
  it('keeps a telephone link\'s number on one line, whatever spaces staff typed, and no other text', () => {
    const out = html(renderBody('Call [+84 274 000 0000](tel:+842740000000) or write to us at the office.'));
    expect(out).toContain('<a href="tel:+842740000000">+84\u00a0274\u00a0000\u00a00000</a>');
    expect(out).toContain('or write to us at the office.');
    expect(html(renderBody('See [the zones page](/en/industrial-zones/).'))).toContain('>the zones page</a>');
  });

  it('passes and renders as Astro rendered it', () => {
    const body = [
      '',
      'The province\'s "plan" -- approved in 2024 --- sets targets...',
      '',
      '## Priority sectors',
      '',
      '- **Semiconductors** and _electronics_',
      '- ~~Textiles~~ logistics, see [the zones](/en/industrial-zones/ "Zones")',
      '',
      '1. Register',
      '2. Build',
      '',
      '### Figures',
      '',
      '| Year | FDI |',
      '| :--- | ---: |',
      '| 2024 | 42 |',
      '',
      '> Quoted `code`.',
      '',
      '```ts',
      'const x = 1;',
      '```',
      '',
      '---',
      '',
      '<Chart dataset="fdi-cumulative" level={3} />',
      '',
      '![Aerial view of VSIP III](images/vsip.jpg)',
      '',
      'Visit https://example.com or www.example.com.',
      '',
    ].join('\n');
    expect(checkBody(body)).toEqual([]);
    expect(renderBody(body)).toEqual([
      {
        html: [
          '<p>The province’s “plan” – approved in 2024 — sets targets…</p>',
          '<h2 id="priority-sectors">Priority sectors</h2>',
          '<ul>',
          '<li><strong>Semiconductors</strong> and <em>electronics</em></li>',
          '<li><del>Textiles</del> logistics, see <a href="/en/industrial-zones/" title="Zones">the zones</a></li>',
          '</ul>',
          '<ol>',
          '<li>Register</li>',
          '<li>Build</li>',
          '</ol>',
          '<h3 id="figures">Figures</h3>',
          // Column alignment is dropped: it would need a style attribute, which the CSP blocks.
          '<table>\n<thead>\n<tr>\n<th>Year</th>\n<th>FDI</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>2024</td>\n<td>42</td>\n</tr>\n</tbody>\n</table>',
          '<blockquote>\n<p>Quoted <code>code</code>.</p>\n</blockquote>',
          '<pre><code class="language-ts">const x = 1;\n</code></pre>',
          '<hr>',
        ].join('\n'),
      },
      { chart: 'fdi-cumulative', level: 3 },
      { image: { src: 'images/vsip.jpg', alt: 'Aerial view of VSIP III' } },
      { html: '<p>Visit <a href="https://example.com">https://example.com</a> or <a href="http://www.example.com">www.example.com</a>.</p>' },
    ]);
  });

  it('gives headings unique ids across the body, and refuses a level-1 heading', () => {
    expect(html(renderBody('## Contact\n\n<Chart dataset="a" />\n\n## Contact\n\n### Địa chỉ'))).toBe('<h2 id="contact">Contact</h2>\n<h2 id="contact-1">Contact</h2>\n<h3 id="địa-chỉ">Địa chỉ</h3>');
    expect(checkBody('# Title\n\nText.')).toEqual([{ line: 1, field: '(heading)', expected: 'headings from level 2 (##): the page title is the level-1 heading', found: '# Title' }]);
  });

  it('refuses footnotes and task lists, which the pages do not support', () => {
    expect(found(checkBody('Text[^1].\n\n[^1]: Note.'))).toEqual(['1 (footnote) [^1]', '3 (footnote) [^1]']);
    expect(found(checkBody('- [ ] todo\n- [x] done'))).toEqual(['1 (task list) [ ]', '2 (task list) [x]']);
    expectInert(renderBody('Text[^1].\n\n[^1]: Note.\n\n- [ ] todo'));
  });
});

// What Sveltia CMS's rich-text editor (Lexical, @sveltia/ui's text editor, in @sveltia/cms 0.221.1)
// saves for each construct it offers, as its Markdown export writes it: bold **, italic _,
// strikethrough ~~, inline code `, links [text](url "title"), headings ## to ######, lists "- " and
// "1. " with 4-space nesting, quotes "> " (a blank quote line as ">"), fenced code with its language,
// rules as ***, tables as | a | b | with a | --- | row and a line break in a cell as a literal \n,
// Shift+Enter as a plain newline (a soft break), hard breaks read from Markdown kept as "\" or two
// spaces, images ![alt](src "title") on their own line, and our chart block (src/admin/main.ts).
const SVELTIA = `## Đầu tư vào Bình Dương

### Ưu đãi đầu tư

#### Mức bốn

##### Mức năm

###### Mức sáu

Đoạn văn có **chữ đậm**, _chữ nghiêng_, ~~gạch ngang~~, \`mã nguồn\`, một [liên kết](https://sct.binhduong.gov.vn/ "Sở Công Thương") và một [trang của site](/du-an/).
Dòng mới trong đoạn (Shift+Enter).

Ngắt dòng cứng có sẵn trong Markdown:\\
dòng sau,${'  '}
và dòng cuối.

- Mục một
- Mục hai
    - Mục lồng

1. Bước một
2. Bước hai
    1. Bước con

> Trích dẫn
> dòng hai
>
> sau dòng trống

\`\`\`js
const a = 1 < 2;
\`\`\`

***

| Chỉ tiêu | Giá trị |
| --- | --- |
| FDI | **42** tỷ USD |
| Dòng một\\ndòng hai | 2 |

![Khu công nghiệp VSIP III](images/vsip-3.jpg "Ảnh: Ban biên tập")

<Chart dataset="fdi-cumulative" level={3} />

<Chart dataset="exports" />
`;

describe('content saved by the CMS rich-text editor', () => {
  it('passes the check', () => {
    expect(checkBody(SVELTIA)).toEqual([]);
    expect(chartTags(SVELTIA).map((c) => c.dataset)).toEqual(['fdi-cumulative', 'exports']);
  });

  it('renders each construct', () => {
    const parts = renderBody(SVELTIA);
    expectInert(parts);
    expect(parts.slice(1)).toEqual([
      { image: { src: 'images/vsip-3.jpg', alt: 'Khu công nghiệp VSIP III', title: 'Ảnh: Ban biên tập' } },
      { chart: 'fdi-cumulative', level: 3 },
      { chart: 'exports', level: 2 },
    ]);
    const out = html(parts);
    for (const fragment of [
      '<h2 id="đầu-tư-vào-bình-dương">Đầu tư vào Bình Dương</h2>',
      '<h6 id="mức-sáu">Mức sáu</h6>',
      '<strong>chữ đậm</strong>, <em>chữ nghiêng</em>, <del>gạch ngang</del>, <code>mã nguồn</code>',
      '<a href="https://sct.binhduong.gov.vn/" title="Sở Công Thương">liên kết</a>',
      '<a href="/du-an/">trang của site</a>.\nDòng mới trong đoạn (Shift+Enter).</p>',
      '<p>Ngắt dòng cứng có sẵn trong Markdown:<br>\ndòng sau,<br>\nvà dòng cuối.</p>',
      '<li>Mục hai\n<ul>\n<li>Mục lồng</li>\n</ul>\n</li>',
      '<li>Bước hai\n<ol>\n<li>Bước con</li>\n</ol>\n</li>',
      '<blockquote>\n<p>Trích dẫn\ndòng hai</p>\n<p>sau dòng trống</p>\n</blockquote>',
      '<pre><code class="language-js">const a = 1 &lt; 2;\n</code></pre>',
      '<hr>',
      '<td><strong>42</strong> tỷ USD</td>',
      '<td>Dòng một<br>\ndòng hai</td>',
    ]) {
      expect(out).toContain(fragment);
    }
  });
});
