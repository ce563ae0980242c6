// The closed lists content may choose from. Kept apart from the schemas (which need zod) so the
// browser scripts can import them without the validator.
export const ZONE_KINDS = ['industrial-park', 'high-tech-park', 'industrial-cluster', 'complex'] as const;
export const LEASE_UNITS = ['m2-term', 'm2-year', 'm2-month'] as const;
export const INVESTMENT_FORMS = ['fdi', 'ppp', 'joint-venture', 'domestic', 'any'] as const;
export const PROJECT_STATUSES = ['calling', 'negotiating', 'licensed', 'closed'] as const;
export const CHART_KINDS = ['bar', 'line', 'stacked-bar', 'doughnut'] as const;
