// UI strings the page hands its script (from the i18next catalogues), filled in the browser.
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''));
}

/** i18next's plural pairs ("x_one", "x_other") chosen by the language's rules, with {{count}} filled. */
export function counter(lang: string): (count: number, forms: { one: string; other: string }, values?: Record<string, string | number>) => string {
  const rules = new Intl.PluralRules(lang);
  return (count, forms, values = {}) => fill(rules.select(count) === 'one' ? forms.one : forms.other, { count, ...values });
}
