// Images drawn at build time from content/site.json: the logo as PNG and the default social card.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Site } from '../lib/schema.ts';
import { FONT_FAMILY } from './config.ts';
import { registerFonts } from './render.ts';

const BLUE = '#073660';

function house(ctx: SKRSContext2D, x: number, y: number, size: number) {
  // the favicon's mark: a building on a rounded square
  const u = size / 64;
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.moveTo(x + 14 * u, y + 46 * u);
  ctx.lineTo(x + 14 * u, y + 22 * u);
  ctx.lineTo(x + 32 * u, y + 14 * u);
  ctx.lineTo(x + 50 * u, y + 22 * u);
  ctx.lineTo(x + 50 * u, y + 46 * u);
  ctx.lineTo(x + 38 * u, y + 46 * u);
  ctx.lineTo(x + 38 * u, y + 34 * u);
  ctx.lineTo(x + 26 * u, y + 34 * u);
  ctx.lineTo(x + 26 * u, y + 46 * u);
  ctx.closePath();
  ctx.fill();
}

export function logoPng(size = 1024): Buffer {
  const canvas = createCanvas(size, size);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = BLUE;
  ctx.beginPath();
  ctx.roundRect(0, 0, size, size, size * 0.19);
  ctx.fill();
  house(ctx, 0, 0, size);
  return canvas.toBuffer('image/png');
}

export function socialCardPng(site: Site): Buffer {
  registerFonts();
  const canvas = createCanvas(1200, 630);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = BLUE;
  ctx.fillRect(0, 0, 1200, 630);
  ctx.fillStyle = '#0b4f8a';
  ctx.fillRect(0, 520, 1200, 110);
  house(ctx, 80, 90, 160);
  ctx.fillStyle = '#ffffff';
  ctx.font = `700 56px ${FONT_FAMILY}`;
  ctx.fillText(site.name.vi, 80, 340, 1040);
  ctx.font = `400 40px ${FONT_FAMILY}`;
  ctx.fillText(site.name.en ?? '', 80, 410, 1040);
  ctx.font = `700 30px ${FONT_FAMILY}`;
  ctx.fillText(new URL(site.url).host, 80, 585, 1040);
  return canvas.toBuffer('image/png');
}
