import { checkWorkbook, type CheckResult } from "../../../src/core/engine";
import { parseAddress, type Cell, type CellValue, type SheetSnapshot } from "../../../src/core/snapshot";
import type { InputField, TemplateLayout } from "../../../src/core/templates";
import { mergeArea, workbookFrom } from "../../helpers/grid";

/** Values by A1 address. */
export type Values = Record<string, CellValue>;

export interface Filled {
  /** What a person typed into input cells. */
  inputs?: Values;
  /** Formula results, computed by hand in the test: what Excel would show. */
  results?: Values;
  /** Cells whose formula was typed over with a constant (a planted mistake). */
  typed?: Values;
}

function position(address: string): { row: number; col: number } {
  const p = parseAddress(address);
  if (!p) throw new Error(`bad address ${address}`);
  return p;
}

/**
 * A sheet snapshot of a template as a person would have filled it: inputs typed in, formulas with the results
 * the test computed. Fails on an address that is not an input cell (inputs) or a formula cell (results, typed).
 */
export function filledSheet(layout: TemplateLayout, filled: Filled = {}): SheetSnapshot {
  const { inputs = {}, results = {}, typed = {} } = filled;
  const byAddress = new Map(layout.cells.map((c) => [c.address, c]));
  const check = (values: Values, ok: (a: string) => boolean, what: string) => {
    for (const address of Object.keys(values)) if (!ok(address)) throw new Error(`${layout.sheetName}!${address} is not ${what}`);
  };
  check(inputs, (a) => byAddress.get(a)?.input !== undefined, "an input cell");
  check(results, (a) => byAddress.get(a)?.formula !== undefined, "a formula cell");
  check(typed, (a) => byAddress.get(a)?.formula !== undefined, "a formula cell");
  const cells: Cell[] = [];
  for (const c of layout.cells) {
    const at = position(c.address);
    const numFmt = c.numFmt ? { numFmt: c.numFmt } : {};
    if (c.address in typed) cells.push({ ...at, value: typed[c.address], ...numFmt });
    else if (c.formula !== undefined) cells.push({ ...at, value: results[c.address] ?? null, formula: c.formula, ...numFmt });
    else {
      const value = c.input !== undefined ? inputs[c.address] ?? null : c.value ?? null;
      if (value !== null) cells.push({ ...at, value, ...numFmt });
    }
  }
  return { name: layout.sheetName, cells, merges: layout.merges.map(mergeArea) };
}

/** Addresses of a field's input cells, top to bottom. */
export function inputCells(layout: TemplateLayout, field: InputField): string[] {
  return layout.cells.filter((c) => c.input === field).map((c) => c.address);
}

/** Input values for the cells of a field, top to bottom: `column(layout, "weight", [10, 10, …])`. */
export function column(layout: TemplateLayout, field: InputField, values: CellValue[]): Values {
  const cells = inputCells(layout, field);
  if (cells.length !== values.length) throw new Error(`${field}: ${cells.length} cells, ${values.length} values`);
  return Object.fromEntries(cells.map((address, i) => [address, values[i]]));
}

export function check(...sheets: SheetSnapshot[]): CheckResult {
  return checkWorkbook(workbookFrom(...sheets));
}

/** Rule and cell of every finding, for exact comparisons. */
export function findingsOf(result: CheckResult): string[] {
  return result.findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
}
