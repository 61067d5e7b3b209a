/**
 * A cell's `text` as Excel renders it, for the number formats the stand-in's fixtures use: percentages, and dates
 * (Excel keeps a date as its serial number in `values`; only the format makes it a date). Written apart from the
 * engine's own date reading, so that a test comparing the two is not the engine agreeing with itself.
 */
import type { StandInCell } from "./excel-stand-in";

/** Serial number 0 of Excel's 1900 date system, counting the 1900-02-29 that Lotus had and never was. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The format with quoted literals and escaped characters taken as text, so that only date tokens stay letters. */
function literalsOut(format: string): string {
  return format.replace(/"[^"]*"|\\./g, "").replace(/\[[^\]]*\]/g, "");
}

const isDateFormat = (format: string) => /[yd]/i.test(literalsOut(format.split(";")[0]));

function dateText(serial: number, format: string): string {
  const date = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  const parts: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    yy: String(date.getUTCFullYear() % 100).padStart(2, "0"),
    mm: String(date.getUTCMonth() + 1).padStart(2, "0"),
    m: String(date.getUTCMonth() + 1),
    dd: String(date.getUTCDate()).padStart(2, "0"),
    d: String(date.getUTCDate()),
  };
  return format.split(";")[0].replace(/\[[^\]]*\]/g, "").replace(/"([^"]*)"|\\(.)|yyyy|yy|mm|m|dd|d/gi, (token, quoted?: string, escaped?: string) =>
    quoted ?? escaped ?? parts[token.toLowerCase()]);
}

export function displayText(c: StandInCell | undefined): string {
  if (!c || c.value === null) return "";
  if (typeof c.value === "object") return c.value.error;
  if (typeof c.value === "number" && c.numberFormat?.includes("%")) return `${Math.round(c.value * 10000) / 100}%`;
  if (typeof c.value === "number" && c.numberFormat && isDateFormat(c.numberFormat)) return dateText(c.value, c.numberFormat);
  return String(c.value);
}
