import ExcelJS from "exceljs";
import { NOTE_PREFIX, type Flag, type WritePlan } from "../../../src/core/plan";
import { applyPlan, noteText } from "../../../src/hosts/xlsx/apply-plan";

const flag = (cell: string): Flag => ({
  sheet: "表", cell, severity: "warning", fill: "#FFEB9C", note: `${NOTE_PREFIX}得分低于分值`, noteEn: "score below weight", rules: ["deduction-reason"],
});

/** A workbook as loaded from a file: exceljs then shares one style object between cells of the same style. */
async function loaded(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("表");
  for (const address of ["A1", "A2", "A3"]) ws.getCell(address).font = { bold: true };
  ws.getCell("A1").value = 1;
  ws.getCell("A2").value = { formula: "A1*2", result: 2 };
  ws.getCell("A3").note = "原有备注";
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await wb.xlsx.writeBuffer());
  return copy;
}

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Worksheet> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await wb.xlsx.writeBuffer());
  const ws = copy.getWorksheet("表");
  if (!ws) throw new Error("sheet lost");
  return ws;
}

test("values: a string starting with = stays text; a cell holding a formula, or a value that is not finite, is never written", async () => {
  const wb = await loaded();
  const plan: WritePlan = {
    values: [
      { sheet: "表", cell: "A1", value: "=SUM(B1:B9)", previous: 1, reason: "grade" },
      { sheet: "表", cell: "A2", value: 99, previous: 2, reason: "score-total" },
      { sheet: "无此表", cell: "A1", value: 1, previous: null, reason: "empty-total" },
      { sheet: "表", cell: "C1", value: Infinity, previous: null, reason: "fund-sum" },
    ],
    flags: [],
  };
  const applied = applyPlan(wb, plan, "zh-CN");
  expect(applied.written.map((v) => v.cell)).toEqual(["A1"]);
  expect(applied.skipped.map((v) => `${v.sheet}!${v.cell}`)).toEqual(["表!A2", "无此表!A1", "表!C1"]);
  expect(wb.calcProperties.fullCalcOnLoad).toBe(true);
  const ws = await roundTrip(wb);
  expect(ws.getCell("A1").type).toBe(ExcelJS.ValueType.String);
  expect(ws.getCell("A1").value).toBe("=SUM(B1:B9)");
  expect(ws.getCell("A2").formula).toBe("A1*2");
});

test("flags: fill only the flagged cell, keep the person's note before ours, and do not pile up on a rerun", async () => {
  const wb = await loaded();
  const plan: WritePlan = { values: [], flags: [flag("A1"), flag("A3")] };
  expect(applyPlan(wb, plan, "zh-CN").flagged).toBe(2);
  let ws = await roundTrip(wb);
  expect(ws.getCell("A1").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFFFEB9C" } });
  expect(ws.getCell("A1").font).toMatchObject({ bold: true });
  expect(ws.getCell("A2").fill).toEqual({ type: "pattern", pattern: "none" });
  expect(noteText(ws.getCell("A1").note)).toBe(`${NOTE_PREFIX}得分低于分值`);
  expect(noteText(ws.getCell("A3").note)).toBe(`原有备注\n\n${NOTE_PREFIX}得分低于分值`);

  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await wb.xlsx.writeBuffer());
  applyPlan(again, plan, "en-US");
  ws = await roundTrip(again);
  expect(noteText(ws.getCell("A3").note)).toBe(`原有备注\n\n${NOTE_PREFIX}score below weight`);
});
