/**
 * `patchWorkbook` on every sample workbook, with the plan the engine makes for it: only the parts the plan needs
 * change, the copy reads back with the planned values, fills and notes, and every other cell is as it was; the flags
 * are recorded for the add-in to clear.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { XMLValidator } from "fast-xml-parser";
import { unzipSync, zipSync } from "fflate";
import { checkWorkbook } from "../../../src/core/engine";
import { flagNote } from "../../../src/core/messages";
import { flagsAfterWrite, type WritePlan } from "../../../src/core/plan";
import { cellAddress, type Cell } from "../../../src/core/snapshot";
import { LEGACY_FLAG_SHEET as FLAG_SHEET } from "../../../src/hosts/flag-record";
import type { FlagRecord } from "../../../src/hosts/host";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";
import { patchWorkbook } from "../../../src/hosts/xlsx/patch/patch-workbook";
import { readZip } from "../../../src/hosts/xlsx/zip-read";
import { loadExceljs, noteText, workbookSnapshot } from "../../helpers/exceljs-reference";
import { packageRecord } from "./flag-record-helpers";

const SAMPLES = path.resolve(__dirname, "../../../../shared/samples");
const decoder = new TextDecoder();

/** Parts a patch may change or add, besides the worksheets it touches. */
const PATCHABLE = /^(customXml\/(item|itemProps)\d+\.xml|customXml\/_rels\/item\d+\.xml\.rels|\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/styles\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/comments\d+\.xml|xl\/drawings\/vmlDrawing\d+\.vml|xl\/worksheets\/_rels\/[^/]+\.rels)$/;

interface Case {
  name: string;
  data: Uint8Array;
  original: ExcelJS.Workbook;
  plan: WritePlan;
}

async function sample(name: string): Promise<Case> {
  const data = new Uint8Array(await fs.readFile(path.join(SAMPLES, name)));
  const original = await loadExceljs(data);
  return { name, data, original, plan: checkWorkbook(readWorkbookSnapshot(name, data)).plan };
}

/** The worksheet part of each sheet named, as the package's own workbook.xml and its rels name them. */
function sheetParts(entries: Record<string, Uint8Array>, sheets: Set<string>): Set<string> {
  const workbook = decoder.decode(entries["xl/workbook.xml"]);
  const rels = decoder.decode(entries["xl/_rels/workbook.xml.rels"]);
  const parts = new Set<string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    if (!sheets.has(m[1])) continue;
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    parts.add(`xl/${target?.[1] ?? target?.[2]}`);
  }
  return parts;
}

/** The worksheet part of each sheet the plan touches. */
function touchedParts(entries: Record<string, Uint8Array>, plan: WritePlan): Set<string> {
  return sheetParts(entries, new Set([...plan.values, ...plan.flags].map((x) => x.sheet)));
}

/** The record as the add-in reads it: the custom XML part in the record's namespace. */
function recordOf(data: Uint8Array): Pick<FlagRecord, "sheet" | "cell" | "originalFill" | "noteAdded">[] {
  return packageRecord(data).flags;
}

function cellsByAddress(cells: Cell[]): Map<string, Cell> {
  return new Map(cells.map((c) => [`${c.row},${c.col}`, c]));
}

const names = (async () => (await fs.readdir(SAMPLES)).filter((f) => f.endsWith(".xlsx")).sort())();

