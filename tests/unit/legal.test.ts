// The legal register's rules: what a document entry must say about its status, where the site
// relies on each document, which citations the status report flags, and the procedure's total.
import { describe, expect, it } from 'vitest';
import { legalDocSchema, procedureSchema } from '../../src/lib/schema.ts';
import { citationsOf, citedBy, staleCitations } from '../../src/lib/citations.ts';
import { legalFacets, legalMatches } from '../../src/lib/legal.ts';
import { procedureTotal } from '../../src/lib/procedure.ts';
import { problemsFromZod } from '../../src/lib/content/problems.ts';

const doc = (over: Record<string, unknown> = {}) => ({
  id: 'law-investment-2025',
  number: '143/2025/QH15',
  type: 'law',
  issuer: 'national-assembly',
  title: { vi: 'Luật Đầu tư', en: 'Law on Investment' },
  signed: '2025-12-11',
  inForce: '2026-03-01',
  status: 'in-force',
  summary: { vi: 'Tóm tắt.', en: 'Summary.' },
  topics: ['investment'],
  sources: [{ title: 'A source', date: '2026-01-01' }],
  asOf: '2026-12-03',
  ...over,
});
const problems = (raw: unknown) => {
  const r = legalDocSchema.safeParse(raw, { reportInput: true });
  return r.success ? [] : problemsFromZod('content/legal/x.json', r.error);
};

describe('a legal document entry', () => {
  it('accepts a complete entry', () => {
    expect(problems(doc())).toEqual([]);
  });

  it('needs what replaced it when it is replaced, and nothing of the kind otherwise', () => {
    expect(problems(doc({ status: 'replaced' }))).toMatchObject([{ field: 'replacedBy', expected: expect.stringContaining('replaces it') }]);
    expect(problems(doc({ replacedBy: 'law-x' }))).toMatchObject([{ field: 'replacedBy' }]);
    expect(problems(doc({ status: 'replaced', replacedBy: 'law-x' }))).toEqual([]);
  });

  it('needs what amended it when it is amended', () => {
    expect(problems(doc({ status: 'amended' }))).toMatchObject([{ field: 'amendedBy' }]);
    expect(problems(doc({ status: 'amended', amendedBy: ['decree-239-2025'] }))).toEqual([]);
  });

  it('rejects a date in force before the date signed, an unknown status and a number without its year', () => {
    expect(problems(doc({ inForce: '2025-01-01' }))).toMatchObject([{ field: 'inForce', expected: expect.stringContaining('2025-12-11') }]);
    expect(problems(doc({ status: 'repealed' }))).toMatchObject([{ field: 'status' }]);
    expect(problems(doc({ number: 'Law on Investment' }))).toMatchObject([{ field: 'number' }]);
  });
});

const content = {
  projects: [
    { file: 'content/projects/a.json', data: { id: 'a', legalBasis: ['law-investment-2020', 'decree-96-2026'] } },
    { file: 'content/projects/b.json', data: { id: 'b', legalBasis: ['law-investment-2025', 'law-investment-2025'] } },
  ],
  pages: [{ file: 'content/pages/vi/thu-tuc.mdx', data: { key: 'procedures', cites: ['law-investment-2025'] } }],
  procedure: { file: 'content/procedure.json', data: { steps: [{ id: 'irc', basis: ['law-investment-2025', 'decree-96-2026'] }] } },
  costs: [{ file: 'content/costs/minimum-wage.json', name: 'minimum-wage', refs: [{ field: 'basis[0]', id: 'decree-74-2024' }] }],
};

describe('where the site relies on a document', () => {
  const all = citationsOf(content);

  it('names every citing file and field', () => {
    expect(all).toContainEqual({ doc: 'decree-96-2026', kind: 'step', id: 'irc', file: 'content/procedure.json', field: 'steps[0].basis[1]' });
    expect(all).toContainEqual({ doc: 'decree-74-2024', kind: 'cost', id: 'minimum-wage', file: 'content/costs/minimum-wage.json', field: 'basis[0]' });
    expect(all.filter((c) => c.doc === 'law-investment-2025')).toHaveLength(4);
  });

  it('lists each citing page once per document, projects first', () => {
    const by = citedBy(all).get('law-investment-2025')!;
    expect(by.map((c) => `${c.kind}:${c.id}`)).toEqual(['project:b', 'page:procedures', 'step:irc']);
    expect(citedBy(all).get('law-enterprises-2020')).toBeUndefined();
  });

  it('flags citations of replaced and expired documents, with their successor', () => {
    const docs = [
      { id: 'law-investment-2020', status: 'replaced', replacedBy: 'law-investment-2025' },
      { id: 'decree-74-2024', status: 'expired' },
      { id: 'law-investment-2025', status: 'in-force' },
      { id: 'decree-96-2026', status: 'amended' },
    ];
    const stale = staleCitations(all, docs);
    expect(stale.map((c) => `${c.file} ${c.field} ${c.doc} ${c.status} ${c.replacedBy ?? ''}`.trim())).toEqual([
      'content/projects/a.json legalBasis[0] law-investment-2020 replaced law-investment-2025',
      'content/costs/minimum-wage.json basis[0] decree-74-2024 expired',
    ]);
  });
});

describe('the register lists', () => {
  const docs = [
    { type: 'law', issuer: 'national-assembly', status: 'in-force', topics: ['investment', 'tax'] },
    { type: 'decree', issuer: 'government', status: 'replaced', topics: ['tax'] },
  ];
  it('narrow by type, issuer, status and topic', () => {
    expect(docs.filter((d) => legalMatches(d, { by: 'topic', id: 'tax' }))).toHaveLength(2);
    expect(docs.filter((d) => legalMatches(d, { by: 'type', id: 'decree' }))).toEqual([docs[1]]);
    expect(docs.filter((d) => legalMatches(d, { by: 'status', id: 'expired' }))).toEqual([]);
  });
  it('offer only values some document has, in the vocabulary order', () => {
    expect(legalFacets(docs)).toEqual({ type: ['law', 'decree'], issuer: ['national-assembly', 'government'], status: ['in-force', 'replaced'], topic: ['investment', 'tax'] });
  });
});

describe('the procedure', () => {
  it('totals the working days of the steps whose limit is known, and names the others', () => {
    expect(procedureTotal([{ id: 'a', days: 17 }, { id: 'b', days: 10 }, { id: 'c' }, { id: 'd', days: 3 }])).toEqual({ days: 30, counted: 3, unknown: ['c'] });
  });
  it('needs a legal basis for every step', () => {
    const r = procedureSchema.safeParse({
      title: { vi: 'T', en: 'T' },
      intro: { vi: 'I', en: 'I' },
      steps: [{ id: 'irc', title: { vi: 'T', en: 'T' }, agency: { vi: 'A', en: 'A' }, fee: { vi: 'F', en: 'F' }, basis: [] }],
      sources: [{ title: 'S', date: '2026-01-01' }],
      asOf: '2026-12-03',
    }, { reportInput: true });
    expect(r.success).toBe(false);
    expect(problemsFromZod('content/procedure.json', r.error!)).toMatchObject([{ field: 'steps[0].basis' }]);
  });
});
