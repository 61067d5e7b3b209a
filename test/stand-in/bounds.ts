/** Rectangles of cells in the stand-in, 0-based, and the A1 forms Office.js accepts for them. */
import { cellAddress, parseAddress } from "../../src/core/snapshot";
import { StandInError } from "./client-object";

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const LAST_ROW = 1_048_575;
export const LAST_COL = 16_383;

function columnIndex(letters: string): number | undefined {
  return parseAddress(`${letters}1`)?.col;
}

/** "B3", "B3:D5", whole columns "B:D" or whole rows "3:5" (with or without "$"). */
export function parseBounds(address: string): Bounds {
  const [a, b = a] = address.replace(/\$/g, "").split(":");
  if (/^[A-Z]+$/i.test(a) && /^[A-Z]+$/i.test(b)) {
    const left = columnIndex(a);
    const right = columnIndex(b);
    if (left !== undefined && right !== undefined) return { top: 0, left, bottom: LAST_ROW, right };
  }
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return { top: Number(a) - 1, left: 0, bottom: Number(b) - 1, right: LAST_COL };
  const s = parseAddress(a);
  const e = parseAddress(b);
  if (!s || !e) throw new StandInError("InvalidArgument", `${address}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

/** "B3" for one cell, "B3:D5" for more. */
export function boundsAddress(b: Bounds): string {
  const from = cellAddress(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? from : `${from}:${cellAddress(b.bottom, b.right)}`;
}

/** Whether the range spans whole rows or columns (too many cells to list). */
export function isUnbounded(b: Bounds): boolean {
  return b.bottom === LAST_ROW || b.right === LAST_COL;
}

export function intersects(a: Bounds, b: Bounds): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
