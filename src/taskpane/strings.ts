/**
 * The task pane's user-facing strings, one catalog for every language. zh-CN is the reference: its keys
 * define {@link StringKey}, and every other language must translate every key (the compiler checks).
 */

const zhCN = {
  appTitle: "绩效表校验助手",
  appSubtitle: "预算绩效表格校验",
  introText:
    "本加载项用于检查当前工作簿中的预算绩效表格（项目绩效目标表、项目支出绩效自评表、指标体系及评分表、绩效评价结论一览表），找出财政部门审核时常见的错误，并定位到需要修改的单元格。",
  checksHeading: "检查内容",
  checkWeightsAndScores: "分值与得分：得分是否超过分值，合计、总分与各项之和是否一致，评价等级是否与总分相符。",
  checkFunds: "资金：年度资金总额与各来源之和，执行率及其得分。",
  checkIndicators: "绩效指标：未完成的指标是否仍得满分，是否填写偏差原因，指标是否齐全。",
  connecting: "正在连接 Excel…",
  outsideOfficeTitle: "请在 Excel 中打开本加载项",
  outsideOfficeNoHost:
    "此页面是 Excel 加载项的任务窗格，需要在 Excel（桌面版或网页版）中通过“开始”选项卡上的“校验绩效表”按钮打开。",
  outsideOfficeNoOfficeJs:
    "未能加载 Office.js。如果所在网络无法访问微软的 CDN，请使用内网版本（构建时设置 OFFICE_JS=local）。",
} as const;

/** A key of the string catalog. */
export type StringKey = keyof typeof zhCN;

export type Locale = "zh-CN" | "en-US";

export const DEFAULT_LOCALE: Locale = "zh-CN";

export const strings: Record<Locale, Record<StringKey, string>> = {
  "zh-CN": zhCN,
  "en-US": {
    appTitle: "Performance Table Checker",
    appSubtitle: "Checks for budget performance tables",
    introText:
      "This add-in checks the budget performance tables in the current workbook (project target tables, project self-evaluation tables, indicator scoring tables and evaluation summaries), finds the mistakes that finance bureaus send back, and points to the cells to fix.",
    checksHeading: "What is checked",
    checkWeightsAndScores:
      "Weights and scores: scores above their weights, totals that differ from the sum of their parts, grades that contradict the total score.",
    checkFunds: "Funds: the annual total against its sources, the execution rate and its score.",
    checkIndicators:
      "Indicators: full marks for missed targets, missing deviation reasons, missing indicator categories.",
    connecting: "Connecting to Excel…",
    outsideOfficeTitle: "Please open this add-in in Excel",
    outsideOfficeNoHost:
      "This page is the task pane of an Excel add-in. Open it in Excel (desktop or on the web) with the Check Tables button on the Home tab.",
    outsideOfficeNoOfficeJs:
      "Office.js could not be loaded. If this network cannot reach Microsoft's CDN, use the intranet build (built with OFFICE_JS=local).",
  },
};
