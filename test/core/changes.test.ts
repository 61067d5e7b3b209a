import { promises as fs } from "node:fs";
import path from "node:path";
import { checkWorkbook } from "../../src/core/engine";
import { changeNote, describeChange, flagNote } from "../../src/core/messages";
import { CORRECTED_FILL, flagsAfterWrite, NOTE_PREFIX, SEVERITY_FILL } from "../../src/core/plan";
import { readWorkbookFile } from "../../src/hosts/xlsx/load-workbook";
import { SELF_EVALUATION_MERGES, sheetFromRows } from "../helpers/grid";
import { checkSelfEvaluation, checkSheets, selfEvaluation } from "./rules/support";

const SAMPLES = path.resolve(__dirname, "../../../shared/samples");

describe("change records", () => {
  it("say 表 · 单元格 · 含义 · 原值 → 新值 · 原因 in Chinese and in English", () => {
    const [write] = checkSelfEvaluation({ H19: 96 }).plan.values;
    expect(describeChange(write, "zh-CN")).toEqual({
      table: "自评表 · 老旧小区改造", cell: "H19", meaning: "总分", previous: "96", value: "99", reason: "各项得分之和，含预算执行率得分",
    });
    expect(describeChange(write, "en-US")).toEqual({
      table: "自评表 · 老旧小区改造", cell: "H19", meaning: "total score", previous: "96", value: "99",
      reason: "sum of the scores, with the execution-rate score",
    });
  });

  it("name each kind of total a fix writes, and how its value was computed", () => {
    const { plan } = checkSelfEvaluation({ G19: 90, C6: 95, G5: { v: 0.95, fmt: "0.00%" }, H19: 96 });
    const rows = plan.values.map((v) => describeChange(v, "zh-CN")).map((c) => `${c.cell} ${c.meaning}: ${c.previous} → ${c.value}（${c.reason}）`);
    expect(rows).toEqual([
      "C5 年初预算数合计: 100 → 95（其下各项资金之和）",
      "G5 预算执行率: 0.95 → 0.9（执行数 90 / 预算数 100）",
      "G19 合计分值: 90 → 100（各项分值之和）",
      "H19 总分: 96 → 99（各项得分之和，含预算执行率得分）",
    ]);
  });

  it("an empty total says it was empty", () => {
    const { plan } = checkSelfEvaluation({ H19: null, H5: null });
    const byCell = Object.fromEntries(plan.values.map((v) => [v.cell, describeChange(v, "zh-CN")]));
    expect(byCell.H19).toMatchObject({ meaning: "总分", previous: "空", value: "99", reason: "原为空：各项得分之和" });
    expect(byCell.H5).toMatchObject({ meaning: "预算执行率得分", previous: "空", value: "9" });
    expect(changeNote(plan.values[0], "zh-CN")).toBe("已填入 99（原为空：各项得分之和）");
  });

  it.each(["zh-CN", "en-US"] as const)("every value planned for the samples is described from the %s catalog", async (language) => {
    const files = (await fs.readdir(SAMPLES)).filter((f) => f.endsWith(".xlsx"));
    const described = [];
    for (const file of files) {
      const { snapshot } = await readWorkbookFile(path.join(SAMPLES, file), file);
      described.push(...checkWorkbook(snapshot).plan.values.map((v) => ({ v, text: describeChange(v, language) })));
    }
    expect(described.length).toBeGreaterThan(10);
    const raw = described.filter(({ v, text }) => text.meaning === v.reason || text.reason === v.reason || /[{}]/.test(text.meaning + text.reason));
    expect(raw.map(({ v }) => `${v.reason}.${v.variant}`)).toEqual([]);
  });
});

describe("a corrected cell's flag", () => {
  it("reads 已由 96 改为 99（…） and is filled green once the value is written, red until then", () => {
    const { plan } = checkSelfEvaluation({ H19: 96 });
    const [flag] = plan.flags;
    expect(flag).toMatchObject({ cell: "H19", fill: SEVERITY_FILL.error });
    expect(flagNote(flag, "zh-CN")).toBe(`${NOTE_PREFIX}总分应为 99（各项得分之和，含预算执行率得分），表中为 96`);
    expect(flag.afterWrite).toEqual({ severity: "error", fill: CORRECTED_FILL, findings: [], written: plan.values[0], corrected: true });
    expect(flag.afterWrite && flagNote(flag.afterWrite, "zh-CN")).toBe(`${NOTE_PREFIX}已由 96 改为 99（各项得分之和，含预算执行率得分）`);
    expect(flag.afterWrite && flagNote(flag.afterWrite, "en-US")).toBe(`${NOTE_PREFIX}Changed from 96 to 99 (sum of the scores, with the execution-rate score)`);
    const { afterWrite, ...unwritten } = flag;
    expect(flagsAfterWrite(plan, [])).toEqual([unwritten]);
    // Written, the cell holds 99: what a host checks before flagging it again.
    expect(flagsAfterWrite(plan, [{ sheet: "自评表", cell: "H19" }])).toEqual([{ ...unwritten, ...afterWrite, previous: 99 }]);
  });

  it("a number stored as text is settled by the number written; a typed total where others are formulas is not", () => {
    const asText = checkSelfEvaluation({ H19: "９６" }).plan.flags[0];
    expect(asText.rules.sort()).toEqual(["number-as-text", "score-total"]);
    expect(asText.afterWrite).toMatchObject({ fill: CORRECTED_FILL });
    expect(asText.afterWrite && flagNote(asText.afterWrite, "zh-CN")).toBe(`${NOTE_PREFIX}已由 ９６ 改为 99（各项得分之和，含预算执行率得分）`);

    const formulas = { G19: { f: "SUM(G12:G18)+F5", v: 100 }, H19: { f: "SUM(H12:H18)+H5", v: 99 } };
    const { plan } = checkSheets([
      sheetFromRows("项目一", selfEvaluation(formulas), SELF_EVALUATION_MERGES),
      sheetFromRows("项目二", selfEvaluation({ H19: 96 }), SELF_EVALUATION_MERGES),
    ]);
    const typed = plan.flags.find((f) => f.sheet === "项目二" && f.cell === "H19");
    expect(typed?.rules.sort()).toEqual(["hardcoded-total", "score-total"]);
    expect(typed?.afterWrite).toMatchObject({ severity: "info", fill: SEVERITY_FILL.info, corrected: false });
    const afterWrite = typed?.afterWrite;
    expect(afterWrite && flagNote(afterWrite, "zh-CN")).toBe(
      `${NOTE_PREFIX}已由 96 改为 99（各项得分之和，含预算执行率得分）\n总分以数值“96”录入，本工作簿其他总分用公式计算`,
    );
    expect(afterWrite && flagNote(afterWrite, "en-US")).toMatch(/^【绩效表校验助手】Changed from 96 to 99 .*\n/);
  });

  it("a cell without a fix has no corrected form", () => {
    const { plan } = checkSelfEvaluation({ H12: "12分" });
    expect(plan.flags.map((f) => [f.cell, f.afterWrite])).toEqual([["H12", undefined]]);
  });
});
