// The header table and what is generated from it for each kind of host.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pipelineSettings, readCmsSettings } from '../../src/lib/cms/settings.ts';
import { caddyfile } from '../../src/lib/deploy/caddy.ts';
import { cloudfrontConfig } from '../../src/lib/deploy/cloudfront.ts';
import { headersRules, urlPath } from '../../src/lib/deploy/headers-file.ts';
import { deployFiles } from '../../src/lib/deploy/index.ts';
import { classPattern } from '../../src/lib/deploy/regex.ts';
import { vercelSources } from '../../src/lib/deploy/vercel.ts';
import { classFor, headersFor, headerTable, PAGE_CSP } from '../../src/lib/headers.ts';

const table = headerTable(readCmsSettings('content'));
const site = JSON.parse(readFileSync('content/site.json', 'utf8')) as { url: string };
const SAMPLE = ['/', '/du-an/', '/en/projects/page/2/', '/_astro/x.A1b2.js', '/pagefind/vi/pagefind.js', '/pagefind/en/fragment/en_1.pf_fragment', '/pagefind/vi/pagefind.vi_ab12.pf_meta',
  '/pagefind/vi/index/vi_1.pf_index', '/data/projects.csv', '/press/logo.png', '/admin/', '/admin/config.yml', '/robots.txt', '/404.html'];

describe('the header table', () => {
  it('puts each sample path in the class a reader would expect', () => {
    expect(SAMPLE.map((p) => classFor(table, p).name)).toEqual(['page', 'page', 'page', 'assets', 'search', 'search-index', 'search-index', 'search-index', 'open-data', 'press', 'admin', 'admin', 'page', 'page']);
  });

  it('never puts script-src or style-src in a page header policy, and unsafe-inline only on /admin/', () => {
    for (const c of table.classes.filter((x) => x.name !== 'admin')) expect(c.headers['Content-Security-Policy'] ?? '', c.name).not.toMatch(/script-src 'self'(?! 'wasm)|style-src|unsafe-inline/);
    expect(headersFor(table, '/du-an/')['Content-Security-Policy']).toBe("frame-ancestors 'none'");
  });

  it('gives the pages a complete meta policy, and sends HSTS for two years without preload', () => {
    expect(Object.keys(PAGE_CSP)).toEqual(expect.arrayContaining(['default-src', 'object-src', 'base-uri', 'form-action', 'img-src', 'font-src', 'connect-src', 'worker-src', 'manifest-src', 'upgrade-insecure-requests']));
    expect(PAGE_CSP['default-src']).toEqual(["'none'"]);
    expect(table.common['Strict-Transport-Security']).toBe('max-age=63072000; includeSubDomains');
  });
});

describe('generated host configurations', () => {
  it('are committed as the table gives them (run `npm run deploy:config` after changing it)', () => {
    for (const [file, text] of Object.entries(deployFiles(table, site.url, pipelineSettings(readCmsSettings('content')).publish))) expect(readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('_headers: covers each file with its class only, the pages folder by folder', () => {
    const files = ['index.html', 'du-an/index.html', 'du-an/x/index.html', 'en/index.html', '_astro/a.js', 'pagefind/vi/pagefind.js', 'pagefind/vi/fragment/a.pf_fragment', 'pagefind/vi/p.vi_1.pf_meta', 'data/projects.csv', 'robots.txt'];
    const rules = headersRules(table, files);
    expect(rules.map((r) => r.path)).toEqual(['/*', '/_astro/*', '/pagefind/vi/p.vi_1.pf_meta', '/pagefind/vi/fragment/*', '/pagefind/vi/pagefind.js', '/data/*', '/', '/robots.txt', '/du-an/*', '/en/*']);
    expect(urlPath('du-an/index.html')).toBe('/du-an/');
  });

  it('vercel.json: exactly one class source matches each path, the one the table says', () => {
    const sources = vercelSources(table).map((s) => new RegExp(`^${s}$`));
    for (const p of SAMPLE) {
      const matching = table.classes.filter((_, i) => sources[i]!.test(p)).map((c) => c.name);
      expect(matching, p).toEqual([classFor(table, p).name]);
    }
  });

  it('nginx, Caddy and Apache: each class matched by the same expression, in the table order', () => {
    const files = deployFiles(table, site.url);
    for (const name of ['deploy/nginx.conf', 'deploy/Caddyfile', 'deploy/apache.conf']) {
      const text = files[name]!;
      const at = table.classes.slice(0, -1).map((c) => text.indexOf(classPattern(c)));
      expect(at.every((i) => i > 0), name).toBe(true);
      expect([...at].sort((a, b) => a - b), name).toEqual(at);
    }
    expect(caddyfile(table, { serverName: 'x.vn', root: '/srv' })).toContain('handle @admin {');
  });

  it('CloudFront: one policy per class with every header, the behaviours in the table order', () => {
    const cf = JSON.parse(cloudfrontConfig(table)) as { policies: Record<string, { SecurityHeadersConfig: Record<string, unknown>; CustomHeadersConfig: { Items: { Header: string }[] }; CorsConfig?: unknown }>; cacheBehaviours: { PathPattern: string }[] };
    expect(Object.keys(cf.policies)).toHaveLength(table.classes.length);
    const page = cf.policies['investment-site-page']!;
    expect(Object.keys(page.SecurityHeadersConfig).sort()).toEqual(['ContentSecurityPolicy', 'ContentTypeOptions', 'FrameOptions', 'ReferrerPolicy', 'StrictTransportSecurity']);
    expect(page.CustomHeadersConfig.Items.map((i) => i.Header).sort()).toEqual(['Cache-Control', 'Cross-Origin-Opener-Policy', 'Cross-Origin-Resource-Policy', 'Permissions-Policy']);
    expect(cf.policies['investment-site-open-data']!.CorsConfig).toBeDefined();
    expect(cf.cacheBehaviours.map((b) => b.PathPattern)).toEqual(table.classes.slice(0, -1).flatMap((c) => c.paths));
  });
});
