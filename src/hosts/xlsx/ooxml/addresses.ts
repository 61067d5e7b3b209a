import { MAX_COLUMNS, type MergedArea } from "../../../core/snapshot";

export const MAX_ROWS = 1_048_576;

/** The 0-based index of column letters ("A" is 0, "XFD" 16383), either case. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + ((letters.charCodeAt(i) | 0x20) - 0x60);
  return n - 1;
}

const DOLLAR = 0x24;

/**
 * A cell reference ("B12", "$B$12", either case) written in `text` from `start` to `end`, as its position key
 * row × MAX_COLUMNS + column (0-based), or -1 when it is none. Every cell of a sheet has one: read by character
 * codes, not sliced out or matched by a regular expression.
 */
export function cellKeyIn(text: string, start: number, end: number): number {
  let i = start < end && text.charCodeAt(start) === DOLLAR ? start + 1 : start;
  const lettersFrom = i;
  let col = 0;
  for (let c = text.charCodeAt(i) | 0x20; i < end && c >= 0x61 && c <= 0x7a; c = text.charCodeAt(++i) | 0x20) col = col * 26 + c - 0x60;
  if (i === lettersFrom || i - lettersFrom > 3) return -1;
  if (i < end && text.charCodeAt(i) === DOLLAR) i++;
  const digitsFrom = i;
  let row = 0;
  for (let c = text.charCodeAt(i); i < end && c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) row = row * 10 + c - 0x30;
  if (i !== end || i === digitsFrom || row < 1 || row > MAX_ROWS || col > MAX_COLUMNS) return -1;
  return (row - 1) * MAX_COLUMNS + col - 1;
}

/** A range ("A1:C2", "C2:A1" or a single "B3") as the area it covers, or undefined when it is none. */
export function rangeArea(ref: string): MergedArea | undefined {
  const colon = ref.indexOf(":");
  const a = cellKeyIn(ref, 0, colon < 0 ? ref.length : colon);
  // What follows a second colon is ignored.
  const next = colon < 0 ? -1 : ref.indexOf(":", colon + 1);
  const b = colon < 0 ? a : cellKeyIn(ref, colon + 1, next < 0 ? ref.length : next);
  if (a < 0 || b < 0) return undefined;
  const rowA = Math.floor(a / MAX_COLUMNS);
  const rowB = Math.floor(b / MAX_COLUMNS);
  const colA = a % MAX_COLUMNS;
  const colB = b % MAX_COLUMNS;
  return { top: Math.min(rowA, rowB), left: Math.min(colA, colB), bottom: Math.max(rowA, rowB), right: Math.max(colA, colB) };
}
