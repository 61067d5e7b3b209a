import type { NoteCode, TableNote } from "../model";
import type { Language } from "./index";
import { show } from "./template";

type ContentParams = (TableNote & { code: "column-by-content" })["params"];

/**
 * A language's words for every note code, each a function of the note's typed parameters: the compiler checks that a
 * catalog is total and names only parameters the note carries.
 */
type NoteWords = { [C in NoteCode]: (p: (TableNote & { code: C })["params"]) => string } & {
  /** The column roles a note may name, and why a column was read by its content. */
  roles: Record<ContentParams["role"], string>;
  evidence: Record<ContentParams["evidence"], (value: number) => string>;
};

const NOTE_WORDS: Record<Language, NoteWords> = {
  "zh-CN": {
    "no-indicator-rows": () => "表头下没有指标行",
    "no-total-row": () => "没有总分或合计行",
    "column-by-content": (p) =>
      `${show(p.column)} 列（表头“${show(p.header)}”）按内容读作${NOTE_WORDS["zh-CN"].roles[p.role]}：${NOTE_WORDS["zh-CN"].evidence[p.evidence](p.value)}`,
    "relative-weights": (p) => `分值是占上级的百分比（${show(p.example)}）：检查各上级的下级合计是否为 100%，不按分值加总`,
    "weights-inconsistent": (p) => `分值读不出一致的结构（${show(p.failed)} 处上下级不符）：不报分值问题，请人工核对`,
    "scores-above-weights": (p) =>
      `多数得分高于本行分值（${show(p.count)} 行中 ${show(p.above)} 行）：得分或分值可能不是按分计，不报分值与得分问题，请人工核对`,
    roles: { weight: "分值" },
    evidence: { total: (value) => `各项之和等于合计 ${show(value)}`, parents: (value) => `${show(value)} 组之和等于上级分值` },
  },
  "en-US": {
    "no-indicator-rows": () => "No indicator rows under the header",
    "no-total-row": () => "No total row (总分/合计)",
    "column-by-content": (p) =>
      `Column ${show(p.column)} (header “${show(p.header)}”) read by its content as ${NOTE_WORDS["en-US"].roles[p.role]}: ${NOTE_WORDS["en-US"].evidence[p.evidence](p.value)}`,
    "relative-weights": (p) => `Weights are percentages of their parent (${show(p.example)}): each parent's children are checked to add up to 100%, not summed as points`,
    "weights-inconsistent": (p) => `The weights do not add up under any reading (${show(p.failed)} parents disagree): no weight findings; please check by hand`,
    "scores-above-weights": (p) =>
      `Most scores exceed their row's weight (${show(p.above)} of ${show(p.count)} rows): scores or weights may not be points; no weight or score findings; please check by hand`,
    roles: { weight: "weights" },
    evidence: { total: (value) => `the rows add up to the total ${show(value)}`, parents: (value) => `${show(value)} groups add up to their parents' weights` },
  },
};

type Render = (p: TableNote["params"]) => string;

/** The sentence a person reads for a table note, in the chosen language. */
export function renderNote(note: TableNote, language: Language = "zh-CN"): string {
  // The catalog's type pairs each code with its own parameters; a note's union type loses that pairing.
  return (NOTE_WORDS[language][note.code] as Render)(note.params);
}
