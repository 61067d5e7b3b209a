import type { NoteCode, TableNote } from "../model";
import type { Language } from "./index";
import { fillTemplate } from "./template";

/** What the reader says about a table, by note code; `{name}` is replaced by the note's parameter of that name. */
const NOTE_TEMPLATES: Record<Language, Record<NoteCode, string>> = {
  "zh-CN": {
    "no-indicator-rows": "表头下没有指标行",
    "no-total-row": "没有总分或合计行",
    "column-by-content": "{column} 列（表头“{header}”）按内容读作{role}：{evidence}",
    "relative-weights": "分值是占上级的百分比（{example}）：检查各上级的下级合计是否为 100%，不按分值加总",
    "weights-inconsistent": "分值读不出一致的结构（{failed} 处上下级不符）：不报分值问题，请人工核对",
    "scores-above-weights": "多数得分高于本行分值（{count} 行中 {above} 行）：得分或分值可能不是按分计，不报分值与得分问题，请人工核对",
  },
  "en-US": {
    "no-indicator-rows": "No indicator rows under the header",
    "no-total-row": "No total row (总分/合计)",
    "column-by-content": "Column {column} (header “{header}”) read by its content as {role}: {evidence}",
    "relative-weights": "Weights are percentages of their parent ({example}): each parent's children are checked to add up to 100%, not summed as points",
    "weights-inconsistent": "The weights do not add up under any reading ({failed} parents disagree): no weight findings; please check by hand",
    "scores-above-weights": "Most scores exceed their row's weight ({above} of {count} rows): scores or weights may not be points; no weight or score findings; please check by hand",
  },
};

/** Names of the column roles a note may mention. */
const ROLE_NAMES: Record<Language, Record<string, string>> = {
  "zh-CN": { weight: "分值", score: "得分", target: "指标值", actual: "实际完成值" },
  "en-US": { weight: "weights", score: "scores", target: "targets", actual: "actual values" },
};

/** Why a column was read by its content. */
const EVIDENCE: Record<Language, Record<string, string>> = {
  "zh-CN": {
    total: "各项之和等于合计 {value}",
    parents: "{value} 组之和等于上级分值",
    "within-weights": "每行都不超过本行分值",
  },
  "en-US": {
    total: "the rows add up to the total {value}",
    parents: "{value} groups add up to their parents' weights",
    "within-weights": "no row exceeds its weight",
  },
};

/** The sentence a person reads for a table note, in the chosen language. */
export function renderNote(note: TableNote, language: Language = "zh-CN"): string {
  const params = { ...note.params };
  if (typeof params.role === "string") params.role = ROLE_NAMES[language][params.role] ?? params.role;
  if (typeof params.evidence === "string") params.evidence = fillTemplate(EVIDENCE[language][params.evidence] ?? params.evidence, params);
  return fillTemplate(NOTE_TEMPLATES[language][note.code], params);
}
