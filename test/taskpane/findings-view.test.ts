import { checkWorkbook } from "../../src/core/engine";
import type { Finding } from "../../src/core/findings";
import { renderMessage } from "../../src/core/messages";
import {
  findingKey, findingMatches, findingsView, groupBySeverity, groupsOf, rowsByKey, sheetGroupKey, tableGroupKey,
} from "../../src/taskpane/findings-view";
import { workbookWithProblems } from "./fixtures";

const check = checkWorkbook(workbookWithProblems());
const all = () => true;
const severities = (findings: readonly Finding[]) => findings.map((f) => f.severity);

describe("the findings list", () => {
  it("puts errors first, then warnings, then hints, within each table", () => {
    const groups = groupBySeverity(check, check.findings);
    expect(groups.map((g) => g.sheet)).toEqual(["自评表"]);
    expect(groups[0].tables.map((t) => t.table?.range)).toEqual(["A1:I19"]);
    expect(severities(groups[0].tables[0].rows.map((r) => r.finding))).toEqual(["error", "warning", "warning", "info"]);
  });

  it("orders sheets and tables by their worst finding, then as the workbook has them", () => {
    const hint: Finding = { ...check.findings.find((f) => f.severity === "info")!, sheet: "前表", table: undefined };
    const warning: Finding = { ...check.findings.find((f) => f.severity === "warning")!, sheet: "后表", table: undefined };
    const groups = groupBySeverity(check, [hint, warning, ...check.findings]);
    expect(groups.map((g) => [g.sheet, g.worst, g.count])).toEqual([
      ["自评表", "error", 4],
      ["后表", "warning", 1],
      ["前表", "info", 1],
    ]);
  });

  it("lists sheet and table headings before their findings, and leaves out the findings of a folded group", () => {
    const groups = groupBySeverity(check, check.findings);
    const open = findingsView(groups, new Set(), all);
    expect(open.rows.map((r) => r.kind)).toEqual(["sheet", "table", "finding", "finding", "finding", "finding"]);
    expect(open.order).toHaveLength(4);

    const table = findingsView(groups, new Set([tableGroupKey("自评表", "A1:I19")]), all);
    expect(table.rows.map((r) => [r.kind, "collapsed" in r ? r.collapsed : null])).toEqual([["sheet", false], ["table", true]]);
    // Folded findings are still walked by 上一个/下一个 (which unfolds them).
    expect(table.order.map((r) => r.key)).toEqual(open.order.map((r) => r.key));

    const sheet = findingsView(groups, new Set([sheetGroupKey("自评表")]), all);
    expect(sheet.rows.map((r) => r.kind)).toEqual(["sheet"]);
    expect(groupsOf(check.findings[0])).toEqual([sheetGroupKey("自评表"), tableGroupKey("自评表", "A1:I19")]);
  });

  it("filters by one severity and by search words in the cell, sheet or message; counts follow the filter", () => {
    const groups = groupBySeverity(check, check.findings);
    const message = (f: Finding) => renderMessage(f, "zh-CN");
    const warnings = findingsView(groups, new Set(), (f) => findingMatches(f, "warning", "", () => message(f)));
    expect(severities(warnings.order.map((r) => r.finding))).toEqual(["warning", "warning"]);
    expect(warnings.rows[0]).toMatchObject({ kind: "sheet", count: 2, worst: "warning" });

    const scoreTotal = check.findings.find((f) => f.rule === "score-total")!;
    const byCell = findingsView(groups, new Set(), (f) => findingMatches(f, "all", `自评表!${scoreTotal.cell}`, () => message(f)));
    expect(byCell.order.map((r) => r.finding)).toEqual([scoreTotal]);
    const byWords = findingsView(groups, new Set(), (f) => findingMatches(f, "all", message(scoreTotal).slice(0, 6), () => message(f)));
    expect(byWords.order.map((r) => r.finding)).toContain(scoreTotal);
    expect(findingsView(groups, new Set(), (f) => findingMatches(f, "all", "没有这样的词", () => message(f))).rows).toEqual([]);
  });

  it("renders no message while there is nothing to search for", () => {
    const groups = groupBySeverity(check, check.findings);
    const rendered: Finding[] = [];
    const view = findingsView(groups, new Set(), (f) => findingMatches(f, "all", "  ", () => (rendered.push(f), renderMessage(f, "zh-CN"))));
    expect(view.order).toHaveLength(check.findings.length);
    expect(rendered).toEqual([]);
  });

  it("gives two findings alike in sheet, cell, rule and detail keys of their own, whatever the filter shows", () => {
    const twice = [check.findings[0], { ...check.findings[0] }];
    const groups = groupBySeverity(check, twice);
    const view = findingsView(groups, new Set(), all);
    expect(view.order.map((r) => r.key)).toEqual([findingKey(twice[0]), `${findingKey(twice[0])}#1`]);
    expect(findingsView(groups, new Set(), (f) => f === twice[1]).order.map((r) => r.key)).toEqual([`${findingKey(twice[0])}#1`]);
  });

  it("makes each finding's line once: filters, searches and folds show the same lines, found again by key", () => {
    const groups = groupBySeverity(check, check.findings);
    const open = findingsView(groups, new Set(), all);
    const errors = findingsView(groups, new Set(), (f) => f.severity === "error");
    const folded = findingsView(groups, new Set([tableGroupKey("自评表", "A1:I19")]), all);
    expect(errors.order.length).toBeGreaterThan(0);
    expect(errors.order.every((row) => open.order.includes(row))).toBe(true);
    expect(folded.order.every((row, i) => row === open.order[i])).toBe(true);
    const byKey = rowsByKey(groups);
    expect(byKey.size).toBe(check.findings.length);
    for (const row of open.order) expect(byKey.get(row.key)).toBe(row);
  });
});
