import type { Cell, CellValue, MergedArea, SheetSnapshot } from "../../core/snapshot";
import { parseAddress, positionKey } from "../../core/snapshot";
import { LEGACY_FLAG_SHEET } from "../flag-record";
import { errorCode, type ReadScope } from "../host";
import { queueRecordLookup, queueRecordXml, storedRecord, type StoredRecord } from "./flag-store";
import { jsonBytes, MAX_MERGED_AREAS_PER_CALL, RESPONSE_BUDGET_BYTES } from "./response-budget";

type Sync = () => Promise<void>;

/** Merged areas from a RangeAreas address: `Sheet1!A1:B2, 'My sheet'!C3:D4`. */
export function parseMergedAddress(address: string): MergedArea[] {
  const out: MergedArea[] = [];
  for (const m of address.matchAll(/!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?/g)) {
    const a = parseAddress(`${m[1]}${m[2]}`);
    const b = m[3] ? parseAddress(`${m[3]}${m[4]}`) : a;
    if (a && b) out.push({ top: a.row, left: a.col, bottom: b.row, right: b.col });
  }
  return out;
}

/** A rectangle of one sheet to load, 0-based. */
interface Block {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** The loads queued for a block: values everywhere; formulas, number formats and errors only where they are. */
interface QueuedBlock {
  block: Block;
  values: Excel.Range;
  /** Formula cells' formulas (constants are not loaded twice). */
  formulas: Excel.RangeCollection;
  /** Number cells' formats, constants and formulas: what tells a percentage or a date from a number. */
  numbers: Excel.RangeCollection[];
  /** Error cells, constants and formulas. */
  errors: Excel.RangeAreas[];
  /** Merged areas by sub-blocks of at most 512 cells: no call can return more than 512 areas. */
  merges: Excel.RangeAreas[];
}

/** Columns the first data sync reads of every sheet before sizes are known, and the budget of that sync. */
const WINDOW_COLS = 26;
const WINDOW_BUDGET_BYTES = 1_500_000;
/** Bytes per cell assumed before any of a sheet was read (a short Chinese text), and the margin over measured ones. */
const DEFAULT_CELL_BYTES = 24;
const ESTIMATE_MARGIN = 1.2;
const MIN_CELL_BYTES = 6;
const EMPTY_CELL_BYTES = 3;

function queueBlock(worksheets: Excel.WorksheetCollection, block: Block): QueuedBlock {
  const ws = worksheets.getItem(block.sheet);
  const range = ws.getRangeByIndexes(block.top, block.left, block.rows, block.cols);
  range.load("values");
  const formulas = range.getSpecialCellsOrNullObject("Formulas").areas;
  formulas.load("items/rowIndex,items/columnIndex,items/formulas");
  const numbers = (["Constants", "Formulas"] as const).map((kind) => {
    const areas = range.getSpecialCellsOrNullObject(kind, "Numbers").areas;
    areas.load("items/rowIndex,items/columnIndex,items/numberFormat");
    return areas;
  });
  const errors = (["Constants", "Formulas"] as const).map((kind) => range.getSpecialCellsOrNullObject(kind, "Errors").load("address"));
  const merges: Excel.RangeAreas[] = [];
  const cols = Math.min(block.cols, MAX_MERGED_AREAS_PER_CALL);
  const rows = Math.max(1, Math.floor(MAX_MERGED_AREAS_PER_CALL / cols));
  for (let c = 0; c < block.cols; c += cols) {
    for (let r = 0; r < block.rows; r += rows) {
      const part = ws.getRangeByIndexes(block.top + r, block.left + c, Math.min(rows, block.rows - r), Math.min(cols, block.cols - c));
      merges.push(part.getMergedAreasOrNullObject().load("address"));
    }
  }
  return { block, values: range, formulas, numbers, errors, merges };
}

/** The bytes a loaded block took in its response (what the estimates for the rest of its sheet start from). */
function loadedBytes(q: QueuedBlock): number {
  let n = jsonBytes(q.values.values);
  for (const r of q.formulas.items) n += jsonBytes(r.formulas) + 40;
  for (const c of q.numbers) for (const r of c.items) n += jsonBytes(r.numberFormat) + 40;
  for (const a of [...q.errors, ...q.merges]) n += a.isNullObject ? 0 : jsonBytes(a.address);
  return n;
}


/** Each cell of the areas in a RangeAreas address. */
function addressCells(address: string): number[] {
  const out: number[] = [];
  for (const m of parseMergedAddress(address)) for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) out.push(positionKey(r, c));
  return out;
}

