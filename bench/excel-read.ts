/**
 * Validation reads through the Excel host against the strict stand-in (5,000,000 bytes per response, 512 merged
 * areas per call): a 1,000-table workbook of stacked 自评表 with about 30 merges each, and one 评分表 of 50,000
 * rows with over 1,000 merges on its sheet. Prints one JSON list: per workload the syncs, the largest response and
 * the most merged areas one call returned. Usage: node excel-read.js
 */
import { checkWorkbook } from "../src/core/engine";
import type { Cell, MergedArea, SheetSnapshot, WorkbookSnapshot } from "../src/core/snapshot";
import { ExcelHost } from "../src/hosts/excel/excel-host";
import { mergeArea, selfEvaluationRows, SELF_EVALUATION_MERGES, sheetFromRows } from "../test/helpers/grid";
import { standInGlobals, StandInWorkbook } from "../test/stand-in/excel-stand-in";

const TABLES = 1000;
const TABLES_PER_SHEET = 100;
const SCORING_ROWS = 50_000;

/**
 * One 自评表 as in the samples: the standard layout widened by two columns, where the remarks (偏差原因) of the funds
 * and indicator rows span I:K, and two note rows under the table; 29 merged areas.
 */
function selfEvaluation(): SheetSnapshot {
  const rows = selfEvaluationRows();
  rows.push(["说明：得分保留两位小数"], ["填报人：张三"]);
  const remarks = [4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 16, 17, 18].map((r) => `I${r}:K${r}`);
  return sheetFromRows("表", rows, [...SELF_EVALUATION_MERGES, ...remarks, "A20:K20", "A21:K21"]);
}

/** `count` tables stacked on one sheet, one blank row between them. */
function stacked(name: string, table: SheetSnapshot, count: number, height: number): SheetSnapshot {
  const shift = <T extends { row: number }>(x: T, by: number) => ({ ...x, row: x.row + by });
  const cells: Cell[] = [];
  const merges: MergedArea[] = [];
  for (let i = 0; i < count; i++) {
    cells.push(...table.cells.map((c) => shift(c, i * height)));
    merges.push(...table.merges.map((m) => ({ ...m, top: m.top + i * height, bottom: m.bottom + i * height })));
  }
  return { name, cells, merges };
}

function selfEvaluationWorkbook(): WorkbookSnapshot {
  const table = selfEvaluation();
  const height = Math.max(...table.cells.map((c) => c.row)) + 2;
  return { sheets: Array.from({ length: TABLES / TABLES_PER_SHEET }, (_, i) => stacked(`自评表${i + 1}`, table, TABLES_PER_SHEET, height)) };
}

/** One 指标体系及评分表: a 一级指标 merged over its group, a 二级指标 merged over every 40 rows. */
function scoringWorkbook(): WorkbookSnapshot {
  const groups = ["部门决策", "部门管理", "部门产出", "部门效益"];
  const perGroup = SCORING_ROWS / groups.length;
  const weight = 100 / SCORING_ROWS;
  const cells: Cell[] = [];
  const merges: MergedArea[] = [];
  const put = (row: number, col: number, value: Cell["value"], extra: Partial<Cell> = {}) => cells.push({ row, col, value, ...extra });
  put(0, 0, "部门整体支出绩效评价指标体系及评分表");
  merges.push(mergeArea("A1:G1"));
  ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分", "扣分原因"].forEach((h, c) => put(1, c, h));
  groups.forEach((g, gi) => {
    const top = 2 + gi * perGroup;
    put(top, 0, g);
    merges.push({ top, left: 0, bottom: top + perGroup - 1, right: 0 });
    for (let i = 0; i < perGroup; i++) {
      const row = top + i;
      if (i % 40 === 0) {
        put(row, 1, `${g}二级${i / 40 + 1}`);
        merges.push({ top: row, left: 1, bottom: Math.min(row + 39, top + perGroup - 1), right: 1 });
      }
      put(row, 2, `${g}指标${i + 1}`);
      put(row, 3, weight);
      put(row, 4, "按完成情况评分");
      put(row, 5, weight);
    }
  });
  const last = 2 + SCORING_ROWS;
  put(last, 0, "合计");
  put(last, 3, 100, { formula: `SUM(D3:D${last})` });
  put(last, 5, 100, { formula: `SUM(F3:F${last})` });
  return { sheets: [{ name: "指标体系及评分表", cells, merges }] };
}

async function measure(workload: string, snapshot: WorkbookSnapshot) {
  const wb = StandInWorkbook.fromSnapshot(snapshot);
  Object.assign(globalThis, standInGlobals(wb));
  const read = await new ExcelHost().read("workbook");
  return {
    workload,
    tables: checkWorkbook(read.snapshot).tables.length,
    mergedAreas: snapshot.sheets.reduce((n, s) => n + s.merges.length, 0),
    syncs: read.syncs,
    maxResponseBytes: wb.maxResponseBytes,
    maxMergedAreasPerCall: wb.maxMergedAreasPerCall,
  };
}

async function main(): Promise<void> {
  const list = [
    await measure(`self-evaluation ${TABLES} stacked`, selfEvaluationWorkbook()),
    await measure(`scoring ${SCORING_ROWS} rows`, scoringWorkbook()),
  ];
  process.stdout.write(JSON.stringify(list));
}

void main();
