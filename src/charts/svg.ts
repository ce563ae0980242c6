// Skia's SVG output, made fit to inline in a page: one <text> per label (Skia writes a run per word
// and per font file, with the glyph positions), numbers rounded, a viewBox so it scales, and an
// accessible name.

/** The one font an inline chart names: its Latin letters and digits are drawn in the page's own web
 * font. Text in Chinese, Japanese or Korean loses its font name (Skia writes the file's, such as
 * "Noto Sans KR Thin", which readers do not have) and inherits the page's font for its language
 * (global.css), at the positions measured with the Noto font. */
const KEPT_FAMILY = 'Be Vietnam Pro';
const FAMILY = / font-family="([^"]*)"/;

const num = (s: string) => {
  const n = Number(s);
  return Number.isFinite(n) ? String(Math.round(n * 10) / 10) : s;
};

interface Run {
  /** Without the font family. */
  attrs: string;
  family: string | undefined;
  xs: string[];
  y: string;
  text: string;
}

const TEXT = /<text ([^>]*?)x="([^"]*)" y="([^"]*)">([^<]*)<\/text>/g;

function mergeRuns(svg: string): string {
  const out: string[] = [];
  let last = 0;
  let group: Run[] = [];
  let pendingSpace = false;
  const flush = () => {
    if (!group.length) return;
    const { attrs, y } = group[0]!;
    const xs: string[] = [];
    const latinOnly = group.every((r) => r.family === KEPT_FAMILY);
    // One font: named on the text. Several (a Japanese label with digits): the Latin runs are
    // tspans naming it; the x list of the text places every character, in the tspans too.
    const wrap = (r: Run, s: string) => (!latinOnly && r.family === KEPT_FAMILY ? `<tspan font-family="${KEPT_FAMILY}">${s}</tspan>` : s);
    let chars = '';
    group.forEach((r, i) => {
      if (i > 0 && r.text.startsWith(' ')) {
        // the space: placed where the next word starts; it draws nothing
        chars += ' ';
        xs.push(r.xs[0] ?? xs[xs.length - 1]!);
        chars += wrap(r, r.text.slice(1));
        xs.push(...r.xs);
      } else {
        chars += wrap(r, r.text);
        xs.push(...r.xs);
      }
    });
    const family = latinOnly ? `font-family="${KEPT_FAMILY}" ` : '';
    out.push(`<text ${attrs}${family}x="${xs.join(' ')}" y="${y}">${chars}</text>`);
    group = [];
  };
  for (const m of svg.matchAll(TEXT)) {
    const between = svg.slice(last, m.index);
    last = m.index + m[0].length;
    const [, rawAttrs, xRaw, yRaw, content] = m as unknown as [string, string, string, string, string];
    const family = FAMILY.exec(` ${rawAttrs}`)?.[1];
    const attrs = ` ${rawAttrs}`.replace(FAMILY, '').slice(1);
    const xs = xRaw.split(',').map((s) => s.trim()).filter(Boolean).map(num);
    const y = yRaw.split(',').map((s) => s.trim()).filter(Boolean).map(num)[0];
    if (between.trim()) {
      flush();
      out.push(between);
    }
    if (!content || y === undefined) {
      pendingSpace = group.length > 0;
      continue;
    }
    const prev = group[group.length - 1];
    if (prev && (prev.attrs !== attrs || prev.y !== y)) flush();
    group.push({ attrs, family, xs, y, text: (pendingSpace && group.length ? ' ' : '') + content });
    pendingSpace = false;
  }
  flush();
  out.push(svg.slice(last));
  return out.join('');
}

export interface SvgOptions {
  width: number;
  height: number;
  /** Accessible name of the image. */
  title: string;
  id: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export function cleanSvg(raw: string, o: SvgOptions): string {
  let svg = raw.replace(/^<\?xml[^>]*>\s*/, '');
  svg = mergeRuns(svg);
  // Round path data and attributes to one decimal place: invisible on screen, a third of the bytes.
  svg = svg.replace(/(\s[a-z-]+=")([^"]*)"/gi, (_, name: string, value: string) => `${name}${value.replace(/-?\d+\.\d{2,}/g, (m) => num(m))}"`);
  svg = svg.replace(/<rect fill-opacity="0" width="\d+" height="\d+"\/>/, '');
  // Skia numbers clip paths by a counter of the whole process ("cl_8c"): named after the chart
  // instead, so a chart is the same whenever it is drawn, and one kept from another build
  // (src/charts/cache.ts) never shares an id with one drawn now.
  const ids = new Map<string, string>();
  svg = svg.replace(/ id="([^"]+)"/g, (_, old: string) => {
    const renamed = `${o.id}-clip${ids.size + 1}`;
    ids.set(old, renamed);
    return ` id="${renamed}"`;
  });
  svg = svg.replace(/url\(#([^)]+)\)/g, (m, old: string) => (ids.has(old) ? `url(#${ids.get(old)})` : m));
  svg = svg.replace(
    /^<svg [^>]*>/,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${o.height}" role="img" aria-labelledby="${o.id}-title" class="chart__svg"><title id="${o.id}-title">${escape(o.title)}</title>`,
  );
  return svg;
}

/** The words a reader (or a screen reader) finds in the chart's text elements. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>(.*?)<\/text>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<'));
}
