import ExcelJS from "exceljs";

/** Indicator rows of a generated 自评表: 16 rows over the usual groups, weights adding up to 90 (+10 执行率). */
const INDICATORS: [string, string, string, string, string, number, number][] = [
  ["产出指标", "数量指标", "改造楼数", "35栋", "35栋", 5, 5],
  ["产出指标", "数量指标", "覆盖户数", "≥800户", "820户", 5, 5],
  ["产出指标", "数量指标", "培训人次", "≥200人次", "180人次", 5, 4.5],
  ["产出指标", "质量指标", "验收合格率", "≥95%", "100%", 5, 5],
  ["产出指标", "质量指标", "资料完整率", "100%", "100%", 5, 5],
  ["产出指标", "质量指标", "工程质量", "符合", "符合", 5, 5],
  ["产出指标", "时效指标", "完成时间", "≤12月", "11月", 5, 5],
  ["产出指标", "时效指标", "资金拨付时间", "≤10月", "9月", 5, 5],
  ["产出指标", "成本指标", "全年总成本", "≤100万元", "98万元", 5, 5],
  ["产出指标", "成本指标", "单位成本", "≤1.2万元/栋", "1.1万元/栋", 5, 5],
  ["效益指标", "社会效益指标", "居住条件改善", "优良中差", "优", 10, 9],
  ["效益指标", "社会效益指标", "安全隐患消除", "≥90%", "95%", 5, 5],
  ["效益指标", "生态效益指标", "节能率", "≥10%", "12%", 5, 5],
  ["效益指标", "可持续影响指标", "设施使用年限", "≥10年", "10年", 10, 10],
  ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "93%", 5, 5],
  ["满意度指标", "服务对象满意度指标", "投诉率", "≤5%", "2%", 5, 4],
];


/** Writes one 自评表 with its top-left at `top` (1-based row); returns the row after it. */
function writeSelfEvaluation(ws: ExcelJS.Worksheet, top: number, n: number): number {
  const r = (i: number) => top + i;
  ws.mergeCells(r(0), 1, r(0), 9);
  ws.getCell(r(0), 1).value = "项目支出绩效自评表";
  ws.getCell(r(1), 1).value = "（2023年度）";
  ws.getCell(r(2), 1).value = "项目名称";
  ws.getCell(r(2), 2).value = `基准项目${n}`;
  ["项目资金（万元）", null, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].forEach((v, j) => {
    if (v) ws.getCell(r(3), j + 1).value = v;
  });
  const budget = 100 + (n % 7);
  const spent = budget * 0.95;
  ws.getCell(r(4), 2).value = "年度资金总额";
  ws.getCell(r(4), 3).value = { formula: `SUM(C${r(5)}:C${r(7)})`, result: budget };
  ws.getCell(r(4), 4).value = { formula: `SUM(D${r(5)}:D${r(7)})`, result: budget };
  ws.getCell(r(4), 5).value = { formula: `SUM(E${r(5)}:E${r(7)})`, result: spent };
  ws.getCell(r(4), 6).value = 10;
  ws.getCell(r(4), 7).value = { formula: `E${r(4)}/D${r(4)}`, result: 0.95 };
  ws.getCell(r(4), 8).value = { formula: `ROUND(MIN(G${r(4)},1)*F${r(4)},2)`, result: 9.5 };
  [["其中：当年财政拨款", budget, spent], ["上年结转资金", 0, 0], ["其他资金", 0, 0]].forEach(([label, b, s], i) => {
    ws.getCell(r(5 + i), 2).value = label;
    ws.getCell(r(5 + i), 3).value = b;
    ws.getCell(r(5 + i), 4).value = b;
    ws.getCell(r(5 + i), 5).value = s;
  });
  ws.mergeCells(r(3), 1, r(7), 1);
  ws.getCell(r(8), 1).value = "年度总体目标";
  ws.getCell(r(8), 2).value = "预期目标";
  ws.getCell(r(8), 6).value = "实际完成情况";
  ws.getCell(r(9), 2).value = `完成基准项目${n}的全部改造任务`;
  ws.getCell(r(9), 6).value = `基准项目${n}已完成改造并通过验收`;
  // A blank row between the goal block and the indicator header, as some templates have.
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].forEach((v, j) => {
    ws.getCell(r(11), j + 1).value = v;
  });
  // 一级 and 二级 labels merged down over their rows, 绩效指标 over the whole block, as in the samples.
  ws.mergeCells(r(11), 1, r(11 + INDICATORS.length), 1);
  const lastOfRun = (i: number, level: 0 | 1) => {
    let last = i;
    while (INDICATORS[last + 1]?.[level] === INDICATORS[i][level]) last++;
    return last;
  };
  INDICATORS.forEach(([l1, l2, l3, target, actual, weight, score], i) => {
    const row = r(12 + i);
    const prev = INDICATORS[i - 1];
    for (const level of [0, 1] as const) {
      if (prev && prev[level] === INDICATORS[i][level]) continue;
      ws.getCell(row, 2 + level).value = level === 0 ? l1 : l2;
      const last = lastOfRun(i, level);
      if (last > i) ws.mergeCells(row, 2 + level, r(12 + last), 2 + level);
    }
    ws.getCell(row, 4).value = l3;
    ws.getCell(row, 5).value = target;
    ws.getCell(row, 6).value = actual;
    ws.getCell(row, 7).value = weight;
    ws.getCell(row, 8).value = score;
  });
  const total = r(12 + INDICATORS.length);
  ws.getCell(total, 1).value = "总分";
  ws.getCell(total, 7).value = { formula: `F${r(4)}+SUM(G${r(12)}:G${total - 1})`, result: 100 };
  ws.getCell(total, 8).value = { formula: `H${r(4)}+SUM(H${r(12)}:H${total - 1})`, result: 97 };
  return total + 3;
}

