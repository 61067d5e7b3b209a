import type { Cell, CellValue, MergedArea, SheetSnapshot } from "../../core/snapshot";
import { parseAddress } from "../../core/snapshot";
import type { FlagRecord, ReadScope } from "../host";
import { FLAG_SHEET, parseRecord } from "./flag-store";

const USED_RANGE_PROPERTIES = ["rowIndex", "columnIndex", "values", "valueTypes", "formulas", "numberFormat", "text"];

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

interface UsedRangeData {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  valueTypes: string[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  text: string[][];
}

/** The engine's cells from a loaded used range; Excel keeps a merged value at the top-left only, as the snapshot does. */
export function cellsFromUsedRange(r: UsedRangeData): Cell[] {
  const cells: Cell[] = [];
  r.values.forEach((row, i) =>
    row.forEach((raw, j) => {
      const f = r.formulas[i]?.[j];
      // For a constant, Excel's formulas equal its values: a text that starts with "=" is no formula.
      const formula = typeof f === "string" && f.startsWith("=") && f !== raw ? f.slice(1) : undefined;
      if ((raw === "" || raw === null) && !formula) return;
      let value: CellValue;
      if (r.valueTypes[i]?.[j] === "Error") value = { error: String(raw) };
      else if (raw === "" || raw === null || raw === undefined) value = null;
      else if (typeof raw === "number" || typeof raw === "string" || typeof raw === "boolean") value = raw;
      else value = String(raw);
      const cell: Cell = { row: r.rowIndex + i, col: r.columnIndex + j, value };
      if (formula) cell.formula = formula;
      const fmt = r.numberFormat[i]?.[j];
      if (typeof fmt === "string" && fmt !== "General") cell.numFmt = fmt;
      const text = r.text[i]?.[j];
      if (text !== undefined && text !== "") cell.text = text;
      cells.push(cell);
    }),
  );
  return cells;
}

export interface LoadedWorkbook {
  sheets: SheetSnapshot[];
  flags: FlagRecord[];
  protectedSheets: string[];
}

/**
 * Reads the sheets in two syncs: the first lists the sheets, the second loads every sheet's used range, merged
 * areas and protection, and the flag record, whatever the number of sheets and tables.
 */
export async function loadWorkbook(context: Excel.RequestContext, scope: ReadScope, sync: () => Promise<void>): Promise<LoadedWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  const active = worksheets.getActiveWorksheet();
  active.load("name");
  await sync();
  const names = worksheets.items.map((w) => w.name);
  const wanted = worksheets.items.filter((w) => w.name !== FLAG_SHEET && (scope === "workbook" || w.name === active.name));
  const queued = wanted.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(USED_RANGE_PROPERTIES);
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load("address");
    ws.protection.load("protected");
    return { ws, used, merged };
  });
  const record = names.includes(FLAG_SHEET) ? worksheets.getItem(FLAG_SHEET).getUsedRangeOrNullObject(true) : undefined;
  record?.load("values");
  await sync();
  return {
    sheets: queued.map(({ ws, used, merged }) => ({
      name: ws.name,
      cells: used.isNullObject ? [] : cellsFromUsedRange(used),
      merges: merged.isNullObject ? [] : parseMergedAddress(merged.address),
    })),
    flags: record && !record.isNullObject ? parseRecord(record.values) : [],
    protectedSheets: queued.filter(({ ws }) => ws.protection.protected).map(({ ws }) => ws.name),
  };
}
