/** Numbers read where they are written in a part's XML (SpanReaders), without slicing the digits out first. */

const ZERO = 0x30;
const NINE = 0x39;
const MINUS = 0x2d;
const DOT = 0x2e;
/** Up to 15 digits a number is exact in a double, and so is its quotient by an exact power of ten (see numberIn). */
const MAX_DIGITS = 15;
const POW10 = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 10 ** k);

/** parseInt(text.slice(start, end), 10). */
export function integerIn(text: string, start: number, end: number): number {
  let n = 0;
  if (end > start && end - start <= MAX_DIGITS) {
    let i = start;
    for (let c = text.charCodeAt(i); i < end && c >= ZERO && c <= NINE; c = text.charCodeAt(++i)) n = n * 10 + c - ZERO;
    if (i === end) return n;
  }
  return parseInt(text.slice(start, end), 10);
}

/**
 * parseFloat(text.slice(start, end)). Plain decimals ("-12.5") of up to 15 digits are read here: their digits make
 * an exact integer and 10^k is exact, so the one division rounds correctly, to the double parseFloat gives.
 */
export function numberIn(text: string, start: number, end: number): number {
  let i = text.charCodeAt(start) === MINUS ? start + 1 : start;
  let digits = 0;
  let m = 0;
  let fraction = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      m = m * 10 + c - ZERO;
      digits++;
    } else if (c === DOT && fraction < 0) fraction = digits;
    else break;
  }
  if (i !== end || digits === 0 || digits > MAX_DIGITS) return parseFloat(text.slice(start, end));
  const n = fraction < 0 ? m : m / POW10[digits - fraction];
  return text.charCodeAt(start) === MINUS ? -n : n;
}
