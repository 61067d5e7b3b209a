/**
 * Excel on the web refuses a response above 5 MB (and fails getMergedAreasOrNullObject above 512 areas): the reader
 * packs its loads under these limits. Sizes are those of the JSON Office.js sends, in UTF-8.
 */

/** The most one data sync is planned to return, well under the 5,000,000-byte cap for estimates that run high. */
export const RESPONSE_BUDGET_BYTES = 4_000_000;
/** Excel returns at most this many merged areas from one call. */
export const MAX_MERGED_AREAS_PER_CALL = 512;

/** The length of a string in UTF-8 bytes, as it travels (a Chinese character is three). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The bytes a loaded value takes in a response. */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "");
