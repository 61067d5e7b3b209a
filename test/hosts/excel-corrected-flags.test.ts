import { checkWorkbook } from "../../src/core/engine";
import { changeNote } from "../../src/core/messages";
import { CORRECTED_FILL, flagsAfterWrite, NOTE_PREFIX } from "../../src/core/plan";
import { ExcelHost } from "../../src/hosts/excel/excel-host";
import { selfEvaluationRows, SELF_EVALUATION_MERGES, sheetFromRows } from "../helpers/grid";
import { standInGlobals, StandInWorkbook } from "../stand-in/excel-stand-in";

/** A 自评表 whose typed total (H19) is 90: a value to write back and a cell to flag. */
function workbook(): StandInWorkbook {
  const rows = selfEvaluationRows();
  rows[18][7] = 90;
  const wb = StandInWorkbook.fromSnapshot({ sheets: [sheetFromRows("自评表", rows, SELF_EVALUATION_MERGES)] });
  wb.sheets[0].cells.set("H19", { value: 90, fill: "#FFFF00" });
  return wb;
}

describe("Excel host: a flagged cell corrected by 写回合计", () => {
  it("is flagged again as corrected (its new value checked, not the old), and clearing still restores its own fill", async () => {
    const wb = workbook();
    Object.assign(globalThis, standInGlobals(wb));
    const host = new ExcelHost();
    const { plan } = checkWorkbook((await host.read("workbook")).snapshot);
    const write = plan.values.find((v) => v.cell === "H19");
    expect(write).toBeDefined();
    await host.flag(plan, "zh-CN");
    const sheet = wb.sheets[0];
    expect(sheet.cells.get("H19")?.fill).not.toBe(CORRECTED_FILL);

    const { changes } = await host.writeValues({ ...plan, values: [write!] });
    await host.flag({ ...plan, values: [], flags: flagsAfterWrite(plan, changes) }, "zh-CN");
    expect(sheet.cells.get("H19")?.value).toBe(write!.value);
    expect(sheet.cells.get("H19")?.fill).toBe(CORRECTED_FILL);
    expect(sheet.notes.get("H19")).toBe(NOTE_PREFIX + changeNote(write!, "zh-CN"));
    expect(sheet.notes.get("H19")).toMatch(/^.*已由 90 改为/);

    await host.clearFlags();
    expect(sheet.cells.get("H19")?.fill).toBe("#FFFF00");
    expect(sheet.notes.has("H19")).toBe(false);
  });
});
