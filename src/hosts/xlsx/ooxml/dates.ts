const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system (serial 25569 is 1970-01-01). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** Days from the 1900 system's day 0 to the 1904 system's. */
const DAYS_1900_TO_1904 = 1462;
/** A hundred million days either side of 1970: beyond, no date exists (in JavaScript or Excel), the number stays. */
const MAX_DATE_MS = 8.64e15;
/** Serials below this precede Excel's fictitious 1900-02-29 (serial 60), so count one day less than the calendar. */
const FIRST_AFTER_FAKE_LEAP_DAY = 61;

/**
 * A number in a date or time format as the snapshot holds it: the serial of the same moment in the 1900 date system,
 * to the millisecond (the arithmetic of exceljs reading a date and handing it back as a serial, so that both readers
 * agree to the last bit; where exceljs gets an invalid date, NaN, the number stays as it is).
 */
export function dateCellSerial(serial: number, date1904: boolean): number {
  // Multiplied step by step as exceljs does: "* 86_400_000" rounds differently for some serials.
  const ms = Math.round((serial - 25569 + (date1904 ? DAYS_1900_TO_1904 : 0)) * 24 * 3600 * 1000);
  return Math.abs(ms) <= MAX_DATE_MS ? (ms - EPOCH_MS) / DAY_MS : serial;
}

const ISO = /^(?:(\d{4})-(\d{2})-(\d{2}))?T?(?:(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/;

/**
 * A `t="d"` cell's ISO 8601 text ("2023-12-31", "2023-12-31T08:30:00", "T08:30") as a 1900-system serial; its
 * zone, if any, is ignored, as Excel has none. Undefined when the text is no such date or time.
 */
export function isoDateSerial(text: string): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  const [year, month, day] = m[1] === undefined ? [1899, 12, 30] : [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(year, month - 1, day, Number(m[4] ?? 0), Number(m[5] ?? 0)) + Number(m[6] ?? 0) * 1000;
  const serial = (ms - EPOCH_MS) / DAY_MS;
  return serial >= 1 && serial < FIRST_AFTER_FAKE_LEAP_DAY ? serial - 1 : serial;
}
