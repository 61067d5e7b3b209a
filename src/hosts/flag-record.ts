/**
 * The record of the cells this tool flagged, as one XML document: a custom XML part of the workbook, written the
 * same way by the Excel add-in and by the file patcher (`fix`, the web page), so that flags set on a copy clear in
 * Excel. It lives outside the sheets: workbook structure protection does not block it, and no one deletes it by
 * deleting a sheet. Pure TS: the web page and the command line use it too.
 */
import type { FlagRecord } from "./host";

/** The root element's namespace, by which Excel finds the part (customXmlParts.getByNamespace). */
export const FLAG_RECORD_NAMESPACE = "urn:perfcheck:flag-record:1";

/** The previous version's record: a very hidden sheet, still read so that its flags clear. */
export const LEGACY_FLAG_SHEET = "__perfcheck_flags";
export const LEGACY_HEADER = ["sheet", "cell", "originalFill", "noteAdded"];

/** What reading the record found. */
export type FlagRecordState =
  /** No record: nothing was ever flagged, or the record was deleted. */
  | { kind: "none" }
  | { kind: "read"; flags: FlagRecord[] }
  /** A record that cannot be read: its flags are unknown. */
  | { kind: "damaged" };

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;").replace(/\r/g, "&#13;");

const unescapeAttribute = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (e[0] !== "#") return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });

/** A short digest of a note's text (FNV-1a, 32 bits), to tell later whether the note is still the one the tool wrote. */
export function noteDigest(note: string): string {
  // Line ends as Excel may return them (\r\n) count as the \n the tool wrote.
  const text = note.replace(/\r\n?/g, "\n");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

const ATTRIBUTES: [keyof FlagRecord, string][] = [
  ["sheet", "sheet"],
  ["cell", "cell"],
  ["fill", "fill"],
  ["originalFill", "originalFill"],
  ["originalPattern", "originalPattern"],
  ["originalPatternColor", "originalPatternColor"],
  ["noteDigest", "noteDigest"],
];

/** The record as the XML document of its part. */
export function flagRecordXml(flags: FlagRecord[]): string {
  const items = flags.map((f) => {
    const attrs = ATTRIBUTES.filter(([key]) => f[key] !== undefined && f[key] !== null)
      .map(([key, name]) => ` ${name}="${escapeAttribute(String(f[key]))}"`).join("");
    return `<flag${attrs} noteAdded="${f.noteAdded ? 1 : 0}"/>`;
  }).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<flags xmlns="${FLAG_RECORD_NAMESPACE}" version="1">${items}</flags>`;
}

/** Reads the record's XML; anything but a record of this version is damaged, never read as "no flags". */
export function parseFlagRecordXml(xml: string): FlagRecordState {
  const body = /<flags\b[^>]*xmlns="urn:perfcheck:flag-record:1"[^>]*?(\/>|>([\s\S]*)<\/flags>\s*$)/.exec(xml);
  if (!body) return { kind: "damaged" };
  const flags: FlagRecord[] = [];
  const content = body[2] ?? "";
  if (content.replace(/<flag\b[^>]*\/>/g, "").trim() !== "") return { kind: "damaged" };
  for (const m of content.matchAll(/<flag\b([^>]*)\/>/g)) {
    const attrs = new Map([...m[1].matchAll(/([\w]+)="([^"]*)"/g)].map((a) => [a[1], unescapeAttribute(a[2])]));
    const sheet = attrs.get("sheet");
    const cell = attrs.get("cell");
    if (!sheet || !cell || !/^[A-Z]{1,3}[1-9]\d*$/.test(cell)) return { kind: "damaged" };
    const flag: FlagRecord = { sheet, cell, originalFill: attrs.get("originalFill") ?? null, noteAdded: attrs.get("noteAdded") === "1" };
    for (const [key, name] of ATTRIBUTES.slice(2)) {
      const v = attrs.get(name);
      if (v !== undefined && key !== "originalFill") (flag as unknown as Record<string, string>)[key] = v;
    }
    flags.push(flag);
  }
  return { kind: "read", flags };
}

/** The previous version's record sheet, from its cells (header row first). */
export function parseLegacyRecord(values: unknown[][] | undefined): FlagRecord[] {
  if (!values || values.length < 2 || values[0][0] !== LEGACY_HEADER[0]) return [];
  return values.slice(1).filter((r) => r[0] && r[1]).map((r) => ({
    sheet: String(r[0]),
    cell: String(r[1]),
    originalFill: r[2] ? String(r[2]) : null,
    noteAdded: Number(r[3]) === 1,
  }));
}

const key = (r: { sheet: string; cell: string }) => `${r.sheet}!${r.cell}`;

/**
 * The record after flagging `current` over `previous`: each flagged cell once, with the original format recorded
 * when it was first flagged (never the flag colour it carries now); then, when `keepOthers`, the cells recorded
 * earlier and not flagged again, as long as their sheet is in `sheets`.
 */
export function mergedRecord(previous: FlagRecord[], current: FlagRecord[], keepOthers: boolean, sheets?: Set<string>): FlagRecord[] {
  const earlier = new Map(previous.map((r) => [key(r), r]));
  const merged = new Map<string, FlagRecord>();
  for (const r of current) {
    const before = earlier.get(key(r));
    if (merged.has(key(r))) continue;
    merged.set(key(r), before ? { ...r, originalFill: before.originalFill, originalPattern: before.originalPattern, originalPatternColor: before.originalPatternColor } : r);
  }
  if (keepOthers) for (const r of previous) if (!merged.has(key(r)) && (!sheets || sheets.has(r.sheet))) merged.set(key(r), r);
  return [...merged.values()];
}
