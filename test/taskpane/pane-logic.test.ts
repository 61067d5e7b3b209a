import { checkWorkbook } from "../../src/core/engine";
import { HostWriteError } from "../../src/hosts/host";
import { formatNumber, formatPercent, formatValue } from "../../src/taskpane/format";
import { findingsByTable } from "../../src/report/by-table";
import { sheetsWithoutTables } from "../../src/taskpane/results";
import { countBySeverity } from "../../src/taskpane/severity";
import { initialPaneState, paneReducer, type Notice, type PaneState, type Validation } from "../../src/taskpane/state/pane-state";
import { failureNotice } from "../../src/taskpane/state/use-pane";
import { workbookWithProblems } from "./fixtures";

const check = checkWorkbook(workbookWithProblems());

describe("results", () => {
  it("finds a table's findings and counts them by severity", () => {
    const findingsOf = findingsByTable(check.findings);
    expect(countBySeverity(findingsOf(check.tables[0]))).toEqual({ error: 1, warning: 2, info: 1 });
    expect(findingsOf({ sheet: "自评表", range: "A30:I40" })).toEqual([]);
  });

  it("lists the sheets without tables with why, as a catalog key", () => {
    expect(sheetsWithoutTables(check)).toEqual([
      { sheet: "说明", noteKey: "sheetNoteNoHeader" },
      { sheet: "空表", noteKey: "sheetNoteEmpty" },
    ]);
  });
});

describe("formatting", () => {
  it.each([
    [96, "96"],
    [949.821024, "949.821024"],
    [0.1 + 0.2, "0.3"],
    [-3.5, "-3.5"],
  ])("number %p → %s", (n, text) => expect(formatNumber(n)).toBe(text));

  it("shows ratios as percentages and cell values as text", () => {
    expect(formatPercent(0.8619)).toBe("86.19%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatValue(null, "（空）")).toBe("（空）");
    expect(formatValue("", "（空）")).toBe("（空）");
    expect(formatValue({ error: "#REF!" }, "")).toBe("#REF!");
    expect(formatValue("优", "")).toBe("优");
    expect(formatValue(true, "")).toBe("true");
  });
});

describe("pane state", () => {
  const validation: Validation = { scope: "workbook", check, flags: [], protectedSheets: [] };
  const validated: PaneState = { ...initialPaneState(), validation };

  it("is busy with one operation at a time, and a new one clears the last one's notices", () => {
    const withNotice: PaneState = { ...validated, notices: [{ kind: "cleared", record: "read", restored: 2, kept: 0 }] };
    expect(paneReducer(withNotice, { type: "start", operation: "flag" })).toEqual({ ...validated, busy: "flag", notices: [] });
  });

  it("knows when a validation has read the workbook and checks its sheets, until the operation ends", () => {
    const started = paneReducer({ ...validated, checking: 5 }, { type: "start", operation: "validate" });
    expect(started.checking).toBeUndefined();
    const checking = paneReducer(started, { type: "checking", sheets: 3 });
    expect(checking).toEqual({ ...started, checking: 3 });
    expect(paneReducer(checking, { type: "validated", validation, notices: [] }).checking).toBeUndefined();
    expect(paneReducer(checking, { type: "failed", notices: [] }).checking).toBeUndefined();
    expect(paneReducer(checking, { type: "done", notices: [] }).checking).toBeUndefined();
    expect(paneReducer(checking, { type: "flagsCleared", notices: [] }).checking).toBeUndefined();
  });

  it("keeps the validation when an operation fails, and forgets the flag record once cleared", () => {
    const flagged: PaneState = { ...validated, busy: "clear", validation: { ...validation, flags: [{ sheet: "自评表", cell: "H19", originalFill: null, noteAdded: true }] } };
    expect(paneReducer(flagged, { type: "flagsCleared", notices: [{ kind: "cleared", record: "read", restored: 2, kept: 0 }] }).validation?.flags).toEqual([]);
    const failed = paneReducer(flagged, { type: "failed", notices: [failureNotice("clear", new Error("x"))] });
    expect(failed.busy).toBeNull();
    expect(failed.validation).toBe(flagged.validation);
  });

  it("reports a selection failure without ending a running operation", () => {
    const busy: PaneState = { ...validated, busy: "writeBack" };
    expect(paneReducer(busy, { type: "notify", notices: [failureNotice("select", new Error("x"))] }).busy).toBe("writeBack");
  });

  it("keeps the validation after inserting a template, which changes nothing validated", () => {
    const inserting: PaneState = { ...validated, busy: "insertTemplate" };
    const refused: Notice = { kind: "templateRefused", range: "数据!A1:E23", occupied: ["B2"], occupiedCount: 1 };
    expect(paneReducer(inserting, { type: "done", notices: [refused] })).toEqual({ ...validated, notices: [refused] });
  });

  it("dismisses one notice", () => {
    const two: PaneState = { ...validated, notices: [{ kind: "written", written: 1, skipped: 0 }, { kind: "cleared", record: "read", restored: 2, kept: 0 }] };
    expect(paneReducer(two, { type: "dismiss", index: 0 }).notices).toEqual([{ kind: "cleared", record: "read", restored: 2, kept: 0 }]);
  });
});

describe("failure notices", () => {
  it("lists the cells a HostWriteError names, with their values before when known", () => {
    const before = new Map([["自评表!H19", 90]]);
    expect(failureNotice("writeBack", new HostWriteError("x", ["自评表!H19", "自评表!H20"]), before)).toEqual({
      kind: "failed",
      operation: "writeBack",
      message: "x",
      changed: [{ address: "自评表!H19", before: 90 }, { address: "自评表!H20" }],
    });
  });

  it("says nothing was changed for any other error, which the host raises before it writes", () => {
    expect(failureNotice("flag", new TypeError("boom"))).toEqual({ kind: "failed", operation: "flag", message: "boom", changed: [] });
    expect(failureNotice("validate", "a string")).toEqual({ kind: "failed", operation: "validate", message: "a string", changed: [] });
  });
});
