// Draws the add-in's icons (a green spreadsheet with a check-mark badge) and writes them as PNGs
// to assets/. Run with `node scripts/draw-icons.mjs`; the PNGs are committed, so this only needs
// re-running when the drawing changes. No dependencies: shapes are signed-distance tests sampled on
// a sub-pixel grid for anti-aliasing, and the PNG encoder below uses only node:zlib.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const SUBSAMPLES = 8; // per axis, so 64 samples per pixel

const GREEN = [16, 124, 65]; // #107C41, the Excel green
const WHITE = [255, 255, 255];

// --- shapes in unit coordinates (0..1, y down) -------------------------------------------------

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Line widths grow a little on small icons so the grid stays visible at 16 px. */
function layersFor(size) {
  const px = 1 / size;
  const gridWidth = Math.max(0.045, 1.1 * px);
  const checkWidth = Math.max(0.075, 1.6 * px);
  const badge = { cx: 0.72, cy: 0.72, r: 0.26 };
  const check = [
    [0.6, 0.72],
    [0.69, 0.81],
    [0.84, 0.63],
  ];
  // Painted bottom to top; the first layer that contains a point decides its colour.
  return [
    {
      color: GREEN,
      contains: (x, y) =>
        distanceToSegment(x, y, check[0], check[1]) <= checkWidth / 2 ||
        distanceToSegment(x, y, check[1], check[2]) <= checkWidth / 2,
    },
    { color: WHITE, contains: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r },
    { color: GREEN, contains: (x, y) => Math.hypot(x - badge.cx, y - badge.cy) <= badge.r + Math.max(0.04, px) },
    {
      color: WHITE,
      contains: (x, y) =>
        insideRoundedRect(x, y, 0.06, 0.1, 0.94, 0.9, 0.1) &&
        (Math.abs(y - 0.37) <= gridWidth / 2 ||
          Math.abs(y - 0.63) <= gridWidth / 2 ||
          Math.abs(x - 0.38) <= gridWidth / 2),
    },
    { color: GREEN, contains: (x, y) => insideRoundedRect(x, y, 0.06, 0.1, 0.94, 0.9, 0.1) },
  ];
}

function drawIcon(size) {
  const layers = layersFor(size);
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          const layer = layers.find((l) => l.contains(x, y));
          if (layer) {
            r += layer.color[0];
            g += layer.color[1];
            b += layer.color[2];
            covered++;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        // Straight (not premultiplied) alpha, as PNG expects.
        rgba[offset] = Math.round(r / covered);
        rgba[offset + 1] = Math.round(g / covered);
        rgba[offset + 2] = Math.round(b / covered);
        rgba[offset + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
      }
    }
  }
  return rgba;
}

// --- PNG encoding ------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assetsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assetsDir, { recursive: true });
for (const size of SIZES) {
  const file = join(assetsDir, `icon-${size}.png`);
  writeFileSync(file, encodePng(size, size, drawIcon(size)));
  console.log(`wrote ${file}`);
}
