import fc from "fast-check";
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { MAX_FILE_BYTES, WorkbookFileError, type FileProblem } from "../../../src/hosts/xlsx/file-error";
import { renderFileProblem } from "../../../src/hosts/xlsx/file-error-words";
import { MAX_SHARED_STRINGS, MAX_SHEET_CELLS, MAX_WORKBOOK_CELLS } from "../../../src/hosts/xlsx/ooxml/limits";
import { readWorkbookSnapshot } from "../../../src/hosts/xlsx/ooxml/read";
import { inflateWithFflate, type Inflater } from "../../../src/hosts/xlsx/ooxml/zip";
import { inflateWithZlib } from "../../../src/hosts/xlsx/zlib-inflate";
import { handMadeXlsx, MAIN_NS, worksheet, type HandMadePackage } from "./ooxml-helpers";

/** The problem readWorkbookSnapshot refuses `bytes` with, checked to be a WorkbookFileError worded on one line. */
function refusal(bytes: Uint8Array, inflater?: Inflater): FileProblem {
  try {
    readWorkbookSnapshot("bad.xlsx", bytes, inflater);
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookFileError);
    const { file, problem, message } = e as WorkbookFileError;
    expect(file).toBe("bad.xlsx");
    expect([message, renderFileProblem(problem, "zh-CN"), renderFileProblem(problem, "en-US")].filter((m) => /[\r\n]/.test(m))).toEqual([]);
    return problem;
  }
  throw new Error("the file was read");
}

/** The central directory entry of `name`: its offset in `bytes`. */
function directoryEntry(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const wanted = strToU8(name);
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (wanted.every((b, i) => bytes[at + 46 + i] === b)) return at;
  }
  throw new Error(`no directory entry for ${name}`);
}

/** `bytes` with the directory entry of `name` claiming another uncompressed size or other flags. */
function patched(bytes: Uint8Array, name: string, change: { size?: number; flags?: number }): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const at = directoryEntry(copy, name);
  if (change.size !== undefined) view.setUint32(at + 24, change.size, true);
  if (change.flags !== undefined) view.setUint16(at + 8, change.flags, true);
  return copy;
}

/** The offset of `name`'s compressed data in `bytes`. */
function compressedData(bytes: Uint8Array, name: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = view.getUint32(directoryEntry(bytes, name) + 42, true);
  return local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
}