function areaGrid<T>(areas: Excel.RangeCollection, grid: (r: Excel.Range) => T[][], into: Map<number, T>): void {
  for (const r of areas.items) grid(r).forEach((row, i) => row.forEach((v, j) => into.set(positionKey(r.rowIndex + i, r.columnIndex + j), v)));
}

/** The engine's cells from a loaded block; Excel keeps a merged value at the top-left only, as the snapshot does. */
function blockCells(q: QueuedBlock): Cell[] {
  const formulas = new Map<number, unknown>();
  areaGrid(q.formulas, (r) => r.formulas, formulas);
  const formats = new Map<number, unknown>();
  for (const c of q.numbers) areaGrid(c, (r) => r.numberFormat, formats);
  const errors = new Set(q.errors.flatMap((a) => (a.isNullObject ? [] : addressCells(a.address))));
  const cells: Cell[] = [];
  q.values.values.forEach((row, i) => row.forEach((raw, j) => {
    const at = { row: q.block.top + i, col: q.block.left + j };
    const k = positionKey(at.row, at.col);
    const f = formulas.get(k);
    const formula = typeof f === "string" && f.startsWith("=") ? f.slice(1) : undefined;
    if ((raw === "" || raw === null) && !formula) return;
    let value: CellValue;
    if (errors.has(k)) value = { error: String(raw) };
    else if (raw === "" || raw === null || raw === undefined) value = null;
    else if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") value = raw;
    else value = String(raw);
    const cell: Cell = { ...at, value };
    if (formula) cell.formula = formula;
    const fmt = formats.get(k);
    if (typeof fmt === "string" && fmt !== "General") cell.numFmt = fmt;
    cells.push(cell);
  }));
  return cells;
}

/**
 * Loads blocks in one sync; a response still over Excel's cap is split in halves by rows and each half loaded
 * in its own sync, down to single rows.
 */
async function loadBlocks(worksheets: Excel.WorksheetCollection, blocks: Block[], sync: Sync): Promise<QueuedBlock[]> {
  const queued = blocks.map((b) => queueBlock(worksheets, b));
  try {
    await sync();
    return queued;
  } catch (e) {
    if (errorCode(e) !== "ResponsePayloadSizeLimitExceeded" || blocks.every((b) => b.rows === 1)) throw e;
    const halves = blocks.flatMap((b) => {
      const top = Math.ceil(b.rows / 2);
      return b.rows === 1 ? [b] : [{ ...b, rows: top }, { ...b, top: b.top + top, rows: b.rows - top }];
    });
    const mid = Math.ceil(halves.length / 2);
    return [...(await loadBlocks(worksheets, halves.slice(0, mid), sync)), ...(await loadBlocks(worksheets, halves.slice(mid), sync))];
  }
}

