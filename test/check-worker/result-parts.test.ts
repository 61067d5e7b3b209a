import { readdirSync, readFileSync } from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/engine";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/ooxml/read";
import { joinResult, splitResult } from "../../src/check-worker/result-parts";
import { SAMPLES } from "../helpers/grid";

/** Every sample, read and checked as the check worker does. */
const checked = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".xlsx"))
  .map((name) => {
    const snapshot = readWorkbookSnapshot(name, readFileSync(path.join(SAMPLES, name)));
    return { name, snapshot, check: checkWorkbook(snapshot) };
  });

describe("the check worker's result, sheet by sheet", () => {
  it.each(checked.map((c) => [c.name, c] as const))("%s: joined again, equals the result the worker took apart", (_, { snapshot, check }) => {
    // What crosses between the threads: each part as a structured clone of its own, the plan on its own.
    const parts = splitResult(snapshot, check, true).map((p) => structuredClone(p));
    expect(joinResult(parts, structuredClone(check.plan))).toEqual({ snapshot, check });
    // For a page that sent the workbook (the pane), without the sheets: joined with its own.
    const lean = splitResult(snapshot, check, false).map((p) => structuredClone(p));
    expect(lean.every((p) => p.snapshot === undefined)).toBe(true);
    expect(joinResult(lean, structuredClone(check.plan), snapshot)).toEqual({ snapshot, check });
    if (lean.length > 0) expect(() => joinResult(lean, check.plan)).toThrow(/came without the sheet/);
  });

  it("holds in each part one sheet's cells, tables, findings and totals", () => {
    const several = checked.filter((c) => c.snapshot.sheets.length > 1 && c.check.findings.length > 0);
    expect(several.length).toBeGreaterThan(0);
    for (const { snapshot, check } of several) {
      const parts = splitResult(snapshot, check, true);
      expect(parts.map((p) => p.snapshot?.name)).toEqual(snapshot.sheets.map((s) => s.name));
      for (const [i, part] of parts.entries()) {
        const name = snapshot.sheets[i].name;
        expect(part.snapshot).toBe(snapshot.sheets[i]);
        expect(part.tables.sheet).toBe(name);
        expect(part.tables.tables.every((t) => t.sheet === name)).toBe(true);
        expect(part.findings.every((f) => f.sheet === name)).toBe(true);
        expect(part.totals).toHaveLength(part.tables.tables.length);
      }
    }
  });
});
