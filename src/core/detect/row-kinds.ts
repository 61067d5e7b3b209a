import { showsNothing, type SheetGrid } from "../grid";
import type { TextCell } from "../model";
import type { Profile } from "../profile/schema";
import type { Cell } from "../snapshot";
import { formsAreWord, headerRole, wordForms } from "./headers";
import type { HeaderInfo } from "./header-row";
import { textCell } from "./labels";

/**
 * What one row of a sheet is, read once per sheet: the evidence detection (where tables start and end) and reading
 * (which row is the total, the grade, a title) decide from. Probes ask it instead of scanning the row's cells again.
 */
export interface RowKind {
  /** Nothing shows in the row: no value, or only white space. */
  blank: boolean;
  /** A cell holds a number (a header row never does). */
  numbers: boolean;
  /** Cells showing text, and how many of those name a column role (`一级指标`, `分值`): a header's evidence. */
  texts: number;
  roles: number;
  /** The row's one text, when a single cell shows any, and the width of its merge. */
  sole: { text: string; width: number } | undefined;
  /** Its one text names a kind of table (`项目支出绩效自评表`): a new table starts there. */
  title: boolean;
  /** A title or section title (`绩效指标执行情况`): one text naming a table or spanning it, not a form line or a subtitle. */
  heading: boolean;
  /** Columns of the cells labelled as a total (`合计`, `总分`), left to right. */
  totals: readonly number[];
  /** Columns of the cells labelled as a grade (`等级`), left to right. */
  grades: readonly number[];
}

const NONE: readonly number[] = [];
const BLANK: RowKind = { blank: true, numbers: false, texts: 0, roles: 0, sole: undefined, title: false, heading: false, totals: NONE, grades: NONE };

/** A row of one text naming a kind of table. */
function namesTable(text: string, titleWords: readonly string[]): boolean {
  for (const w of titleWords) if (text.includes(w)) return true;
  return false;
}

/** A title, or one text spanning the table; never a form line (`附件2`, `填报单位：…`, `报表编号：…`) nor a subtitle (`（2023年度）`). */
function isHeading(sole: { text: string; width: number }, title: boolean): boolean {
  const t = sole.text;
  if (t.length < 4 || /[:：]/.test(t) || /^[(（].*[)）]$/.test(t) || /^附件/.test(t)) return false;
  return title || sole.width >= 3;
}

/** The cell shows its own value: no merge covers it from another cell. */
function showsItself(grid: SheetGrid, c: Cell): boolean {
  const m = grid.merge(c.row, c.col);
  return !m || (m.top === c.row && m.left === c.col);
}

/** The compact text shown at a cell of the row. */
function compactShown(grid: SheetGrid, c: Cell): string {
  return showsItself(grid, c) ? grid.compactOf(c) : grid.compact(c.row, c.col);
}

function classify(grid: SheetGrid, row: number, profile: Profile, titleWords: readonly string[]): RowKind {
  const cells = grid.rowCells(row);
  const { totalLabels, gradeLabels } = profile.synonyms;
  let blank = true;
  let numbers = false;
  let texts = 0;
  let lastText = -1;
  let totals: number[] | undefined;
  let grades: number[] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (blank && !showsNothing(c)) blank = false;
    if (typeof c.value === "number") numbers = true;
    if (typeof c.value === "number" && showsItself(grid, c)) {
      // A number shows as digits (or a date): text that is never a label, not worth folding.
      texts++;
      lastText = i;
      continue;
    }
    const t = compactShown(grid, c);
    if (!t) continue;
    texts++;
    lastText = i;
    const forms = wordForms(t);
    if (formsAreWord(forms, totalLabels, profile)) (totals ??= []).push(c.col);
    if (formsAreWord(forms, gradeLabels, profile)) (grades ??= []).push(c.col);
  }
  let roles = 0;
  // Roles matter only where a header may start: rows of texts alone.
  if (!numbers) for (const c of cells) if (headerRole(compactShown(grid, c), profile)) roles++;
  let sole: RowKind["sole"];
  if (texts === 1) {
    const c = cells[lastText];
    const m = grid.merge(c.row, c.col);
    sole = { text: compactShown(grid, c), width: m ? m.right - m.left + 1 : 1 };
  }
  const title = sole !== undefined && namesTable(sole.text, titleWords);
  return {
    blank,
    numbers,
    texts,
    roles,
    sole,
    title,
    heading: sole !== undefined && isHeading(sole, title),
    totals: totals ?? NONE,
    grades: grades ?? NONE,
  };
}

interface SheetRows {
  profile: Profile;
  /** By row index; absent for rows without cells. */
  kinds: (RowKind | undefined)[];
}

const sheets = new WeakMap<SheetGrid, SheetRows>();

/** Every occupied row of the sheet classified, in one pass the first time the sheet is asked about (per profile). */
function sheetRows(grid: SheetGrid, profile: Profile): SheetRows {
  let found = sheets.get(grid);
  if (found?.profile === profile) return found;
  const titleWords = Object.values(profile.synonyms.titles).flat();
  const kinds: RowKind[] = [];
  for (const r of grid.occupiedRows()) kinds[r] = classify(grid, r, profile, titleWords);
  found = { profile, kinds };
  sheets.set(grid, found);
  return found;
}

/** What the row is; a row without cells is blank. */
export function rowKind(grid: SheetGrid, row: number, profile: Profile): RowKind {
  return sheetRows(grid, profile).kinds[row] ?? BLANK;
}

/** A row that may open a header band: texts only, several of them, at least one naming a column role (not a title line). */
export function mayStartHeader(kind: RowKind): boolean {
  return !kind.numbers && kind.texts >= 2 && kind.roles > 0;
}

/** The first of `cols` within the table's columns. */
function within(cols: readonly number[], h: Pick<HeaderInfo, "left" | "right">): number | undefined {
  for (const c of cols) if (c >= h.left && c <= h.right) return c;
  return undefined;
}

/** The total label (`合计`, `总分`) of a row, within the table's columns. */
export function isTotalRow(grid: SheetGrid, row: number, h: HeaderInfo, profile: Profile): TextCell | undefined {
  const col = within(rowKind(grid, row, profile).totals, h);
  return col === undefined ? undefined : textCell(grid, row, col);
}

/** The grade label (`等级`) of a row, within the table's columns. */
export function isGradeRow(grid: SheetGrid, row: number, h: HeaderInfo, profile: Profile): TextCell | undefined {
  const col = within(rowKind(grid, row, profile).grades, h);
  return col === undefined ? undefined : textCell(grid, row, col);
}

/** A 小计 label (compact text): it closes the group above it. */
export function isSubtotalLabel(compact: string, profile: Profile): boolean {
  return profile.synonyms.subtotalLabels.some((w) => compact.endsWith(w));
}
