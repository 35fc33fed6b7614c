/**
 * Draws the two Teams app icons (a 192×192 colour icon, a 32×32 white outline on
 * transparency) as PNG without an image library: a tiny PNG encoder over node:zlib.
 * Run once with `npx tsx adapters/teams/manifest/generate-icons.ts`; the PNGs are kept.
 */
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join } from "node:path";

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 4 + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), row + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** A house (the wijk) with a check mark: roof triangle over a square body. */
function isHouse(u: number, v: number): boolean {
  const roof = v >= 0.18 && v < 0.48 && Math.abs(u - 0.5) <= (v - 0.18) * (0.32 / 0.3) + 0.02;
  const body = v >= 0.46 && v <= 0.82 && u >= 0.26 && u <= 0.74;
  return roof || body;
}

function isCheck(u: number, v: number): boolean {
  const near = (ax: number, ay: number, bx: number, by: number, width: number) => {
    const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
    return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))) < width;
  };
  return near(0.37, 0.63, 0.46, 0.72, 0.035) || near(0.46, 0.72, 0.64, 0.53, 0.035);
}

const GREEN: Rgba = [46, 125, 50, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = import.meta.dirname;
  writeFileSync(
    join(dir, "color.png"),
    encodePng(192, (x, y) => {
      const u = x / 192;
      const v = y / 192;
      if (isCheck(u, v)) return GREEN;
      return isHouse(u, v) ? WHITE : GREEN;
    }),
  );
  // Teams wants the outline icon white on transparent, nothing else.
  writeFileSync(join(dir, "outline.png"), encodePng(32, (x, y) => (isHouse((x + 0.5) / 32, (y + 0.5) / 32) && !isCheck((x + 0.5) / 32, (y + 0.5) / 32) ? WHITE : CLEAR)));
}
