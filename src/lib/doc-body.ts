// Articles and standing pages are .mdx files written as Markdown plus one component,
// <Chart dataset="id" /> (optionally level={3}). They are rendered to HTML once, by the content
// layer's Markdown renderer, instead of being compiled into a JavaScript module each: at a
// department's size that compilation was most of the build's time and memory (README, "Scale").
// The chart tags pass through the renderer as they were written; the page puts a chart figure
// where each one stands.

export type BodyPart = { html: string } | { chart: string; level: 2 | 3 };

const CHART = /<Chart\b([^>]*?)\/?>(?:\s*<\/Chart>)?/g;

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*["']?([^}"']*)["']?\\s*\\})`).exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3])?.trim() : undefined;
}

/** The ids of the charts a body asks for, with their heading level. */
export function chartTags(text: string): { dataset: string | undefined; level: string | undefined }[] {
  return [...text.matchAll(CHART)].map((m) => ({ dataset: attribute(m[1]!, 'dataset'), level: attribute(m[1]!, 'level') }));
}

/** Rendered HTML cut at each <Chart />, in order. */
export function splitCharts(html: string): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const m of html.matchAll(CHART)) {
    const before = html.slice(last, m.index);
    if (before.trim()) parts.push({ html: before });
    parts.push({ chart: attribute(m[1]!, 'dataset') ?? '', level: attribute(m[1]!, 'level') === '3' ? 3 : 2 });
    last = m.index + m[0].length;
  }
  const rest = html.slice(last);
  if (rest.trim()) parts.push({ html: rest });
  return parts;
}

/** What MDX would accept but this site does not render: imports, exports, other components.
 * Lines inside fenced code blocks are left alone. */
export function unsupportedSyntax(body: string): string[] {
  const found: string[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    if (/^(import|export)\s/.test(line)) found.push(line.trim());
    for (const m of line.matchAll(/<([A-Z][A-Za-z0-9.]*)\b/g)) if (m[1] !== 'Chart') found.push(`<${m[1]}>`);
  }
  return found;
}
