import { readdirSync, readFileSync } from "fs";
import path from "path";
import { checkWorkbook } from "../../src/core/engine";
import { readWorkbookSnapshot } from "../../src/hosts/xlsx/ooxml/read";
import type { CheckPhase, Preliminary } from "../../src/check-worker/protocol";
import { readAndCheck } from "../../src/web/check/read-and-check";
import { SAMPLES } from "../helpers/grid";

const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".xlsx"))
  .map((name) => {
    const data = readFileSync(path.join(SAMPLES, name));
    return { name, data, snapshot: readWorkbookSnapshot(name, data) };
  });

function run(name: string, data: Uint8Array) {
  const phases: CheckPhase[] = [];
  const preliminaries: Preliminary[] = [];
  const reply = readAndCheck({ name, data, profile: "default" }, (p) => phases.push(p), (p) => preliminaries.push(p));
  return { reply, phases, preliminaries };
}

describe("the check worker's reading and checking", () => {
  it("tells the first sheet with findings, checked alone, before the whole workbook's check", () => {
    const several = samples.filter((s) => s.snapshot.sheets.length > 1 && checkWorkbook(s.snapshot).findings.length > 0);
    expect(several.length).toBeGreaterThan(0);
    for (const { name, data, snapshot } of several) {
      const { reply, phases, preliminaries } = run(name, data);
      expect(reply).toEqual({ type: "checked", snapshot, check: checkWorkbook(snapshot) });
      expect(phases.map((p) => p.phase)).toEqual(["reading", "checking"]);
      expect(preliminaries.length).toBeLessThanOrEqual(1);
      const first = snapshot.sheets.findIndex((s) => checkWorkbook({ sheets: [s] }).findings.length > 0);
      // The last sheet is not told early: by then the whole workbook's check is as near.
      if (first < 0 || first === snapshot.sheets.length - 1) {
        expect(preliminaries).toEqual([]);
        continue;
      }
      const sheet = { sheets: [snapshot.sheets[first]] };
      expect(preliminaries).toEqual([{ snapshot: sheet, check: checkWorkbook(sheet), of: snapshot.sheets.length }]);
    }
  });

  it("tells nothing early for a workbook of one sheet", () => {
    const one = samples.find((s) => s.snapshot.sheets.length === 1);
    if (!one) throw new Error("no sample of one sheet");
    const { reply, preliminaries } = run(one.name, one.data);
    expect(reply.type).toBe("checked");
    expect(preliminaries).toEqual([]);
  });

  it("answers an unreadable file with its reason, and tells nothing early", () => {
    const { reply, preliminaries } = run("损坏.xlsx", Buffer.concat([Buffer.from("504b0304", "hex"), Buffer.from("truncated zip")]));
    expect(reply).toMatchObject({ type: "failed", problem: { code: "corrupt" } });
    expect(preliminaries).toEqual([]);
  });
});
