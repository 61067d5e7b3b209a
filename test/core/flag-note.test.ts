import type { Finding } from "../../src/core/findings";
import { flagNote } from "../../src/core/messages";
import { NOTE_PREFIX, type FlagNoteContent, type ValueWrite } from "../../src/core/plan";

const where = { severity: "error", sheet: "自评表", cell: "H19", table: "A1:J19" } as const;
const wrongTotal: Finding = { ...where, rule: "score-total", variant: "plain", params: { expected: 96, actual: 69 } };
const asText: Finding = { ...where, severity: "warning", rule: "number-as-text", variant: "text", params: { text: "６９", value: 69 } };
const typed: Finding = { ...where, severity: "info", rule: "hardcoded-total", variant: "score", params: { value: "69" } };
const write: ValueWrite = {
  sheet: "自评表", cell: "H19", value: 96, previous: 69, reason: "score-total", variant: "plain", params: { expected: 96, actual: 69 },
  table: { range: "A1:J19", kind: "self-evaluation" },
};

describe("a flag's note", () => {
  it("is its finding's message, marked as the tool's, in Chinese", () => {
    expect(flagNote({ findings: [wrongTotal] }, "zh-CN")).toBe(`${NOTE_PREFIX}总分应为 96（各项得分之和），表中为 69`);
  });

  it("is worded in English when asked, with the same mark", () => {
    expect(flagNote({ findings: [wrongTotal] }, "en-US")).toBe(`${NOTE_PREFIX}Total score should be 96 (sum of the scores), found 69`);
  });

  it("has a line per finding at the cell, in the flag's order", () => {
    const flag: FlagNoteContent = { findings: [asText, wrongTotal] };
    expect(flagNote(flag, "zh-CN")).toBe(`${NOTE_PREFIX}数值“６９”以文本存储（应为数字 69）\n总分应为 96（各项得分之和），表中为 69`);
    expect(flagNote(flag, "en-US")).toBe(
      `${NOTE_PREFIX}Number “６９” is stored as text (should be the number 69)\nTotal score should be 96 (sum of the scores), found 69`,
    );
  });

  it("of a corrected cell says what was written, above the findings the write leaves open", () => {
    expect(flagNote({ findings: [], written: write }, "zh-CN")).toBe(`${NOTE_PREFIX}已由 69 改为 96（各项得分之和）`);
    expect(flagNote({ findings: [], written: write }, "en-US")).toBe(`${NOTE_PREFIX}Changed from 69 to 96 (sum of the scores)`);
    expect(flagNote({ findings: [typed], written: write }, "zh-CN")).toBe(
      `${NOTE_PREFIX}已由 69 改为 96（各项得分之和）\n总分以数值“69”录入，本工作簿其他总分用公式计算`,
    );
  });

  it("is the same text from a flag that crossed a structured clone (a worker's message)", () => {
    const flag: FlagNoteContent = { findings: [asText, wrongTotal], written: write };
    expect(flagNote(structuredClone(flag), "en-US")).toBe(flagNote(flag, "en-US"));
  });
});
