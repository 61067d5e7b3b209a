import type { CellValue } from "../snapshot";
import { compactText } from "./normalize";
import { normalizeUnit, type Unit } from "./units";

export interface NumberReading {
  value: number;
  /** True when the cell held text (`"10 "`, `"１０"`, `"10分"`), which the number-as-text rule reports. */
  fromText: boolean;
  /** The unit written after the number, normalised (`%`, `分`, `万元`). */
  unit?: Unit;
}

/** An unsigned decimal, optionally with thousand separators: `480`, `949.82`, `1,234.5`, `.5`. */
export const DECIMAL = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`;

/** The value of a DECIMAL match (thousand separators dropped). */
export function decimalValue(text: string): number {
  return Number(text.replace(/,/g, ""));
}

const CELL_UNITS = ["%", "百分比", "分", "元", "千元", "万元", "亿元"];
const CELL_NUMBER = new RegExp(`^([+-]?)¥?(${DECIMAL})(${CELL_UNITS.join("|")})?$`);

/**
 * Reads a number from a cell that should hold one (a weight, score or amount). Text is read too:
 * `"10 "`, `"１０"`, `"10分"`, `"949.82万元"` (value in the written unit), `"1,234.5"`, `"86.19%"` (→ 0.8619,
 * the value a percent-formatted cell would hold). Blank, dashes (`-`, `—`) and prose give undefined.
 */
export function parseNumberCell(v: CellValue): NumberReading | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? { value: v, fromText: false } : undefined;
  if (typeof v !== "string") return undefined;
  const m = CELL_NUMBER.exec(compactText(v));
  if (!m) return undefined;
  const [, sign, digits, unitText] = m;
  const unit = unitText === undefined ? undefined : normalizeUnit(unitText);
  if (unit === "%") {
    // Shifting the exponent instead of dividing by 100 keeps 86.19% at exactly 0.8619.
    return { value: Number(`${sign}${digits.replace(/,/g, "")}e-2`), fromText: true, unit };
  }
  const value = (sign === "-" ? -1 : 1) * decimalValue(digits);
  return unit === undefined ? { value, fromText: true } : { value, fromText: true, unit };
}
