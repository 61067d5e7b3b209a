import { renderNote } from "../../src/core/messages";
import { tableNoteSchema, type NoteCode, type TableNote } from "../../src/core/model";

/** One note of every code, with its parameters: a code added without a case here does not compile. */
const EVERY_NOTE: { [C in NoteCode]: TableNote & { code: C } } = {
  "no-indicator-rows": { code: "no-indicator-rows", params: {} },
  "no-total-row": { code: "no-total-row", params: {} },
  "column-by-content": {
    code: "column-by-content", cell: "G", params: { column: "G", header: "标准", role: "weight", evidence: "parents", value: 3 },
  },
  "relative-weights": { code: "relative-weights", cell: "A3", params: { example: "决策(20%)" } },
  "weights-inconsistent": { code: "weights-inconsistent", params: { failed: 4 } },
  "scores-above-weights": { code: "scores-above-weights", params: { above: 5, count: 6 } },
};

describe("table notes", () => {
  it.each(Object.values(EVERY_NOTE))("%j is a note the model accepts, worded in Chinese and in English with its parameters", (note) => {
    expect(tableNoteSchema.safeParse(note).success).toBe(true);
    const zh = renderNote(note, "zh-CN");
    const en = renderNote(note, "en-US");
    expect(zh).not.toBe(en);
    for (const value of Object.values(note.params).filter((v) => typeof v === "number" || v === "G" || v === "决策(20%)")) {
      expect(zh).toContain(String(value));
      expect(en).toContain(String(value));
    }
  });

  it("words a column read by its content with its role and evidence", () => {
    expect(renderNote(EVERY_NOTE["column-by-content"], "zh-CN")).toBe("G 列（表头“标准”）按内容读作分值：3 组之和等于上级分值");
    expect(renderNote(EVERY_NOTE["column-by-content"], "en-US")).toBe("Column G (header “标准”) read by its content as weights: 3 groups add up to their parents' weights");
  });

  it("refuses a note whose parameters are not its code's", () => {
    expect(tableNoteSchema.safeParse({ code: "weights-inconsistent", params: { failed: "4" } }).success).toBe(false);
    expect(tableNoteSchema.safeParse({ code: "column-by-content", params: { column: "G", header: "", role: "score", evidence: "total", value: 1 } }).success).toBe(false);
  });
});
