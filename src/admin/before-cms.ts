// Runs before Sveltia's modules are evaluated (main.ts imports it first): Sveltia reads its
// preferences and mounts its styles as soon as it loads.

// The interface opens in Vietnamese unless the editor has picked another language in Sveltia's
// settings (Sveltia otherwise follows the browser, and has no option for a default language).
const PREFS = 'sveltia-cms.prefs';
try {
  const prefs = JSON.parse(localStorage.getItem(PREFS) || '{}') ?? {};
  if (!prefs.locale || prefs.locale === 'auto') localStorage.setItem(PREFS, JSON.stringify({ ...prefs, locale: 'vi' }));
} catch {
  // Storage blocked: Sveltia falls back to the browser's language.
}

// Sveltia's UI components declare their fonts with @font-face rules pointing at a CDN, and the npm
// build registers the same fonts from this site with the Font Loading API. Chromium still tries the
// CDN copies (the CSP blocks them, with a console error each), so drop those rules as the component
// styles are inserted, before any text is laid out. Nothing else in the styles changes.
const CDN_FONT_FACE = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/[^}]*\}/g;
function stripCdnFonts(node: Node) {
  if (node instanceof HTMLStyleElement && node.textContent?.includes('cdn.jsdelivr.net')) {
    node.textContent = node.textContent.replace(CDN_FONT_FACE, '');
  }
}
document.head.querySelectorAll('style').forEach(stripCdnFonts);
new MutationObserver((records) => {
  for (const r of records) r.addedNodes.forEach(stripCdnFonts);
}).observe(document.head, { childList: true });
