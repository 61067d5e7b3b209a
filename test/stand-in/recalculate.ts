/**
 * The stand-in's recalculation after a write: formulas of references, numbers, + - * / and SUM over ranges get
 * their values again, as Excel's automatic calculation does; other formulas keep the value they had.
 */
import { cellAddress, parseAddress } from "../../src/core/snapshot";
import type { StandInSheet, StandInWorkbook } from "./excel-stand-in";

type Token = { kind: "num"; value: number } | { kind: "ref"; from: string; to?: string } | { kind: "op"; op: string } | { kind: "sum" };

function tokenize(formula: string): Token[] | undefined {
  const tokens: Token[] = [];
  const re = /\s*(?:(SUM)\(|(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?|(\d+(?:\.\d+)?)|([-+*/()]))/iy;
  let at = 0;
  while (at < formula.length) {
    re.lastIndex = at;
    const m = re.exec(formula);
    if (!m) return undefined;
    at = re.lastIndex;
    if (m[1]) tokens.push({ kind: "sum" });
    else if (m[2]) tokens.push({ kind: "ref", from: m[2].replace(/\$/g, ""), to: m[3]?.replace(/\$/g, "") });
    else if (m[4]) tokens.push({ kind: "num", value: Number(m[4]) });
    else tokens.push({ kind: "op", op: m[5] });
  }
  return tokens;
}

/** The number a cell contributes (text and empty count as 0 in SUM and as 0 in arithmetic, as Excel coerces blanks). */
function numberAt(sheet: StandInSheet, address: string): number {
  const v = sheet.cells.get(address)?.value;
  return typeof v === "number" ? v : 0;
}

function rangeSum(sheet: StandInSheet, from: string, to: string): number {
  const a = parseAddress(from);
  const b = parseAddress(to);
  if (!a || !b) return NaN;
  let total = 0;
  for (let r = a.row; r <= b.row; r++) for (let c = a.col; c <= b.col; c++) total += numberAt(sheet, cellAddress(r, c));
  return total;
}

/** Evaluates the tokens by precedence climbing; undefined for anything it does not know. */
function evaluate(sheet: StandInSheet, tokens: Token[]): number | undefined {
  let i = 0;
  const primary = (): number | undefined => {
    const t = tokens[i++];
    if (!t) return undefined;
    if (t.kind === "num") return t.value;
    if (t.kind === "ref") return t.to ? undefined : numberAt(sheet, t.from);
    if (t.kind === "sum") {
      const arg = tokens[i++];
      const close = tokens[i++];
      if (arg?.kind !== "ref" || close?.kind !== "op" || close.op !== ")") return undefined;
      return arg.to ? rangeSum(sheet, arg.from, arg.to) : numberAt(sheet, arg.from);
    }
    if (t.op === "(") {
      const v = sum();
      const close = tokens[i++];
      return close?.kind === "op" && close.op === ")" ? v : undefined;
    }
    if (t.op === "-") {
      const v = primary();
      return v === undefined ? undefined : -v;
    }
    return undefined;
  };
  const ARITHMETIC: Record<string, (a: number, b: number) => number> = { "*": (a, b) => a * b, "/": (a, b) => a / b, "+": (a, b) => a + b, "-": (a, b) => a - b };
  /** Operands of `next` joined left to right by the operators `ops`: one level of precedence. */
  const level = (next: () => number | undefined, ops: readonly string[]) => (): number | undefined => {
    let v = next();
    for (let t = tokens[i]; v !== undefined && t?.kind === "op" && ops.includes(t.op); t = tokens[i]) {
      i++;
      const r = next();
      v = r === undefined ? undefined : ARITHMETIC[t.op](v, r);
    }
    return v;
  };
  const product = level(primary, ["*", "/"]);
  const sum: () => number | undefined = level(product, ["+", "-"]);
  const v = sum();
  return i === tokens.length ? v : undefined;
}

/** Recalculates every formula it can evaluate, a few passes so that formulas reading formulas settle. */
export function recalculate(wb: StandInWorkbook): void {
  for (let pass = 0; pass < 3; pass++) {
    for (const sheet of wb.sheets) {
      for (const cell of sheet.cells.values()) {
        if (!cell.formula) continue;
        const tokens = tokenize(cell.formula);
        const v = tokens && evaluate(sheet, tokens);
        if (v !== undefined && Number.isFinite(v)) cell.value = Math.round(v * 1e9) / 1e9;
      }
    }
  }
}
