import { INDICATOR_TABLE_KINDS } from "../../table-kinds";
import { compactText } from "../../values/normalize";
import { defineRule } from "../rule";
import { declaredGrade, gradeFor, tableScore } from "../scores";

/** A declared grade (written, or ticked among boxes) against the grade of the total score. */
export const grade = defineRule<{ band: { total: number; expected: string; actual: string } }>()({
  id: "grade",
  severity: "error",
  appliesTo: [...INDICATOR_TABLE_KINDS, "comparison"],
  writesFix: ["band"],
  check({ table, profile }, report) {
    const g = table.grade;
    if (!g) return;
    const total = table.total?.score?.value ?? tableScore(table, profile);
    if (total === undefined) return;
    const writtenBand = declaredGrade(g.text, profile);
    const expected = gradeFor(total, profile);
    if (!writtenBand || writtenBand.name === expected) return;
    // A ticked box is not rewritten: the fix would wipe the boxes.
    const ticked = compactText(g.text) !== writtenBand.name && !writtenBand.aliases.includes(compactText(g.text));
    report("band", g, { total, expected, actual: ticked ? writtenBand.name : g.text },
      ticked ? { expected, actual: writtenBand.name } : { expected, actual: g.text, fix: expected });
  },
});
