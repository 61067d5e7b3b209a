/** Excel's limit on a sheet name's length. */
const MAX_SHEET_NAME = 31;

/**
 * `title`, or the first of `title(2)`, `title(3)`, … that no sheet in `taken` has; Excel compares sheet names
 * without regard to case.
 */
export function uniqueSheetName(title: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `(${n})`;
    const name = title.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}
