import ExcelJS from "exceljs";
import { OUT_OF_RANGE } from "./finite-result";

const NUM_ERROR: ExcelJS.CellErrorValue = { error: OUT_OF_RANGE };

function outOfRange(v: unknown): boolean {
  return typeof v === "number" && !Number.isFinite(v);
}

/**
 * Replaces the Infinity and NaN exceljs reads from numbers no double holds (`1e309`, text in a number cell), values and
 * formula results alike, with #NUM!: exceljs would write them out as "Infinity" or "NaN", which Excel cannot open.
 * Returns the cells replaced, as Sheet!A1.
 */
export function replaceOutOfRangeCells(wb: ExcelJS.Workbook): string[] {
  const replaced: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type === ExcelJS.ValueType.Number && outOfRange(cell.value)) cell.value = NUM_ERROR;
        else if (cell.type === ExcelJS.ValueType.Formula && outOfRange(cell.result)) {
          cell.value = { ...(cell.value as ExcelJS.CellFormulaValue), result: NUM_ERROR };
        } else return;
        replaced.push(`${ws.name}!${cell.address}`);
      }),
    );
  }
  return replaced;
}
