import { promises as fs } from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import { checkWorkbook } from "../../src/core/engine";
import { leafRows } from "../../src/core/rules/context";
import { readWorkbookFile } from "../../src/hosts/xlsx/load-workbook";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");

// V8's own test of whether two objects have the same hidden class; only parsed with this flag on, which is set
// back after these tests (V8 refuses code caches made under other flags, as later tests in this worker may use).
let sameHiddenClass: (a: object, b: object) => boolean;
beforeAll(() => {
  v8.setFlagsFromString("--allow-natives-syntax");
  sameHiddenClass = new Function("a", "b", "return %HaveSameMap(a, b)") as typeof sameHiddenClass;
});
afterAll(() => v8.setFlagsFromString("--no-allow-natives-syntax"));

/** How many hidden classes the objects have between them. */
function hiddenClasses(objects: readonly object[]): number {
  const kinds: object[] = [];
  for (const o of objects) if (!kinds.some((k) => sameHiddenClass(k, o))) kinds.push(o);
  return kinds.length;
}

/**
 * Node 20's V8 gives every object built as `{ ...x, key }` (a key `x` lacks) a hidden class of its own: a workbook's
 * thousands of labels, findings and flags built that way each cost a class, and every property read of them becomes
 * a slow lookup. Objects of one kind share a few.
 */
describe("the engine's objects", () => {
  it("of one kind share a few hidden classes, however many there are", async () => {
    const files = (await fs.readdir(SAMPLES)).filter((f) => f.endsWith(".xlsx")).sort();
    const labels = [];
    const findings = [];
    const flags = [];
    for (const file of files) {
      const { snapshot } = await readWorkbookFile(path.join(SAMPLES, file), file);
      const result = checkWorkbook(snapshot);
      for (const table of result.tables) for (const row of leafRows(table)) for (const l of row.levels) if (l) labels.push(l);
      findings.push(...result.findings);
      flags.push(...result.plan.flags);
    }
    expect(labels.length).toBeGreaterThan(500);
    expect(findings.length).toBeGreaterThan(200);
    expect(flags.length).toBeGreaterThan(100);
    expect(hiddenClasses(labels)).toBeLessThanOrEqual(8);
    expect(hiddenClasses(findings)).toBeLessThanOrEqual(8);
    expect(hiddenClasses(flags)).toBeLessThanOrEqual(8);
  });
});