describe("patchWorkbook on the samples", () => {
  let cases: Case[];
  beforeAll(async () => {
    cases = await Promise.all((await names).map(sample));
    expect(cases.length).toBeGreaterThanOrEqual(18);
    // The samples exercise both halves of a plan.
    expect(cases.some((c) => c.plan.values.length > 0)).toBe(true);
    expect(cases.some((c) => c.plan.flags.length > 0)).toBe(true);
  });

  it("copies every part the plan does not need byte for byte, still compressed as it was", () => {
    for (const c of cases) {
      const patched = patchWorkbook(c.data, c.plan, "zh-CN").data;
      const before = unzipSync(c.data);
      const after = unzipSync(patched);
      const touched = new Set([...touchedParts(before, c.plan), ...sheetParts(after, new Set([FLAG_SHEET]))]);
      const changed = Object.keys(after).filter((name) => !(name in before) || !Buffer.from(after[name]).equals(Buffer.from(before[name])));
      expect({ sample: c.name, unexpected: changed.filter((name) => !PATCHABLE.test(name) && !touched.has(name)) }).toEqual({ sample: c.name, unexpected: [] });
      expect({ sample: c.name, lost: Object.keys(before).filter((name) => !(name in after)) }).toEqual({ sample: c.name, lost: [] });
      for (const name of changed) {
        expect({ sample: c.name, name, valid: XMLValidator.validate(decoder.decode(after[name])) }).toEqual({ sample: c.name, name, valid: true });
      }
      const records = new Map(readZip(c.data).entries.map((e) => [e.name, e.record]));
      for (const entry of readZip(patched).entries) {
        const record = records.get(entry.name);
        if (record && !changed.includes(entry.name)) expect(Buffer.from(entry.record).equals(Buffer.from(record))).toBe(true);
      }
      if (c.plan.values.length === 0 && c.plan.flags.length === 0) expect(Buffer.from(patched).equals(Buffer.from(c.data))).toBe(true);
    }
  });

  it("reads back with the planned values, fills and notes, and every other cell as it was", async () => {
    for (const c of cases) {
      const result = patchWorkbook(c.data, c.plan, "zh-CN");
      expect(result.written).toEqual(c.plan.values);
      expect(result.skipped).toEqual([]);
      expect(result.flagged).toBe(c.plan.flags.length);
      const patched = await loadExceljs(result.data);
      const written = new Map(c.plan.values.map((v) => [`${v.sheet}!${v.cell}`, v.value]));
      const flagged = new Map(c.plan.flags.map((f) => [`${f.sheet}!${f.cell}`, f]));
      const before = workbookSnapshot(c.original).sheets;
      const after = workbookSnapshot(patched).sheets.filter((s) => s.name !== FLAG_SHEET);
      expect(after.map((s) => s.name)).toEqual(before.map((s) => s.name));
      before.forEach((sheet, i) => {
        const old = cellsByAddress(sheet.cells);
        const now = cellsByAddress(after[i].cells);
        expect(after[i].merges).toEqual(sheet.merges);
        for (const key of new Set([...old.keys(), ...now.keys()])) {
          const [row, col] = key.split(",").map(Number);
          const at = `${sheet.name}!${cellAddress(row, col)}`;
          const value = written.get(at);
          if (value !== undefined) expect(now.get(key)?.value).toEqual(value);
          else expect({ at, cell: now.get(key) }).toEqual({ at, cell: old.get(key) });
        }
      });
      for (const ws of c.original.worksheets) {
        const copy = patched.getWorksheet(ws.name);
        ws.eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (cell) => {
            const now = copy?.getCell(cell.address);
            const flag = flagged.get(`${ws.name}!${cell.address}`);
            const where = `${c.name} ${ws.name}!${cell.address}`;
            expect({ where, font: now?.font, border: now?.border, alignment: now?.alignment, numFmt: now?.numFmt }).toEqual({ where, font: cell.font, border: cell.border, alignment: cell.alignment, numFmt: cell.numFmt });
            if (!flag) expect({ where, fill: now?.fill, note: noteText(now?.note) }).toEqual({ where, fill: cell.fill, note: noteText(cell.note) });
          }),
        );
      }
      // A cell whose total was written reads as corrected.
      for (const flag of flagsAfterWrite(c.plan, result.written)) {
        const cell = patched.getWorksheet(flag.sheet)?.getCell(flag.cell);
        expect(cell?.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: `FF${flag.fill.slice(1)}` } });
        expect(noteText(cell?.note)).toBe(flagNote(flag, "zh-CN"));
      }
    }
  });

  it("reads back the same with the package reader (hosts/xlsx/ooxml) as with exceljs", async () => {
    for (const c of cases) {
      const data = patchWorkbook(c.data, c.plan, "zh-CN").data;
      // exceljs lists the flag record sheet too; the package reader leaves the tool's bookkeeping out.
      const reference = workbookSnapshot(await loadExceljs(data));
      const sheets = reference.sheets.filter((sheet) => sheet.name !== FLAG_SHEET);
      expect({ sample: c.name, snapshot: readWorkbookSnapshot(c.name, data) }).toEqual({ sample: c.name, snapshot: { sheets } });
    }
  });

  it("patching its own copy again changes nothing: no second fill, no note piled on the first", () => {
    for (const c of cases.filter((x) => x.plan.flags.length > 0)) {
      const once = patchWorkbook(c.data, c.plan, "zh-CN").data;
      expect({ sample: c.name, same: Buffer.from(patchWorkbook(once, c.plan, "zh-CN").data).equals(Buffer.from(once)) }).toEqual({ sample: c.name, same: true });
    }
  });

  it("writes notes in the language asked for, replacing its earlier ones", async () => {
    const c = cases.find((x) => x.plan.flags.length > 0) as Case;
    const english = patchWorkbook(patchWorkbook(c.data, c.plan, "zh-CN").data, c.plan, "en-US").data;
    const wb = await loadExceljs(english);
    for (const flag of c.plan.flags) expect(noteText(wb.getWorksheet(flag.sheet)?.getCell(flag.cell).note)).toBe(flagNote(flag, "en-US"));
  });

  it("records every flag in a custom XML part, as the add-in reads its record back", async () => {
    for (const c of cases.filter((x) => x.plan.flags.length > 0)) {
      const data = patchWorkbook(c.data, c.plan, "zh-CN").data;
      expect({ sample: c.name, part: packageRecord(data).part }).toEqual({ sample: c.name, part: "customXml/item1.xml" });
      const expected = c.plan.flags.map((f) => {
        const cell = c.original.getWorksheet(f.sheet)?.getCell(f.cell);
        // The samples' flagged cells have no fill of their own; the hand-built packages have the others.
        expect(cell?.fill).toEqual({ type: "pattern", pattern: "none" });
        return { sheet: f.sheet, cell: f.cell, originalFill: null, noteAdded: !noteText(cell?.note) };
      });
      expect({ sample: c.name, record: recordOf(data) }).toEqual({ sample: c.name, record: expected });
    }
  });

  it("records s08's fills (rgb, indexed, theme with tint) and keeps them when it patches its own copy again", async () => {
    const c = cases.find((x) => x.name.startsWith("s08")) as Case;
    const parts = unzipSync(c.data);
    const styles = decoder.decode(parts["xl/styles.xml"]);
    const xfCount = Number(/<cellXfs count="(\d+)"/.exec(styles)?.[1]);
    const fills = [
      ['<fgColor rgb="FF92D050"/>', "#92D050"],
      ['<fgColor indexed="43"/>', "#FFFF99"],
      // s08's theme is Office 2007's: theme 4 is accent1 (4F81BD), 60% lighter in Excel's picker.
      ['<fgColor theme="4" tint="0.5999938962981048"/>', "#B8CCE4"],
      ['<fgColor theme="3"/>', "#1F497D"],
    ];
    parts["xl/styles.xml"] = new TextEncoder().encode(
      styles
        .replace(/<fills count="2">([\s\S]*?)<\/fills>/, (_, f: string) => `<fills count="${2 + fills.length}">${f}${fills.map(([color]) => `<fill><patternFill patternType="solid">${color}<bgColor indexed="64"/></patternFill></fill>`).join("")}</fills>`)
        .replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, (_, x: string) => `<cellXfs count="${xfCount + fills.length}">${x}${fills.map((_f, i) => `<xf numFmtId="0" fontId="2" fillId="${2 + i}" borderId="1" xfId="0" applyFill="1"/>`).join("")}</cellXfs>`),
    );
    const filled = c.plan.flags.slice(0, fills.length);
    for (const [i, f] of filled.entries()) {
      const [part] = sheetParts(parts, new Set([f.sheet]));
      const sheet = decoder.decode(parts[part]).replace(new RegExp(`(<c r="${f.cell}"[^>]*?) s="\\d+"`), `$1 s="${xfCount + i}"`);
      parts[part] = new TextEncoder().encode(sheet);
    }
    const data = zipSync(parts);
    const expected = c.plan.flags.map((f, i) => ({ sheet: f.sheet, cell: f.cell, originalFill: i < fills.length ? fills[i][1] : null, noteAdded: true }));
    const once = patchWorkbook(data, c.plan, "zh-CN").data;
    expect(recordOf(once)).toEqual(expected);
    const recoloured: WritePlan = { ...c.plan, flags: c.plan.flags.map((f) => ({ ...f, fill: "#00B0F0" })) };
    const twiceData = patchWorkbook(once, recoloured, "zh-CN").data;
    expect(recordOf(twiceData)).toEqual(expected);
    const twice = await loadExceljs(twiceData);
    for (const f of filled) expect(twice.getWorksheet(f.sheet)?.getCell(f.cell).fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FF00B0F0" } });
  });
});
