/** Characters a terminal shows two columns wide: CJK ideographs, kana, hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/g;

/** How many terminal columns `text` takes. */
export function displayWidth(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return [...text].length + wide;
}

/** Rows of cells as aligned columns (by display width, so that Chinese lines up); numbers right-aligned. */
export function alignColumns(rows: string[][], rightAligned: ReadonlySet<number>): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ""))));
  return rows.map((r) =>
    r.map((cell, i) => {
      const pad = " ".repeat(widths[i] - displayWidth(cell));
      if (i === r.length - 1 && !rightAligned.has(i)) return cell;
      return rightAligned.has(i) ? pad + cell : cell + pad;
    }).join("  "),
  );
}
