// Where the site relies on each document of the legal register: one function for the document's
// own page ("cited by") and for the status report (citations of replaced or expired documents).
import { LEGAL_STALE } from './vocab.ts';

export type CitingKind = 'project' | 'page' | 'step' | 'cost';

export interface Citation {
  doc: string;
  kind: CitingKind;
  /** The project's id, the page's key, the step's id, the cost table's name. */
  id: string;
  /** The content file and field that cite it, as the status report names them. */
  file: string;
  field: string;
}

export interface CitingContent {
  projects: { file: string; data: { id: string; legalBasis: readonly string[] } }[];
  /** Standing pages in their source language: a translation cites what its original cites. */
  pages: { file: string; data: { key: string; cites: readonly string[] } }[];
  procedure?: { file: string; data: { steps: readonly { id: string; basis: readonly string[] }[] } };
  /** Rate tables (and zones' rates, name "zones"), with each citing field. */
  costs?: { file: string; name: string; refs: readonly { field: string; id: string }[] }[];
}

export function citationsOf(content: CitingContent): Citation[] {
  const out: Citation[] = [];
  for (const p of content.projects) p.data.legalBasis.forEach((doc, i) => out.push({ doc, kind: 'project', id: p.data.id, file: p.file, field: `legalBasis[${i}]` }));
  for (const p of content.pages) p.data.cites.forEach((doc, i) => out.push({ doc, kind: 'page', id: p.data.key, file: p.file, field: `cites[${i}]` }));
  content.procedure?.data.steps.forEach((s, i) =>
    s.basis.forEach((doc, j) => out.push({ doc, kind: 'step', id: s.id, file: content.procedure!.file, field: `steps[${i}].basis[${j}]` })),
  );
  for (const c of content.costs ?? []) for (const r of c.refs) out.push({ doc: r.id, kind: 'cost', id: c.name, file: c.file, field: r.field });
  return out;
}

/** Citations grouped by document, each group in the order above (projects, pages, steps, costs). */
export function citedBy(citations: readonly Citation[]): Map<string, Citation[]> {
  const out = new Map<string, Citation[]>();
  for (const c of citations) {
    const list = out.get(c.doc) ?? [];
    // A page or project citing the same document twice is listed once.
    if (!list.some((x) => x.kind === c.kind && x.id === c.id)) list.push(c);
    out.set(c.doc, list);
  }
  return out;
}

/** Citations of documents no longer in force, with what replaced them. */
export function staleCitations(citations: readonly Citation[], docs: readonly { id: string; status: string; replacedBy?: string }[]): (Citation & { status: string; replacedBy?: string })[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return citations.flatMap((c) => {
    const d = byId.get(c.doc);
    return d && (LEGAL_STALE as readonly string[]).includes(d.status) ? [{ ...c, status: d.status, ...(d.replacedBy ? { replacedBy: d.replacedBy } : {}) }] : [];
  });
}
