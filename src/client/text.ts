// UI strings the page hands its script (from the i18next catalogues), filled in the browser.
// "{{count, number}}" is i18next's number format: the language's digit grouping (1.000 / 1,000).
export function fill(template: string, values: Record<string, string | number>, lang?: string): string {
  return template.replace(/\{\{(\w+)(,\s*number)?\}\}/g, (_, k: string, asNumber?: string) => {
    const v = values[k];
    return asNumber && typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : String(v ?? '');
  });
}

/** i18next's plural pairs ("x_one", "x_other") chosen by the language's rules, with {{count}} filled. */
export function counter(lang: string): (count: number, forms: { one: string; other: string }, values?: Record<string, string | number>) => string {
  const rules = new Intl.PluralRules(lang);
  return (count, forms, values = {}) => fill(rules.select(count) === 'one' ? forms.one : forms.other, { count, ...values }, lang);
}
