// npm run pipeline:preview: publishes a preview build (scripts/pipeline/build.ts --preview) of a
// branch of the editorial workflow at an address of its own, prints it, and tells the git host
// (deploy/preview), where Sveltia CMS finds it for its "View Preview" link (README, "Pipeline").
//   Cloudflare Pages: a preview deployment of the branch, https://<branch alias>.<project>.pages.dev
//   Netlify: a draft deploy with the branch as alias, https://<branch>--<site>.netlify.app
//   ssh: <folder>/previews/<branch>/, served at https://<branch>.<previewDomain>/ when set
//   none: nothing is published (the build and its checks still ran)
// The production branch is never published this way.
//
// Usage: node scripts/pipeline/preview.ts [--dir dist] [--branch name]
import { step } from './lib/cli.ts';
import { prepare, stop } from './lib/context.ts';
import { PublishError, publishPreview } from './lib/hosts.ts';
import { report } from './lib/report.ts';

const { publish, dir, ctx, settings } = await prepare('preview');
if (ctx.branch === settings.branch) {
  await stop('preview', `${ctx.branch} is the production branch: scripts/pipeline/publish.ts publishes it. Nothing was published as a preview.`);
}

const published = await step(`preview of ${ctx.branch} (${publish.host})`, async () => {
  try {
    return await publishPreview(publish, dir, ctx);
  } catch (err) {
    if (err instanceof PublishError) return stop('preview', `${err.message}\nNo preview was published; the live site is not affected.`);
    throw err;
  }
});
console.log(published.summary);
console.log(published.url ? `Preview of ${ctx.branch}: ${published.url}` : `Preview of ${ctx.branch}: built and checked, published nowhere.`);
await report({ kind: 'preview', state: 'success', url: published.url, description: published.url ? `Preview of ${ctx.branch}` : 'Built and checked; no preview host' });
