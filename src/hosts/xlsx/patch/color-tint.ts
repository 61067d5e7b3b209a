/**
 * Excel's HLS scale: it converts to integer hue, lightness and saturation out of 240 (as Windows' ColorRGBToHLS
 * does) before applying a tint, so tinted colours match Excel's only with this rounding.
 */
const HLS_MAX = 240;

function toHls(r: number, g: number, b: number): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, l, 0];
  const d = max - min;
  const s = l <= 0.5 ? d / (max + min) : d / (2 - max - min);
  const h = max === r ? (g - b) / d : max === g ? 2 + (b - r) / d : 4 + (r - g) / d;
  return [(((h / 6) % 1) + 1) % 1, l, s];
}

function channel(m1: number, m2: number, hue: number): number {
  const h = ((hue % 1) + 1) % 1;
  if (h < 1 / 6) return m1 + (m2 - m1) * h * 6;
  if (h < 0.5) return m2;
  if (h < 2 / 3) return m1 + (m2 - m1) * (2 / 3 - h) * 6;
  return m1;
}

function toRgb(h: number, l: number, s: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const m2 = l <= 0.5 ? l * (1 + s) : l + s - l * s;
  const m1 = 2 * l - m2;
  return [channel(m1, m2, h + 1 / 3), channel(m1, m2, h), channel(m1, m2, h - 1 / 3)];
}

/** "RRGGBB" lightened (tint > 0) or darkened (tint < 0) by a <color>'s tint, as Excel shows it. */
export function withTint(rgb: string, tint: number): string {
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const [h, l, s] = toHls(r, g, b).map((x) => Math.round(x * HLS_MAX));
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + HLS_MAX * tint;
  const tinted = Math.min(HLS_MAX, Math.max(0, Math.round(lum)));
  return toRgb(h / HLS_MAX, tinted / HLS_MAX, s / HLS_MAX)
    .map((c) => Math.round(c * 255).toString(16).toUpperCase().padStart(2, "0"))
    .join("");
}