const SHEET = "xl/worksheets/sheet1.xml";
const oneCell = (): HandMadePackage => ({ sheets: [{ name: "表", xml: worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`) }] });

describe("OOXML reader: files that are no workbook", () => {
  it.each([
    ["an empty file", new Uint8Array(0), { code: "empty" }],
    ["an old .xls or an encrypted workbook (an OLE compound file)", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { code: "old-or-encrypted" }],
    ["a text file", strToU8("项目名称,金额\n甲,1\n"), { code: "not-xlsx" }],
    ["a file over the size limit", new Uint8Array(MAX_FILE_BYTES + 1), { code: "too-large", megabytes: 201, limit: 200 }],
  ])("refuses %s before unzipping it", (_, bytes, problem) => {
    expect(refusal(bytes)).toEqual(problem);
  });

  it("refuses a cut-off download as corrupt", () => {
    const bytes = handMadeXlsx(oneCell());
    expect(refusal(bytes.subarray(0, bytes.length - 200))).toEqual({ code: "corrupt", detail: "not a zip archive: no end of central directory" });
  });

  it("refuses encrypted zip entries, a missing shared string and a cell beyond the last column as corrupt", () => {
    expect(refusal(patched(handMadeXlsx(oneCell()), SHEET, { flags: 1 }))).toEqual({ code: "corrupt", detail: "encrypted zip entries are not supported" });
    const missing = handMadeXlsx({ sheets: [{ name: "表", xml: worksheet(`<row r="1"><c r="A1" t="s"><v>3</v></c></row>`) }], strings: ["<t>一</t>"] });
    expect(refusal(missing)).toEqual({ code: "corrupt", detail: "shared string 3 does not exist" });
    const wide = handMadeXlsx({ sheets: [{ name: "表", xml: worksheet(`<row r="1"><c r="XFD1"><v>1</v></c><c><v>2</v></c></row>`) }] });
    expect(refusal(wide).code).toBe("corrupt");
  });

  it("refuses a workbook with nothing but a chart sheet", () => {
    const bytes = handMadeXlsx({ sheets: [{ name: "图表", xml: `<chartsheet xmlns="${MAIN_NS}"/>`, kind: "chartsheet", part: "xl/chartsheets/sheet1.xml" }] });
    expect(refusal(bytes)).toEqual({ code: "no-sheets" });
  });
});

describe("OOXML reader: malformed XML", () => {
  const SHEET_START = `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1">`;
  const fragment = fc.string({ unit: fc.constantFrom("<", ">", "/", "=", '"', "'", "!", "?", "-", "[", "]", "&", ";", "#", " ", "c", "v", "f", "t", "r", "s", "is", "si", "A1", "1", "CDATA", "x:"), maxLength: 60 });

  it("ends every scan: a sheet, shared strings and styles of any characters read or are refused as corrupt", () => {
    fc.assert(
      fc.property(fragment, fragment, fragment, (sheet, strings, styleXml) => {
        const bytes = handMadeXlsx({ sheets: [{ name: "坏", xml: SHEET_START + sheet }], parts: { "xl/sharedStrings.xml": `<sst>${strings}`, "xl/styles.xml": `<styleSheet>${styleXml}` } });
        try {
          readWorkbookSnapshot("bad.xlsx", bytes);
        } catch (e) {
          expect((e as WorkbookFileError).problem.code).toBe("corrupt");
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** An inflater that records the declared size of each part handed to it, inflating them with fflate's. */
function recordingInflater(): { inflater: Inflater; sizes: number[] } {
  const sizes: number[] = [];
  return {
    inflater: (compressed, size) => {
      sizes.push(size);
      return inflateWithFflate(compressed, size);
    },
    sizes,
  };
}

describe("OOXML reader: limits", () => {
  it("refuses a part declared larger than the limit before inflating it", () => {
    const { inflater, sizes } = recordingInflater();
    expect(refusal(patched(handMadeXlsx(oneCell()), SHEET, { size: 0xf0000000 }), inflater)).toEqual({ code: "too-much-inflated", limit: 500 });
    // The package's relationships, workbook, styles and shared strings are inflated first; the sheet never is.
    expect(sizes).toHaveLength(5);
    expect(sizes).not.toContain(0xf0000000);
  });

  describe.each([
    ["fflate", inflateWithFflate],
    ["zlib", inflateWithZlib],
  ])("with %s as the inflater", (_, inflater) => {
    const beyond = { code: "corrupt", detail: `zip entry ${SHEET} inflates beyond its declared size` };
    const damaged = { code: "corrupt", detail: `zip entry ${SHEET}: damaged compressed data` };
    // 39 MB of XML compressed to about 100 KB (more than one call inflates), its directory claiming 4 KB.
    const xml = strToU8(worksheet(`<row><c><v>1</v></c></row>`.repeat(1_500_000)));
    const honest = zipSync({ ...unzipSync(handMadeXlsx(oneCell())), [SHEET]: xml }, { level: 1 });
    const bomb = patched(honest, SHEET, { size: 4096 });

    it("refuses a part that inflates beyond its declared size (a zip bomb's lie)", () => {
      expect(refusal(bomb, inflater)).toEqual(beyond);
    });

    it("refuses a small part (inflated in one call) that inflates beyond its declared size", () => {
      expect(refusal(patched(handMadeXlsx(oneCell()), SHEET, { size: 40 }), inflater)).toEqual(beyond);
    });

    it("stops inflating such a part early, never reaching data far past its declared size", () => {
      // Damage 64 KB into the compressed data: an inflater that went on that far would report the damage instead, as
      // it does when the directory declares the true size.
      const damage = (bytes: Uint8Array) => {
        const data = compressedData(bytes, SHEET);
        expect(bytes.length - data).toBeGreaterThan(72 * 1024);
        for (let i = data + 64 * 1024; i < data + 72 * 1024; i++) bytes[i] ^= 0xa5;
        return bytes;
      };
      expect(refusal(damage(bomb.slice()), inflater)).toEqual(beyond);
      expect(refusal(damage(honest.slice()), inflater)).toEqual(damaged);
    });

    it("refuses damaged compressed data in the same words", () => {
      const rows = Array.from({ length: 500 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i * 7}</v></c></row>`);
      const bytes = handMadeXlsx({ sheets: [{ name: "表", xml: worksheet(rows.join("")) }] });
      const data = compressedData(bytes, SHEET);
      for (let i = data + 8; i < data + 40; i++) bytes[i] ^= 0xa5;
      expect(refusal(bytes, inflater)).toEqual(damaged);
    });
  });

  it("refuses a zip of too many entries before inflating any", () => {
    const files: Zippable = {};
    for (let i = 0; i <= 10_000; i++) files[`xl/media/image${i}.png`] = new Uint8Array(0);
    const { inflater, sizes } = recordingInflater();
    expect(refusal(zipSync({ ...unzipSync(handMadeXlsx(oneCell())), ...files }, { level: 0 }), inflater)).toEqual({ code: "too-many-entries", limit: 10_000 });
    expect(sizes).toEqual([]);
  });

  it("refuses a sheet of too many cells without positions at the first cell over the limit", () => {
    const row = `<row>${"<c><v>1</v></c>".repeat(10_000)}</row>`;
    // The limit's worth of cells, one more, then a cell beyond the last row: a reader that went on would call the file corrupt.
    const xml = worksheet(row.repeat(MAX_SHEET_CELLS / 10_000) + `<row><c><v>1</v></c></row><row r="1048577"><c><v>1</v></c></row>`);
    const bytes = handMadeXlsx({ sheets: [{ name: "炸弹\n表", xml }] });
    expect(bytes.length).toBeLessThan(1_000_000);
    const problem = refusal(bytes);
    expect(problem).toEqual({ code: "too-many-sheet-cells", sheet: "炸弹 表", limit: MAX_SHEET_CELLS });
    expect(renderFileProblem(problem, "zh-CN")).toBe("工作表「炸弹 表」的单元格过多（超过 1,000,000 个）");
    expect(refusal(handMadeXlsx({ sheets: [{ name: "表", xml: worksheet(`<row r="1048577"><c><v>1</v></c></row>`) }] }))).toEqual({ code: "corrupt", detail: "a cell lies beyond the last row or column of a sheet" });
  });

  it("refuses a workbook of too many cells across its sheets", () => {
    const perSheet = Math.floor(MAX_SHEET_CELLS / 10_000) * 10_000;
    const xml = worksheet(`<row>${"<c/>".repeat(10_000)}</row>`.repeat(perSheet / 10_000));
    const sheets = Array.from({ length: Math.ceil(MAX_WORKBOOK_CELLS / perSheet) + 1 }, (_, i) => ({ name: `表${i + 1}`, xml }));
    expect(refusal(handMadeXlsx({ sheets }))).toEqual({ code: "too-many-cells", limit: MAX_WORKBOOK_CELLS });
  });

  it("refuses too many shared strings", () => {
    const bytes = handMadeXlsx({ ...oneCell(), parts: { "xl/sharedStrings.xml": `<sst xmlns="${MAIN_NS}">${"<si/>".repeat(MAX_SHARED_STRINGS + 1)}</sst>` } });
    expect(refusal(bytes)).toEqual({ code: "too-many-shared-strings", limit: MAX_SHARED_STRINGS });
  });
});
