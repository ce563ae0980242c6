// Pictures the tests make for themselves (the default content carries no photograph): a large
// camera-sized JPEG with the detail and noise of a real photograph, so encoders work as hard as on
// one, and the bad files a staff member might upload. Drawn with sharp, the encoder the build uses.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

/** Noise at three scales (broad shapes, texture, sensor grain), as a photograph has. */
async function layers(width: number, height: number, seedShift: number): Promise<Buffer> {
  const noise = (w: number, h: number, sigma: number) =>
    sharp({ create: { width: w, height: h, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128 + seedShift, sigma } } });
  const broad = await noise(Math.ceil(width / 400), Math.ceil(height / 400), 70).resize(width, height, { kernel: 'cubic', fit: 'fill' }).png().toBuffer();
  const texture = await noise(Math.ceil(width / 12), Math.ceil(height / 12), 50).resize(width, height, { kernel: 'cubic', fit: 'fill' }).png().toBuffer();
  const grain = await noise(width, height, 18).png().toBuffer();
  return sharp(broad)
    .composite([
      { input: texture, blend: 'soft-light' },
      { input: grain, blend: 'soft-light' },
    ])
    .png()
    .toBuffer();
}

/** A photograph-like JPEG of the given size; quality 86 gives about 8 MB at 6000 × 4000. */
export async function makePhoto(file: string, width = 6000, height = 4000, { quality = 86, seed = 0 } = {}): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  const pixels = await layers(width, height, seed % 20);
  await sharp(pixels).jpeg({ quality, chromaSubsampling: '4:4:4' }).toFile(file);
  return file;
}

/** A small PNG (a chart or a diagram staff might upload). */
export async function makePng(file: string, width: number, height: number): Promise<string> {
  mkdirSync(path.dirname(file), { recursive: true });
  await sharp({ create: { width, height, channels: 3, background: '#0b4f8a' } }).png().toFile(file);
  return file;
}

/** A JPEG cut off halfway, as an interrupted upload leaves it. */
export async function makeTruncatedJpeg(file: string): Promise<string> {
  const whole = await sharp(await layers(800, 600, 3)).jpeg({ quality: 85 }).toBuffer();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));
  return file;
}

/** An SVG carrying a script, named as an upload would be. */
export function writeScriptSvg(file: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(document.domain)</script><rect width="10" height="10"/></svg>\n');
  return file;
}

/** The article, zone, project, sector and page that the photo overlay illustrates. */
export const ILLUSTRATED = {
  article: { file: '2020-10-02-vung-kinh-te-trong-diem.mdx', key: 'vung-kinh-te-trong-diem-2020' },
  bodyArticle: { file: '2024-08-05-quy-hoach-tinh-2021-2030.mdx' },
  zone: 'vsip-1',
  project: 'semiconductor-packaging-plant',
  sector: 'semiconductors',
} as const;

function addFrontMatter(file: string, yaml: string) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^---\n/, `---\n${yaml}`));
}

function addToRecord(file: string, fields: Record<string, unknown>) {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // Before "contact", where the schema (and the CMS) puts the picture fields.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) {
    if (k === 'contact') Object.assign(out, fields);
    out[k] = v;
  }
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
}

const photoFields = (src: string, what: string, credit = 'Sở Công Thương (ảnh thử nghiệm)') => ({
  src,
  alt: { vi: `Ảnh thử nghiệm: ${what}`, en: `Test picture: ${what}` },
  caption: { vi: `Chú thích: ${what}`, en: `Caption: ${what}` },
  credit,
  date: '2026-11-20',
});

/** Lays the test's own pictures over a copy of content/: a camera-sized lead image on an article
 * (Vietnamese and English), a picture inside another article's text, three photographs on a zone,
 * one on a project and one on a sector. Returns the files made. */
export async function addTestPhotos(content: string): Promise<{ lead: string; files: string[] }> {
  const img = (p: string) => path.join(content, 'images', p);
  const lead = await makePhoto(img('news/lead-6000x4000.jpg'));
  const files = [lead];
  for (let i = 1; i <= 3; i++) files.push(await makePhoto(img(`zones/${ILLUSTRATED.zone}-${i}.jpg`), 1600, 1067, { seed: i }));
  files.push(await makePhoto(img(`projects/${ILLUSTRATED.project}.jpg`), 1600, 1067, { seed: 5 }));
  files.push(await makePhoto(img(`sectors/${ILLUSTRATED.sector}.jpg`), 1200, 800, { seed: 6 }));
  files.push(await makePng(img('news/diagram.png'), 1200, 600));
  for (const [lang, alt, caption] of [
    ['vi', 'Ảnh thử nghiệm lớn làm ảnh đầu bài', 'Ảnh đầu bài thử nghiệm'],
    ['en', 'A large test picture as the lead image', 'Test lead image'],
  ]) {
    addFrontMatter(
      path.join(content, 'news', lang!, ILLUSTRATED.article.file),
      `image:\n  src: "../../images/news/lead-6000x4000.jpg"\n  alt: "${alt}"\n  caption: "${caption}"\n  credit: "Sở Công Thương (ảnh thử nghiệm)"\n  date: "2026-11-20"\n`,
    );
  }
  const bodyFile = path.join(content, 'news', 'vi', ILLUSTRATED.bodyArticle.file);
  writeFileSync(bodyFile, `${readFileSync(bodyFile, 'utf8').trimEnd()}\n\n![Sơ đồ thử nghiệm trong bài](../../images/news/diagram.png "Sơ đồ thử nghiệm")\n`);
  addToRecord(path.join(content, 'zones', `${ILLUSTRATED.zone}.json`), {
    photos: [1, 2, 3].map((i) => photoFields(`../images/zones/${ILLUSTRATED.zone}-${i}.jpg`, `khu công nghiệp ${i}`)),
  });
  addToRecord(path.join(content, 'projects', `${ILLUSTRATED.project}.json`), { photo: photoFields(`../images/projects/${ILLUSTRATED.project}.jpg`, 'dự án') });
  const sectorFile = path.join(content, 'sectors', `${ILLUSTRATED.sector}.json`);
  const sector = JSON.parse(readFileSync(sectorFile, 'utf8')) as Record<string, unknown>;
  const withPhoto: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(sector)) {
    withPhoto[k] = v;
    if (k === 'keyFigures') withPhoto.photo = photoFields(`../images/sectors/${ILLUSTRATED.sector}.jpg`, 'lĩnh vực');
  }
  writeFileSync(sectorFile, `${JSON.stringify(withPhoto, null, 2)}\n`);
  return { lead, files };
}