/** Packs the rest of each sheet into syncs of at most the response budget, splitting rectangles by rows. */
function packBlocks(rest: { block: Block; cellBytes: number }[]): Block[][] {
  const syncs: Block[][] = [];
  let current: Block[] = [];
  let room = RESPONSE_BUDGET_BYTES;
  for (const { block, cellBytes } of rest) {
    const rowBytes = block.cols * cellBytes;
    let top = block.top;
    const end = block.top + block.rows;
    while (top < end) {
      let rows = Math.min(end - top, Math.floor(room / rowBytes));
      if (rows < 1) {
        if (current.length > 0) syncs.push(current);
        current = [];
        room = RESPONSE_BUDGET_BYTES;
        rows = Math.max(1, Math.min(end - top, Math.floor(room / rowBytes)));
      }
      current.push({ ...block, top, rows });
      room -= rows * rowBytes;
      top += rows;
    }
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

export interface LoadedWorkbook {
  sheets: SheetSnapshot[];
  record: StoredRecord;
  protectedSheets: string[];
}

interface SheetPlan {
  name: string;
  used: Excel.Range;
  protection: Excel.WorksheetProtection;
}

/**
 * Reads the sheets at any size within Excel's limits. The first sync lists the sheets and the record's part; the
 * second loads each sheet's used-range size and protection, the record, and a first window of every sheet (all of a
 * small workbook: two syncs in all); further syncs load the rest in row blocks packed to a byte budget estimated
 * from what the window measured. Values everywhere; formulas, number formats and errors only where they are;
 * merged areas by blocks of at most 512 cells.
 */
export async function loadWorkbook(context: Excel.RequestContext, scope: ReadScope, sync: Sync): Promise<LoadedWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  const lookup = queueRecordLookup(context);
  await sync();

  const names = worksheets.items.map((w) => w.name);
  const wanted = names.filter((name) => name !== LEGACY_FLAG_SHEET && (scope === "workbook" || name === active.name));
  const pending = queueRecordXml(context, lookup);
  const plans: SheetPlan[] = wanted.map((name) => {
    const ws = worksheets.getItem(name);
    return { name, used: ws.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"), protection: ws.protection.load("protected") };
  });
  const windowRows = Math.max(10, Math.min(200, Math.floor(WINDOW_BUDGET_BYTES / (Math.max(1, wanted.length) * WINDOW_COLS * DEFAULT_CELL_BYTES))));
  const windows = await loadBlocks(worksheets, wanted.map((sheet) => ({ sheet, top: 0, left: 0, rows: windowRows, cols: WINDOW_COLS })), sync);

  const loaded = new Map<string, QueuedBlock[]>(wanted.map((name) => [name, []]));
  for (const q of windows) loaded.get(q.block.sheet)?.push(q);
  const rest: { block: Block; cellBytes: number }[] = [];
  for (const { name, used } of plans) {
    if (used.isNullObject) continue;
    const top = used.rowIndex;
    const left = used.columnIndex;
    const bottom = top + used.rowCount - 1;
    const right = left + used.columnCount - 1;
    const measured = (loaded.get(name) ?? []).filter((q) => q.block.top === 0 && q.block.left === 0);
    const seenRows = Math.max(0, Math.min(bottom, windowRows - 1) - top + 1);
    const seenCols = Math.max(0, Math.min(right, WINDOW_COLS - 1) - left + 1);
    const seen = seenRows * seenCols;
    // The window's cells outside the used range answered "" each (3 bytes with the comma): not the sheet's content.
    const outside = measured.reduce((n, q) => n + q.block.rows * q.block.cols, 0) - seen;
    const content = measured.reduce((n, q) => n + loadedBytes(q), 0) - EMPTY_CELL_BYTES * outside;
    const cellBytes = seen > 0 ? Math.max(MIN_CELL_BYTES, (ESTIMATE_MARGIN * content) / seen) : DEFAULT_CELL_BYTES;
    if (right >= WINDOW_COLS && top < windowRows) {
      const from = Math.max(left, WINDOW_COLS);
      rest.push({ block: { sheet: name, top, left: from, rows: Math.min(bottom, windowRows - 1) - top + 1, cols: right - from + 1 }, cellBytes });
    }
    if (bottom >= windowRows) {
      const from = Math.max(top, windowRows);
      rest.push({ block: { sheet: name, top: from, left, rows: bottom - from + 1, cols: right - left + 1 }, cellBytes });
    }
  }
  for (const blocks of packBlocks(rest)) {
    for (const q of await loadBlocks(worksheets, blocks, sync)) loaded.get(q.block.sheet)?.push(q);
  }

  const record = storedRecord(pending);
  return {
    sheets: wanted.map((name) => {
      const blocks = loaded.get(name) ?? [];
      const merges = new Map<string, MergedArea>();
      for (const q of blocks) for (const a of q.merges) if (!a.isNullObject) for (const m of parseMergedAddress(a.address)) merges.set(`${m.top},${m.left}`, m);
      return { name, cells: blocks.flatMap(blockCells), merges: [...merges.values()] };
    }),
    record,
    protectedSheets: plans.filter((p) => p.protection.protected).map((p) => p.name),
  };
}
