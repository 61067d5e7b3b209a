import type { CheckResult } from "../core/engine";
import { renderMessage, type Language } from "../core/messages";
import type { ValueWrite } from "../core/plan";
import { formatValue } from "./format";
import { translate } from "./i18n";
import type { StringKey } from "./strings";

/** One value the write-back (or the annotated copy) would change, as the person reviews it. */
export interface ChangeRow {
  key: string;
  write: ValueWrite;
  /** What the cell is: 总分, 执行率, 得分… */
  meaning: string;
  previous: string;
  value: string;
  /** Why it changes: the finding's message, or that the total was left blank. */
  reason: string;
}

const MEANINGS: Record<string, StringKey> = {
  "score-total": "meaningScoreTotal",
  "weight-total": "meaningWeightTotal",
  "score-subtotal": "meaningScoreSubtotal",
  "fund-sum": "meaningFundSum",
  "exec-rate": "meaningExecRate",
  "exec-score": "meaningExecScore",
  grade: "meaningGrade",
  "empty-total": "meaningEmptyTotal",
};

export const changeKey = (v: Pick<ValueWrite, "sheet" | "cell">) => `${v.sheet}!${v.cell}`;

/** The plan's value writes with what each cell is and why it changes, in `language`. */
export function changeRows(check: Pick<CheckResult, "plan" | "findings">, language: Language): ChangeRow[] {
  const empty = translate(language, "emptyValue");
  return check.plan.values.map((write) => {
    const cause = check.findings.find((f) => f.rule === write.reason && f.sheet === write.sheet && f.cell === write.cell);
    const meaning = MEANINGS[write.reason];
    return {
      key: changeKey(write),
      write,
      meaning: meaning ? translate(language, meaning) : write.reason,
      previous: formatValue(write.previous, empty),
      value: formatValue(write.value, empty),
      reason: cause ? renderMessage(cause, language) : translate(language, "reasonEmptyTotal"),
    };
  });
}
