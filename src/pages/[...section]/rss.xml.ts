// RSS 2.0 of the news, one feed per language that publishes articles, at <news section>/rss.xml
// (from the route map).
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { entryLocale, siteData } from '../../data/index.ts';
import type { Locale } from '../../lib/schema.ts';
import { LOCALES } from '../../lib/languages.ts';
import { text } from '../../lib/localize.ts';
import { useT } from '../../i18n/index.ts';

const FEED_SIZE = 50;

export const getStaticPaths = (async () => {
  const { routes } = await siteData();
  return LOCALES.filter((l) => routes.hasNews(l)).map((locale) => ({ params: { section: routes.href('news', locale).replace(/^\/|\/$/g, '') }, props: { locale } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { locale } = props as { locale: Locale };
  const data = await siteData();
  const t = useT(locale);
  // The latest articles, as feed readers expect; the newsroom's pages hold the rest.
  const items = data.articles[locale].list.slice(0, FEED_SIZE).map((d) => d.entry);
  return rss({
    title: `${text(data.site.name, locale)} – ${t('news.title')}`,
    description: t('news.lead'),
    site: site!,
    customData: `<language>${locale}</language>`,
    items: items.map((n) => ({
      title: n.data.title,
      link: new URL(data.routes.href(`article:${n.data.key}`, locale), site).href,
      pubDate: new Date(n.data.date),
      description: n.data.summary,
      author: `${data.site.email} (${n.data.author})`,
      categories: n.data.tags,
      // An article shown in another language (a complete language's untranslated one) names the feed it is from.
      customData: entryLocale(n) !== locale ? `<source url="${new URL(data.routes.feed(entryLocale(n)), site).href}">${text(data.site.name, entryLocale(n))}</source>` : undefined,
    })),
  });
};
