// The one rule the CMS cannot express in its configuration: a new entry's identity. A record's id
// and an article's pairing key are what other records and both languages' addresses refer to, so
// they are set once, from the file name the CMS made out of the Vietnamese title (ASCII, đ -> d),
// and never rewritten afterwards.

/** The part of Sveltia's (Immutable.js) entry map used here. */
export interface EntryMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  setIn(path: string[], value: unknown): EntryMap;
}

/** Which field holds each collection's identity. */
export const IDENTITY_FIELD: Record<string, string> = { projects: 'id', zones: 'id', sectors: 'id', datasets: 'id', legal: 'id', news: 'key', pages: 'key' };

export function newEntryIdentity(entry: EntryMap): EntryMap | undefined {
  const field = IDENTITY_FIELD[entry.get('collection') as string];
  if (!field || !entry.get('newRecord')) return undefined;
  const slug = entry.get('slug') as string;
  let updated = entry.setIn(['data', field], slug);
  // An article's translation carries the same key.
  const i18n = entry.get('i18n') as { keys(): Iterable<string> } | undefined;
  for (const locale of i18n ? [...i18n.keys()] : []) {
    if (entry.getIn(['i18n', locale, 'data'])) updated = updated.setIn(['i18n', locale, 'data', field], slug);
  }
  return updated;
}
