// Driving the staff CMS at /admin/ in Chromium without any network: Sveltia's test-repo backend
// keeps the repository in the browser's origin-private file system (folder sveltia-cms-test/),
// which we seed with the project's own files, and /admin/config.yml is served as built except for
// its backend. Fields are found by the key path Sveltia puts on each (data-key-path="title.vi").
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';

export interface RepoFile {
  path: string;
  text: string;
}

/** The repository's files under the given folders, as the git host would have them. */
export function repoFiles(dirs: string[] = ['content']): RepoFile[] {
  const out: RepoFile[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push({ path: p.split(path.sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  dirs.forEach(walk);
  return out;
}

/** Every request that leaves 127.0.0.1 is refused and written down. */
export async function offline(context: BrowserContext): Promise<string[]> {
  const attempts: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    attempts.push(url.href);
    return route.abort('blockedbyclient');
  });
  return attempts;
}

/** Content-Security-Policy violations on the page, collected from the start of every document. */
export async function cspViolations(context: BrowserContext): Promise<(page: Page) => Promise<string[]>> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  return (page) => page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

export class Cms {
  readonly page: Page;
  readonly origin: string;
  constructor(page: Page, origin: string) {
    this.page = page;
    this.origin = origin;
  }

  /** Opens /admin/ on the test repository holding the given files. */
  async open(files: RepoFile[]): Promise<void> {
    const { page } = this;
    await page.route('**/admin/config.yml*', async (route) => {
      const res = await route.fetch();
      const built = await res.text();
      const body = built.replace(/^backend:\n(?: {2}.*\n)+/m, 'backend:\n  name: test-repo\n');
      if (body === built) throw new Error('config.yml has no backend block to replace');
      await route.fulfill({ response: res, body });
    });
    // The file system belongs to the origin: any page of the site will do to fill it.
    await page.goto(`${this.origin}/favicon.svg`);
    await page.evaluate(async (files) => {
      const root = await navigator.storage.getDirectory();
      await root.removeEntry('sveltia-cms-test', { recursive: true }).catch(() => {});
      const base = await root.getDirectoryHandle('sveltia-cms-test', { create: true });
      for (const f of files) {
        const parts = f.path.split('/');
        let dir = base;
        for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
        const w = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await w.write(f.text);
        await w.close();
      }
    }, files);
    await page.goto(`${this.origin}/admin/`);
  }

  async signIn(): Promise<void> {
    await this.page.getByRole('button', { name: 'Làm việc với kho mã nguồn thử nghiệm' }).click();
    await this.page.getByRole('treeitem').first().waitFor();
  }

  /** Opens a screen of the CMS by its address, e.g. "/collections/projects/new", and waits for it. */
  async go(route: string): Promise<void> {
    await this.page.evaluate((h) => {
      location.hash = h;
    }, route);
    if (/\/(entries\/|new$)/.test(route)) {
      await this.page.getByRole('button', { name: 'Lưu', exact: true }).waitFor();
      await this.page.locator('section[data-key-path]').first().waitFor();
    }
  }

  /** The field with this key path, scrolled into view (Sveltia renders long forms as you scroll). */
  async field(keyPath: string, locale?: string): Promise<Locator> {
    const scope = locale ? this.page.locator(`[data-locale="${locale}"]`) : this.page;
    const section = scope.locator(`section[data-key-path="${keyPath}"]`).first();
    for (let i = 0; i < 60 && (await section.count()) === 0; i++) {
      const more = scope.locator('.placeholder, [role="progressbar"]').last();
      if (await more.count()) await more.scrollIntoViewIfNeeded().catch(() => {});
      else await this.page.mouse.wheel(0, 600);
      await this.page.waitForTimeout(100);
    }
    await section.scrollIntoViewIfNeeded();
    return section;
  }

  /** Types into a text, number or date field. */
  async fill(keyPath: string, value: string, locale?: string): Promise<void> {
    const f = await this.field(keyPath, locale);
    await f.locator('input, textarea, [contenteditable="true"]').first().fill(value);
  }

  async value(keyPath: string, locale?: string): Promise<string> {
    const f = await this.field(keyPath, locale);
    return f.locator('input, textarea').first().inputValue();
  }

  /** Picks an option of a select (radio buttons or a drop-down) or of a relation. */
  async choose(keyPath: string, option: string, locale?: string, search?: string): Promise<void> {
    const f = await this.field(keyPath, locale);
    const radio = f.getByRole('radio', { name: option, exact: true });
    if (await radio.count()) return radio.click();
    const box = f.getByRole('combobox').first();
    // A relation's options are drawn once every entry of the other collection has loaded, which a
    // busy machine can take a while to do, and an open list is not redrawn: reopen it until it is.
    // A long list (the legal register) is searched as an editor would, by typing.
    const wanted = this.page.getByRole('option', { name: option }).first();
    for (let attempt = 1; ; attempt++) {
      await box.click();
      if (search && (await box.evaluate((el) => el instanceof HTMLInputElement))) await box.fill(search);
      try {
        return await wanted.click({ timeout: 10_000 });
      } catch (e) {
        if (attempt === 5) throw new Error(`${keyPath}: no option "${option}" among ${JSON.stringify(await this.page.getByRole('option').allTextContents())}`, { cause: e });
        if (await this.page.getByRole('listbox').first().isVisible()) await this.page.keyboard.press('Escape');
      }
    }
  }

  /** Adds an item to a list field. */
  async addItem(keyPath: string, locale?: string): Promise<void> {
    const f = await this.field(keyPath, locale);
    await f.getByRole('button', { name: /^Thêm/ }).last().click();
  }

  /** Saves the entry and waits until the editor has closed (Sveltia closes it once the files are written). */
  async save(): Promise<void> {
    const button = this.page.getByRole('button', { name: 'Lưu', exact: true });
    await button.click();
    await button.waitFor({ state: 'detached' });
    await this.page.waitForFunction(() => !/\/(entries\/|new$)/.test(location.hash));
  }

  /** A file of the test repository, as the CMS left it (null when there is none). */
  read(file: string): Promise<string | null> {
    return this.page.evaluate(async (file) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
      const parts = file.split('/');
      try {
        for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p);
        return await (await (await dir.getFileHandle(parts.at(-1)!)).getFile()).text();
      } catch {
        return null;
      }
    }, file);
  }

  /** The files under a folder of the test repository. */
  list(folder: string): Promise<string[]> {
    return this.page.evaluate(async (folder) => {
      let dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('sveltia-cms-test');
      for (const p of folder.split('/')) dir = await dir.getDirectoryHandle(p);
      const out: string[] = [];
      for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) out.push(`${folder}/${name}`);
      return out.sort();
    }, folder);
  }
}
