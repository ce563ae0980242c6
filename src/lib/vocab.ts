// The closed lists content may choose from. Kept apart from the schemas (which need zod) so the
// browser scripts can import them without the validator.
export const ZONE_KINDS = ['industrial-park', 'high-tech-park', 'industrial-cluster', 'complex'] as const;
export const LEASE_UNITS = ['m2-term', 'm2-year', 'm2-month'] as const;
export const INVESTMENT_FORMS = ['fdi', 'ppp', 'joint-venture', 'domestic', 'any'] as const;
export const PROJECT_STATUSES = ['calling', 'negotiating', 'licensed', 'closed'] as const;
export const CHART_KINDS = ['bar', 'line', 'stacked-bar', 'doughnut'] as const;

/** The legal-document register (content/legal/). */
export const LEGAL_TYPES = ['law', 'code', 'resolution', 'decree', 'decision', 'circular', 'official-letter'] as const;
export const LEGAL_ISSUERS = [
  'national-assembly',
  'government',
  'prime-minister',
  'ministry-of-industry-and-trade',
  'ministry-of-finance',
  'binh-duong-peoples-committee',
  'hcmc-peoples-committee',
  'other',
] as const;
/** "unconfirmed": no source the department could find says whether the document is still in force. */
export const LEGAL_STATUSES = ['in-force', 'amended', 'replaced', 'expired', 'unconfirmed'] as const;
/** Statuses a citation should not rely on: `npm run status` names every place that cites one. */
export const LEGAL_STALE = ['replaced', 'expired'] as const;
export const LEGAL_TOPICS = [
  'investment',
  'enterprise',
  'tax',
  'land',
  'labour',
  'social-insurance',
  'environment',
  'construction',
  'fire-safety',
  'electricity',
  'industrial-parks',
  'high-tech',
  'administration',
  'planning',
  'ppp',
  'agriculture',
] as const;
