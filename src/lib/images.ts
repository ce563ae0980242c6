// The rules for pictures in content, in one place: which fields hold them, where their files may
// be, how big they may be, and what a file must be to count as an image. The content check
// (src/lib/content/load.ts) applies the quick rules to every file; the decode check below opens
// each image once (cached by size and date) so that a corrupt file stops the build with its name
// instead of failing deep inside the encoder.
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import type { LeadImage, Localized, Photo } from './schema.ts';
import { keepFile } from './file-cache.ts';

/** Chosen for a phone's or a camera's photograph with room to spare: a 50-megapixel camera
 * writes about 8,200 × 6,100 pixels and 15–25 MB. Anything larger is almost certainly a mistake
 * (a scan at print resolution, a panorama) and would take the encoder minutes. */
export const IMAGE_LIMITS = { bytes: 30 * 1024 * 1024, side: 12_000 } as const;

/** Widths the build makes of every image, and the width the page's text column shows. */
export const IMAGE_WIDTHS = [360, 720, 1080, 1440] as const;

export type ImageKind = 'sectors' | 'zones' | 'projects' | 'news' | 'pages';

/** Where the CMS saves each collection's uploads, under content/. */
export const IMAGE_FOLDERS: Record<ImageKind, string> = {
  sectors: 'images/sectors',
  zones: 'images/zones',
  projects: 'images/projects',
  news: 'images/news',
  pages: 'images/pages',
};

export interface ImageField<T = Photo | LeadImage> {
  /** As the content check names it, e.g. "photos[1].src". */
  field: string;
  image: T;
}

/** The image fields of one entry, in the order the page shows them. */
export function imageFields(kind: ImageKind, data: Record<string, unknown>): ImageField[] {
  if (kind === 'zones') return ((data.photos as Photo[] | undefined) ?? []).map((image, i) => ({ field: `photos[${i}]`, image }));
  if (kind === 'sectors' || kind === 'projects') return data.photo ? [{ field: 'photo', image: data.photo as Photo }] : [];
  return data.image ? [{ field: 'image', image: data.image as LeadImage }] : [];
}

export { isRelativePath } from './image-path.ts';

export type FileProblem = { expected: string; found: string };

