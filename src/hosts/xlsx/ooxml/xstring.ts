const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Text of an ST_Xstring (shared and inline strings, string results): `_xHHHH_` stands for the UTF-16 code unit
 * HHHH, so `_x000D_` is a carriage return and `_x005F_` an underscore (which is how a literal "_x000D_" is written).
 */
export function decodeXstring(text: string): string {
  return text.includes("_x") ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
