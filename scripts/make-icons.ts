/**
 * Draws Dossier's icon (a folder-blue tile with lines of text, one of them highlighted)
 * as PNGs in public/icon/. Run once after changing the design: `npx tsx scripts/make-icons.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf: Buffer) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function icon(size: number) {
  const s = (v: number) => v * size;
  const radius = s(0.18);
  const inTile = (x: number, y: number) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const lines = [0.28, 0.46, 0.64];
  return png(size, (px, py) => {
    const x = px + 0.5;
    const y = py + 0.5;
    if (!inTile(x, y)) return [0, 0, 0, 0];
    for (const [i, top] of lines.entries()) {
      const h = s(0.1);
      const right = i === 2 ? s(0.62) : s(0.8);
      if (i === 1 && x >= s(0.14) && x <= s(0.86) && y >= s(top) - s(0.05) && y <= s(top) + h + s(0.05)) {
        if (x >= s(0.2) && x <= right && y >= s(top) && y <= s(top) + h) return [255, 255, 255, 255];
        return [240, 228, 66, 255];
      }
      if (x >= s(0.2) && x <= right && y >= s(top) && y <= s(top) + h) return [255, 255, 255, 255];
    }
    return [0, 90, 140, 255];
  });
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, icon(size));