const SIGNATURES: [string, (b: Buffer) => boolean][] = [
  ['jpeg', (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  ['png', (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))],
  ['webp', (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP'],
  ['avif', (b) => b.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(b.toString('latin1', 8, 12))],
];

/** What the first bytes of a file say it is: jpeg, png, webp, avif, or a short description. */
export function sniff(head: Buffer): string {
  const known = SIGNATURES.find(([, test]) => test(head));
  if (known) return known[0];
  const start = head.toString('utf8').trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'))) return 'an SVG drawing';
  if (start.startsWith('<')) return 'an HTML or XML document';
  if (head.length === 0) return 'an empty file';
  return 'a file that is not a JPEG, PNG, WebP or AVIF image';
}

/** The quick checks of one referenced image file: it is inside the images folder, it exists, it
 * is not too big, and its bytes are an image of an accepted format. */
export function checkImageFile(root: string, fromFile: string, src: string): FileProblem | undefined {
  const file = path.resolve(path.dirname(fromFile), src);
  const images = path.join(root, 'images') + path.sep;
  if (!file.startsWith(images)) {
    return { expected: `a file in ${path.basename(root)}/images/ (where the CMS saves uploads), written relative to this file`, found: JSON.stringify(src) };
  }
  if (!existsSync(file) || !statSync(file).isFile()) return { expected: 'an image file that exists', found: `no file at ${path.relative(path.dirname(root), file).split(path.sep).join('/')}` };
  const size = statSync(file).size;
  if (size > IMAGE_LIMITS.bytes) return { expected: `an image of at most ${IMAGE_LIMITS.bytes / 1024 / 1024} MB`, found: `${(size / 1024 / 1024).toFixed(1)} MB` };
  const head = Buffer.alloc(64);
  const fd = openSync(file, 'r');
  const read = readSync(fd, head, 0, 64, 0);
  closeSync(fd);
  const kind = sniff(head.subarray(0, read));
  if (!SIGNATURES.some(([name]) => name === kind)) return { expected: 'a JPEG, PNG, WebP or AVIF image', found: kind };
  const ext = src.split('.').pop()!.toLowerCase();
  const extKind = ext === 'jpg' ? 'jpeg' : ext;
  if (extKind !== kind) return { expected: `a .${ext} file to be a ${ext.toUpperCase()} image`, found: `a ${kind.toUpperCase()} image` };
  return undefined;
}

export interface DecodeResult {
  width?: number;
  height?: number;
  error?: string;
}

type Cache = Record<string, DecodeResult & { key: string }>;

/** Opens the image fully (at a small size: JPEG decodes at 1/8 scale) to find its size and
 * whether it is whole. Results are kept by file size and modification time, so an unchanged
 * image is opened once, not once per build. */
export async function decodeImages(files: string[], cacheFile?: string): Promise<Map<string, DecodeResult>> {
  const { default: sharp } = await import('sharp');
  let cache: Cache = {};
  if (cacheFile && existsSync(cacheFile)) {
    try {
      cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as Cache;
    } catch {
      cache = {};
    }
  }
  const out = new Map<string, DecodeResult>();
  let changed = false;
  for (const file of [...new Set(files)]) {
    const s = statSync(file);
    const key = `${s.size}:${s.mtimeMs}`;
    const hit = cache[file];
    if (hit?.key === key) {
      out.set(file, hit);
      continue;
    }
    let result: DecodeResult;
    try {
      const meta = await sharp(file, { failOn: 'warning', limitInputPixels: false }).metadata();
      result = { width: meta.autoOrient?.width ?? meta.width, height: meta.autoOrient?.height ?? meta.height };
      if ((meta.width ?? 0) <= IMAGE_LIMITS.side && (meta.height ?? 0) <= IMAGE_LIMITS.side) {
        await sharp(file, { failOn: 'warning' }).resize(64).raw().toBuffer();
      }
    } catch (err) {
      result = { error: (err as Error).message.split('\n')[0] };
    }
    out.set(file, result);
    cache[file] = { ...result, key };
    changed = true;
  }
  if (cacheFile && changed) {
    keepFile(cacheFile, JSON.stringify(cache));
  }
  return out;
}

/** What a decoded image's result means for the content check. */
export function decodeProblem(r: DecodeResult): FileProblem | undefined {
  if (r.error) return { expected: 'an image file that opens (it may be damaged or incompletely uploaded: upload it again)', found: r.error };
  if ((r.width ?? 0) > IMAGE_LIMITS.side || (r.height ?? 0) > IMAGE_LIMITS.side) {
    return { expected: `an image at most ${IMAGE_LIMITS.side.toLocaleString('en')} pixels on each side`, found: `${r.width} × ${r.height} pixels` };
  }
  return undefined;
}

/** An image's place under content/images/ ("zones/vsip-1-gate.jpg"), from the path an entry
 * writes: the name of its original on the press page. */
export function originalPath(root: string, fromFile: string, src: string): string {
  return path.relative(path.join(root, 'images'), path.resolve(path.dirname(path.resolve(fromFile)), src)).split(path.sep).join('/');
}

/** Where the press page offers an image's original file. */
export function originalHref(file: string): string {
  return `/press/photos/${file}`;
}

/** A picture as pages receive it: the content layer has turned its path into the file's metadata. */
export interface ShownImage {
  src: ImageMetadata;
  /** Its place under content/images/. */
  file: string;
  alt: Localized | string;
  caption?: Localized | string;
  credit?: string;
  date?: string;
}

/** The schemas type an image's src as the path written in the file; on a page it is metadata. */
export function shown(image: Photo | LeadImage | ShownImage): ShownImage {
  return image as unknown as ShownImage;
}
