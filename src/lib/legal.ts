// The legal register's lists: which documents a narrowed list holds, and which values its
// filters offer (only values some document has, so no filter leads to an empty list).
import { LEGAL_ISSUERS, LEGAL_STATUSES, LEGAL_TOPICS, LEGAL_TYPES } from './vocab.ts';

export interface LegalFacetsOf {
  type: string;
  issuer: string;
  status: string;
  topics: readonly string[];
}
export type LegalFilterBy = 'type' | 'issuer' | 'status' | 'topic';

export function legalMatches(doc: LegalFacetsOf, filter: { by: string; id: string }): boolean {
  return filter.by === 'topic' ? doc.topics.includes(filter.id) : doc[filter.by as 'type' | 'issuer' | 'status'] === filter.id;
}

/** Values in use, in the vocabulary's order. */
export function legalFacets(docs: readonly LegalFacetsOf[]): Record<LegalFilterBy, string[]> {
  const inUse = (all: readonly string[], values: (d: LegalFacetsOf) => readonly string[]) => {
    const used = new Set(docs.flatMap(values));
    return all.filter((v) => used.has(v));
  };
  return {
    type: inUse(LEGAL_TYPES, (d) => [d.type]),
    issuer: inUse(LEGAL_ISSUERS, (d) => [d.issuer]),
    status: inUse(LEGAL_STATUSES, (d) => [d.status]),
    topic: inUse(LEGAL_TOPICS, (d) => d.topics),
  };
}
