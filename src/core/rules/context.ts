import type { SheetGrid } from "../grid";
import type { FundsLine, IndicatorRow, IndicatorTable, ProjectFormTable, Table, TableKind, TableOf, TotalRow } from "../model";
import { INDICATOR_TABLE_KINDS, isKindOf, PROJECT_FORM_KINDS } from "../table-kinds";
import type { Profile } from "../profile/schema";
import { isWord, remember } from "../detect/headers";
import { leafLabel } from "../detect/labels";

export { leafLabel } from "../detect/labels";

export interface WorkbookTables {
  tables: Table[];
  grids: Map<string, SheetGrid>;
}

/** What a rule checks: a table of one of the kinds it applies to, on its sheet, in its workbook. */
export interface RuleContext<K extends TableKind = TableKind> {
  table: TableOf<K>;
  grid: SheetGrid;
  profile: Profile;
  workbook: WorkbookTables;
}

/** Rows that carry a weight of their own (not a parent's): the leaves a table's totals are made of. */
export function leafRows(table: Table): IndicatorRow[] {
  if (!isKindOf(table, INDICATOR_TABLE_KINDS)) return [];
  let rows = leaves.get(table);
  if (!rows) leaves.set(table, (rows = table.rows.filter((r) => r.weight?.value !== undefined && r.parentLevel === undefined)));
  return rows;
}

const leaves = new WeakMap<IndicatorTable, IndicatorRow[]>();

/** The table's 总分/合计 row, in the kinds that have one. */
export function declaredTotal(table: Table): TotalRow | undefined {
  return "total" in table ? table.total : undefined;
}

/** The funds block's 年度资金总额 line, which carries the 执行率 weight and score of a 自评表. */
export function executionLine(table: Table): FundsLine | undefined {
  if (!isKindOf(table, PROJECT_FORM_KINDS)) return undefined;
  return table.funds.find((l) => l.role === "total");
}

/**
 * The source lines under the funds total, one list per breakdown: by source, or, when the total is broken down
 * more than one way (按收入性质分 / 按支出性质分), each way on its own. Each adds up to the total.
 */
export function fundsBreakdowns(table: ProjectFormTable): FundsLine[][] {
  const byBreakdown = new Map<number, FundsLine[]>();
  for (const line of table.funds) {
    if (line.role === "total") continue;
    const key = line.breakdown ?? 0;
    let lines = byBreakdown.get(key);
    if (!lines) byBreakdown.set(key, (lines = []));
    lines.push(line);
  }
  return [...byBreakdown.values()];
}

export type Category = keyof Profile["synonyms"]["categories"];

const CORE_WORDS: Record<Category, string[]> = {
  output: ["产出"],
  benefit: ["效益", "效果"],
  satisfaction: ["满意度"],
  quantity: ["数量"],
  quality: ["质量"],
  timeliness: ["时效", "进度"],
  cost: ["成本"],
};

const CATEGORIES = Object.keys(CORE_WORDS) as Category[];

/** The categories a label names by one of their synonyms, and those whose core word it starts with. */
interface Naming {
  exact: Category[];
  core: Category[];
}

/** Namings by label, per profile: the same few 一级/二级 names recur on every row of every table. */
const namings = new WeakMap<Profile, Map<string, Naming>>();

function naming(name: string, profile: Profile): Naming {
  let memo = namings.get(profile);
  if (!memo) namings.set(profile, (memo = new Map()));
  let found = memo.get(name);
  if (!found) {
    found = {
      exact: CATEGORIES.filter((c) => isWord(name, profile.synonyms.categories[c], profile)),
      core: CATEGORIES.filter((c) => CORE_WORDS[c].some((w) => name.startsWith(w) || name.startsWith(`产出${w}`))),
    };
    remember(memo, name, found);
  }
  return found;
}

/** The category a 一级/二级 label names: exact synonym first, then the core word at the start (`产出数量`). */
export function categoryOf(name: string | undefined, candidates: Category[], profile: Profile): Category | undefined {
  if (!name) return undefined;
  const { exact, core } = naming(name, profile);
  return candidates.find((c) => exact.includes(c)) ?? candidates.find((c) => core.includes(c));
}

/** A row's name as written (line breaks and runs of spaces made single spaces), for messages. */
export function rowName(row: IndicatorRow): string {
  return leafLabel(row)?.text.replace(/\s+/g, " ") ?? "";
}
