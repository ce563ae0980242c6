// Lead photographs for a grown copy of content/ (npm run bench:scale): one distinct JPEG per
// article for the latest N articles, so the build encodes as many pictures as a department that
// illustrates every article would. Each is a different crop and colour of one generated pattern
// (never an imitation photograph), so every file is new to the encoder.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export async function growPhotos(content: string, count: number, { width = 1600, height = 1067 } = {}): Promise<number> {
  if (count <= 0) return 0;
  const languages = (JSON.parse(readFileSync(path.join(content, 'languages.json'), 'utf8')) as { code: string }[]).map((l) => l.code);
  const vi = path.join(content, 'news', 'vi');
  const latest = readdirSync(vi).filter((f) => f.endsWith('.mdx')).sort().reverse().slice(0, count);
  const dir = path.join(content, 'images', 'news');
  mkdirSync(dir, { recursive: true });
  const base = await sharp({ create: { width: width * 2, height: height * 2, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } })
    .blur(3)
    .png()
    .toBuffer();
  let n = 0;
  for (const [i, file] of latest.entries()) {
    const name = `${file.replace(/\.mdx$/, '')}.jpg`;
    await sharp(base)
      .extract({ left: (i * 37) % width, top: (i * 53) % height, width, height })
      .modulate({ hue: (i * 7) % 360, brightness: 0.8 + ((i * 13) % 40) / 100 })
      .jpeg({ quality: 85 })
      .toFile(path.join(dir, name));
    for (const code of languages) {
      const doc = path.join(content, 'news', code, file);
      if (!existsSync(doc)) continue;
      const text = readFileSync(doc, 'utf8');
      writeFileSync(doc, text.replace(/^---\n/, `---\nimage:\n  src: "../../images/news/${name}"\n  alt: "Bench picture ${i + 1}"\n  credit: "bench"\n  date: "2026-11-20"\n`));
    }
    n++;
  }
  return n;
}
