import type { MergedArea } from "../../../core/snapshot";

export const MAX_COLUMNS = 16_384;
export const MAX_ROWS = 1_048_576;

/** The 0-based index of column letters ("A" is 0, "XFD" 16383), either case. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 0x60);
  return n - 1;
}

const DOLLAR = 0x24;

/** A cell reference ("B12", "$B$12", either case) as 0-based row and column, or undefined when it is none. */
export function cellPosition(ref: string): { row: number; col: number } | undefined {
  // Every cell of a sheet has one: read by character codes rather than a regular expression.
  let i = ref.charCodeAt(0) === DOLLAR ? 1 : 0;
  const lettersFrom = i;
  let col = 0;
  for (let c = ref.charCodeAt(i) | 0x20; c >= 0x61 && c <= 0x7a; c = ref.charCodeAt(++i) | 0x20) col = col * 26 + c - 0x60;
  if (i === lettersFrom || i - lettersFrom > 3) return undefined;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  const digitsFrom = i;
  let row = 0;
  for (let c = ref.charCodeAt(i); c >= 0x30 && c <= 0x39; c = ref.charCodeAt(++i)) row = row * 10 + c - 0x30;
  if (i !== ref.length || i === digitsFrom || row < 1 || row > MAX_ROWS || col > MAX_COLUMNS) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** A range ("A1:C2", "C2:A1" or a single "B3") as the area it covers, or undefined when it is none. */
export function rangeArea(ref: string): MergedArea | undefined {
  const [from, to = from] = ref.split(":");
  const a = cellPosition(from);
  const b = cellPosition(to);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}
