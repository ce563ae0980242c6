// The staff editor at /admin/: Sveltia CMS from npm, bundled by our own build (src/integrations/cms.ts)
// so its fonts and language files come from this site, never from a CDN. Its configuration is
// /admin/config.yml, generated from the content schemas (src/lib/cms/config.ts).
import './before-cms.ts';
import CMS from '@sveltia/cms';
import { newEntryIdentity, type EntryMap } from './identity.ts';

// A new record's id (and a new article's key) is its file name, itself made from the Vietnamese
// title; an existing one is never rewritten.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => newEntryIdentity(entry as unknown as EntryMap) as never,
});

// <Chart dataset="..." /> in articles and pages, as a block staff pick from a menu.
CMS.registerEditorComponent({
  id: 'chart',
  label: 'Biểu đồ',
  icon: 'bar_chart',
  fields: [
    { name: 'dataset', label: 'Bộ số liệu', widget: 'relation', collection: 'datasets', value_field: 'id', display_fields: ['{{title.vi}}'], search_fields: ['title.vi', 'title.en', 'id'] },
    {
      name: 'level',
      label: 'Cấp tiêu đề của biểu đồ',
      widget: 'select',
      required: false,
      hint: 'Để trống khi biểu đồ đứng ngay dưới tiêu đề “##”; chọn 3 khi nằm trong một mục “##”.',
      options: [{ label: '3 (trong một mục ##)', value: '3' }],
    },
  ],
  pattern: /^<Chart dataset="([a-z0-9-]+)"(?: level=\{(\d)\})? \/>$/,
  fromBlock: (match) => ({ dataset: match[1], level: match[2] ?? '' }),
  toBlock: ({ dataset, level }) => `<Chart dataset="${dataset}"${level ? ` level={${level}}` : ''} />`,
  toPreview: ({ dataset }) => `<p>[Biểu đồ / Chart: ${dataset}]</p>`,
});

CMS.init();