/** A workbook of `count` 自评表, spread over sheets of `perSheet` stacked tables. */
export async function selfEvaluationWorkbook(count: number, perSheet = 10): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  let ws: ExcelJS.Worksheet | undefined;
  let next = 1;
  for (let n = 0; n < count; n++) {
    if (n % perSheet === 0) {
      ws = wb.addWorksheet(`自评表${n / perSheet + 1}`);
      next = 1;
    }
    if (ws) next = writeSelfEvaluation(ws, next, n);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * One scoring sheet of `rows` indicator rows under 部门决策/部门管理/部门产出/部门效益, each parent declaring its weight in
 * its label (`部门决策（25分）`, a 二级 every 50 rows `部门决策二级1（0.1分）`), so that weight-sum adds every group up.
 */
export async function scoringWorkbook(rows: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("指标体系及评分表");
  ws.addRow(["部门整体支出绩效评价指标体系及评分表"]);
  ws.addRow(["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分", "扣分原因"]);
  const groups = ["部门决策", "部门管理", "部门产出", "部门效益"];
  const perGroup = Math.ceil(rows / groups.length);
  const weight = 100 / (perGroup * groups.length);
  const points = (n: number) => `（${Math.round(n * weight * 1e6) / 1e6}分）`;
  let written = 0;
  groups.forEach((g) => {
    const inGroup = Math.min(perGroup, rows - written);
    for (let i = 0; i < perGroup && written < rows; i++, written++) {
      const level2 = i % 50 === 0 ? `${g}二级${i / 50 + 1}${points(Math.min(50, inGroup - i))}` : null;
      ws.addRow([i === 0 ? `${g}${points(inGroup)}` : null, level2, `${g}指标${i + 1}`, weight, "按完成情况评分", weight, null]);
    }
  });
  const last = ws.rowCount;
  ws.addRow(["合计", null, null, { formula: `SUM(D3:D${last})`, result: 100 }, null, { formula: `SUM(F3:F${last})`, result: 100 }]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const WORKLOADS = ["self-evaluation", "one-sheet", "scoring"] as const;
export type Workload = (typeof WORKLOADS)[number];

/** A bench workbook: `size` 自评表 ten to a sheet, or all on one sheet, or a scoring sheet of `size` rows. */
export function workloadWorkbook(kind: Workload, size: number): Promise<Buffer> {
  if (kind === "scoring") return scoringWorkbook(size);
  return selfEvaluationWorkbook(size, kind === "one-sheet" ? size : 10);
}
