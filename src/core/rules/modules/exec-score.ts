import { TABLE_KINDS } from "../../table-kinds";
import { executionLine } from "../context";
import { declaredRate, executionRate, executionScore, percent } from "../funds";
import { defineRule } from "../rule";

type Score = { rate: number; weight: number; expected: number; actual: number };

/** The funds block's 得分 against the profile's 执行率 scoring (variant: the profile's mode). */
export const execScore = defineRule<{ capped: Score; uncapped: Score; banded: Score }>()({
  id: "exec-score",
  severity: "error",
  appliesTo: TABLE_KINDS,
  writesFix: ["capped", "uncapped", "banded"],
  check({ table, profile }, report) {
    const line = executionLine(table);
    const declared = line?.score;
    const weight = line?.weight?.value;
    const rate = executionRate(line) ?? declaredRate(line)?.value;
    if (!line || declared?.value === undefined || weight === undefined || rate === undefined) return;
    const expected = executionScore(rate, weight, profile);
    if (Math.abs(declared.value - expected) - profile.tolerances.equal <= 1e-9) return;
    report(profile.executionScore.mode, declared, { rate: percent(rate), weight, expected, actual: declared.value },
      { expected, actual: declared.value, related: [line.executionRate, line.weight], fix: expected });
  },
});
