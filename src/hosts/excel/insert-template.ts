import { cellAddress } from "../../core/snapshot";
import { buildTemplate, offsetLayout, TEMPLATES, type TemplateKind, type TemplateLayout } from "../../core/templates";
import { errorCode, HostError, HostWriteError, TemplateTargetNotEmptyError, type InsertedTemplate, type InsertTemplateOptions } from "../host";
import { uniqueSheetName } from "./sheet-names";
import { firstInputCell, queueLayout, rangeSize, type CurrentSizes } from "./write-layout";

type Sync = () => Promise<void>;

/** How many of the cells in the way the refusal names. */
const MAX_LISTED = 10;

/** What the first sync learns about the selected cell and the area the template would cover from it. */
interface SelectionProbe {
  anchor: Excel.Range;
  sheet: Excel.Worksheet;
  /** The cells holding values or formulas in that area (a null object when there are none). */
  used: Excel.Range;
  columns: Excel.RangeFormat[];
  rows: Excel.RangeFormat[];
}

/** Queues the reads for placing `layout` at the selection's top-left cell. */
function probeSelection(context: Excel.RequestContext, layout: TemplateLayout): SelectionProbe {
  const anchor = context.workbook.getSelectedRange().getCell(0, 0);
  anchor.load("rowIndex,columnIndex");
  const sheet = anchor.worksheet;
  sheet.load("name");
  sheet.protection.load("protected");
  const { rows, cols } = rangeSize(layout.ref);
  const area = anchor.getResizedRange(rows - 1, cols - 1);
  const used = area.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,formulas");
  const load = (format: Excel.RangeFormat, property: string) => format.load(property);
  return {
    anchor,
    sheet,
    used,
    columns: layout.columns.map((_, i) => load(area.getColumn(i).format, "columnWidth")),
    rows: layout.rowHeights.map((h) => load(area.getRow(h.row - 1).format, "rowHeight")),
  };
}

/** The addresses of the cells that hold something, row by row. */
function occupiedCells(used: Excel.Range): string[] {
  if (used.isNullObject) return [];
  const out: string[] = [];
  used.formulas.forEach((row, i) => row.forEach((f, j) => {
    if (f !== "" && f !== null) out.push(cellAddress(used.rowIndex + i, used.columnIndex + j));
  }));
  return out;
}

/** A table as it will be written: the layout in place, and the sheet it goes on. */
interface Placement {
  layout: TemplateLayout;
  sheetName: string;
  /** The existing sheet it goes on, or undefined for a sheet to add. */
  existing?: Excel.Worksheet;
  current?: CurrentSizes;
}

/** The kind's own table at the selection (refused when the area holds data); any other table (评分表) on a new sheet. */
function placeAtSelection(own: TemplateLayout, probe: SelectionProbe): Placement {
  const sheetName = probe.sheet.name;
  const layout = offsetLayout(own, probe.anchor.rowIndex, probe.anchor.columnIndex);
  if (probe.sheet.protection.protected) throw new HostError("SheetProtected", `protected sheet, nothing written: ${sheetName}`, [], [sheetName]);
  const occupied = occupiedCells(probe.used);
  if (occupied.length > 0) throw new TemplateTargetNotEmptyError(sheetName, layout.ref, occupied.slice(0, MAX_LISTED), occupied.length);
  const current: CurrentSizes = {
    columnWidths: new Map(layout.columns.map((c, i) => [c.col, probe.columns[i].columnWidth])),
    rowHeights: new Map(layout.rowHeights.map((h, i) => [h.row, probe.rows[i].rowHeight])),
  };
  return { layout, sheetName, existing: probe.sheet, current };
}

/**
 * Inserts a template in two syncs. The first reads the sheet names (new sheets get unique names such as
 * 项目支出绩效自评表(2), and the 结论一览表's formulas name the 评分表's actual sheet) and, for the selection, its
 * top-left cell and what the template's area holds there. The second writes everything, behind a screen-updating
 * pause, then activates the sheet of the first cell to fill in and selects that cell.
 *
 * Requirement sets, all within the manifest's ExcelApi 1.13 floor: conditional formats 1.6, data validation 1.8,
 * page layout and the screen-updating pause 1.9, used range of a range 1.4, the rest 1.1–1.3.
 */
export async function insertTemplate(context: Excel.RequestContext, kind: TemplateKind, options: InsertTemplateOptions, sync: Sync): Promise<InsertedTemplate> {
  const { rowsPerGroup, target, profile } = options;
  const ownLayout = (layouts: TemplateLayout[]) => layouts.find((l) => l.kind === kind) ?? layouts[layouts.length - 1];
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  // The area a table covers does not depend on sheet names: the probe can be queued before they are known.
  const unnamed = buildTemplate(kind, { rowsPerGroup, profile });
  const probe = target === "selection" ? probeSelection(context, ownLayout(unnamed)) : undefined;
  await sync();

  const taken = worksheets.items.map((ws) => ws.name);
  const sheetNames: Partial<Record<TemplateKind, string>> = {};
  for (const layout of unnamed) {
    if (probe && layout.kind === kind) continue;
    const name = uniqueSheetName(TEMPLATES[layout.kind].title, taken);
    sheetNames[layout.kind] = name;
    taken.push(name);
  }
  const layouts = buildTemplate(kind, { rowsPerGroup, profile, sheetNames });
  const own = ownLayout(layouts);
  const placements: Placement[] = layouts.map((layout) =>
    probe && layout === own ? placeAtSelection(own, probe) : { layout, sheetName: layout.sheetName });

  context.application.suspendScreenUpdatingUntilNextSync();
  const sheets = placements.map(({ layout, sheetName, existing, current }) => {
    const ws = existing ?? worksheets.add(sheetName);
    queueLayout(ws, layout, current);
    if (!existing) ws.pageLayout.orientation = layout.orientation === "landscape" ? "Landscape" : "Portrait";
    return ws;
  });
  const withInput = placements.findIndex((p) => firstInputCell(p.layout) !== undefined);
  const at = withInput >= 0 ? withInput : placements.findIndex((p) => p.layout.kind === kind);
  const selected = { sheet: placements[at].sheetName, cell: firstInputCell(placements[at].layout) ?? placements[at].layout.ref.split(":")[0] };
  sheets[at].activate();
  sheets[at].getRange(selected.cell).select();
  const tables = placements.map((p) => ({ sheet: p.sheetName, range: p.layout.ref, newSheet: p.existing === undefined }));
  try {
    await sync();
  } catch (e) {
    const code = errorCode(e);
    // Refused before anything applied: the host retries without the undo group, or once cell editing ends.
    if (code === "UndoNotSupported" || code === "InvalidOperationInCellEditMode") throw e;
    throw new HostWriteError(e instanceof Error ? e.message : String(e), tables.map((t) => `${t.sheet}!${t.range}`), code);
  }
  return { tables, selected, syncs: 2 };
}
