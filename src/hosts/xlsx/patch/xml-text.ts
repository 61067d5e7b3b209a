const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** U+FFFE, U+FFFF and unpaired surrogates: XML 1.0 cannot hold them at all (not even as character references). */
const NOT_XML = /[\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const CONTROL = /\p{Cc}/gu;

/** C0 controls other than tab, LF and CR, which XML 1.0 cannot hold either. */
function isForbiddenControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd;
}

/** Text for an attribute value or element content: markup characters escaped, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(CONTROL, (c) => (isForbiddenControl(c) ? "" : c))
    .replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Text for a cell's or a note's <t> (OOXML's ST_Xstring): C0 controls (CR too, which XML would read as LF) as
 * _xHHHH_, and a literal "_xHHHH_" with its underscore escaped so that it does not read as one; then XML-escaped.
 */
export function escapeCellText(text: string): string {
  const encoded = text
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(CONTROL, (c) => (c.charCodeAt(0) < 0x20 && c !== "\t" && c !== "\n" ? `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_` : c));
  return escapeXml(encoded);
}

/** Element content or an attribute value as text: entities and character references resolved. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref.startsWith("#x")) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith("#")) return String.fromCodePoint(Number(ref.slice(1)));
    return ENTITIES[ref] ?? whole;
  });
}

/** A <t>'s text: unescaped, with ST_Xstring's _xHHHH_ escapes decoded. */
export function cellText(content: string): string {
  return unescapeXml(content).replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
