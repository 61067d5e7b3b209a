import { strFromU8, unzipSync } from "fflate";
import { FLAG_RECORD_NAMESPACE, parseFlagRecordXml } from "../../../src/hosts/flag-record";
import type { FlagRecord } from "../../../src/hosts/host";

/**
 * The flag record of a patched package as Excel finds it: the custom XML part in the record's namespace that the
 * workbook part relates to. Each flag as the fields a test compares (where it is, its original fill, whether the
 * note is the tool's); the part's name.
 */
export function packageRecord(data: Uint8Array): { part: string | undefined; flags: Pick<FlagRecord, "sheet" | "cell" | "originalFill" | "noteAdded">[]; full: FlagRecord[] } {
  const files = unzipSync(data);
  const rels = files["xl/_rels/workbook.xml.rels"] ? strFromU8(files["xl/_rels/workbook.xml.rels"]) : "";
  const related = [...rels.matchAll(/Type="[^"]*\/customXml" Target="\.\.\/([^"]+)"/g)].map((m) => m[1]);
  const part = related.find((name) => files[name] && strFromU8(files[name]).includes(`xmlns="${FLAG_RECORD_NAMESPACE}"`));
  if (!part) return { part, flags: [], full: [] };
  const state = parseFlagRecordXml(strFromU8(files[part]));
  if (state.kind !== "read") throw new Error(`record in ${part} is ${state.kind}`);
  return { part, flags: state.flags.map(({ sheet, cell, originalFill, noteAdded }) => ({ sheet, cell, originalFill, noteAdded })), full: state.flags };
}
