import { describeChange, type ChangeText, type Language } from "../core/messages";
import type { ValueWrite } from "../core/plan";

/** One value the write-back (or the annotated copy) would change, as the person reviews it. */
export interface ChangeRow {
  key: string;
  write: ValueWrite;
  /** 表 · 单元格 · 含义 · 原值 → 新值 · 原因, in the page's language. */
  text: ChangeText;
}

/** The plan's value writes with what each cell is and why it changes. */
export function changeRows(values: readonly ValueWrite[], language: Language): ChangeRow[] {
  return values.map((write) => ({ key: `${write.sheet}!${write.cell}`, write, text: describeChange(write, language) }));
}
