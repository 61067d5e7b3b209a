/**
 * A stand-in for Office.js's Excel API, backed by an in-memory workbook, for tests only (jest and the browser).
 * It implements what src/hosts/excel uses, with Office.js's batch semantics: calls queue operations, properties
 * are readable only after load() and sync(), and writes happen at sync() in the order they were queued.
 */
import type { CellValue, MergedArea, WorkbookSnapshot } from "../../src/core/snapshot";
import { cellAddress, parseAddress } from "../../src/core/snapshot";
import { boundsAddress, intersects, isUnbounded, parseBounds, type Bounds } from "./bounds";
import { ClientObject, ClientObjectWith, Context, StandInError, type StandInOptions } from "./client-object";
import { CustomXmlPartCollection, type StandInCustomXmlPart } from "./custom-xml-parts";
import { displayText } from "./display-text";
import { ConditionalFormatCollection, DataValidation, editCells, PageLayout, RangeFormat, type RangeTarget } from "./range-format";

export type { StandInOptions } from "./client-object";

/** How a cell is formatted, as set through range.format (absent: Excel's default). */
export interface StandInCellFormat {
  font?: { name?: string; size?: number; bold?: boolean; color?: string };
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** By edge (EdgeTop, …): the line style and weight set on it. */
  borders?: Record<string, { style?: string; weight?: string }>;
}

export interface StandInCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  /** Fill colour, or undefined for no fill. */
  fill?: string;
  /** A fill's pattern other than solid (Gray25, Checker…), drawn in patternColor over the fill colour. */
  fillPattern?: string;
  patternColor?: string;
  format?: StandInCellFormat;
}

/** A data validation as set on one range: the rule and alert objects as the host passed them. */
export interface StandInValidation {
  ref: string;
  rule?: object;
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

export interface StandInConditionalFormat {
  ref: string;
  type: string;
  formula?: string;
  fill?: string;
  font?: string;
}

export interface StandInSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, StandInCell>;
  merges: MergedArea[];
  notes: Map<string, string>;
  /**
   * Threaded comments by cell: the first comment's text. A cell holds a note or a threaded comment, never both: a note
   * added where a threaded comment is fails, as in Excel. Which code Excel gives is not documented; the stand-in
   * answers InvalidArgument, as for a second note, and the host never depends on it (it adds no note there).
   */
  comments: Map<string, string>;
  validations: StandInValidation[];
  conditionalFormats: StandInConditionalFormat[];
  /** Column letters to width in points, as set (unset columns have the default width). */
  columnWidths: Map<string, number>;
  /** 1-based row numbers to height in points, as set. */
  rowHeights: Map<number, number>;
  pageLayout: { orientation?: string };
}

/** An empty, visible, unprotected sheet. */
export function emptySheet(name: string): StandInSheet {
  return {
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    merges: [],
    notes: new Map(),
    comments: new Map(),
    validations: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    pageLayout: {},
  };
}

/** What worksheets.onChanged hands its handlers (the fields the Excel host reads). */
export interface StandInChangedEvent {
  type: "WorksheetChanged";
  /** The stand-in's sheets go by their names, which getItem also takes. */
  worksheetId: string;
  address: string;
  source: "Local";
  changeType: "RangeEdited";
  triggerSource: "ThisLocalAddin" | "Unknown";
}

export class StandInWorkbook {
  sheets: StandInSheet[] = [];
  /** The handlers added to worksheets.onChanged. */
  readonly changeHandlers = new Set<(event: StandInChangedEvent) => unknown>();
  activeSheet = "";
  selection: { sheet: string; address: string } | undefined;
  syncCount = 0;
  runOptions: unknown[] = [];
  /** The largest response of any sync, in bytes, and the most merged areas any one call returned. */
  maxResponseBytes = 0;
  maxMergedAreasPerCall = 0;
  /** Workbook structure protection: sheets cannot be added, hidden or shown. */
  structureProtected = false;
  customXmlParts: StandInCustomXmlPart[] = [];
  /** While set, Excel is in cell-editing mode: syncs wait for it (delayForCellEdit) or fail. */
  cellEditing: Promise<void> | undefined;

  static fromSnapshot(snapshot: WorkbookSnapshot): StandInWorkbook {
    const wb = new StandInWorkbook();
    for (const s of snapshot.sheets) {
      const cells = new Map<string, StandInCell>();
      for (const c of s.cells) cells.set(cellAddress(c.row, c.col), { value: c.value, formula: c.formula, numberFormat: c.numFmt });
      wb.sheets.push({ ...emptySheet(s.name), cells, merges: s.merges.map((m) => ({ ...m })) });
    }
    wb.activeSheet = snapshot.sheets[0]?.name ?? "";
    return wb;
  }

  sheet(name: string): StandInSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** The person types a value into a cell: it changes, and worksheets.onChanged fires as for a user's edit. */
  edit(sheet: string, address: string, value: CellValue): void {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    s.cells.set(address, { ...s.cells.get(address), value, formula: undefined });
    this.changed(sheet, address, "Unknown");
  }

  changed(sheet: string, address: string, triggerSource: StandInChangedEvent["triggerSource"]): void {
    const event: StandInChangedEvent = { type: "WorksheetChanged", worksheetId: sheet, address, source: "Local", changeType: "RangeEdited", triggerSource };
    for (const handler of this.changeHandlers) void handler(event);
  }
}

/** A request context with the workbook API on it. */
export class RunContext extends Context {
  readonly workbook: WorkbookProxy = new WorkbookProxy(this);
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  readonly customXmlParts: CustomXmlPartCollection;
  readonly protection: ClientObjectWith<{ protected: boolean }>;
  constructor(private readonly ctx: Context) {
    this.worksheets = new WorksheetCollection(ctx);
    this.customXmlParts = new CustomXmlPartCollection(ctx);
    this.protection = new ClientObjectWith(ctx, { protected: () => ctx.wb.structureProtected });
  }

  /** The selection, or A1 of the active sheet when none was made; as it is when called. */
  getSelectedRange(): Range {
    const wb = this.ctx.wb;
    const sheet = wb.selection?.sheet ?? wb.activeSheet;
    const address = wb.selection?.address ?? "A1";
    return Range.at(this.ctx, sheetNamed(this.ctx, sheet), address);
  }
}

function sheetNamed(ctx: Context, name: string): () => StandInSheet {
  return () => {
    const s = ctx.wb.sheet(name);
    if (!s) throw new StandInError("ItemNotFound", `sheet ${name}`);
    return s;
  };
}

class WorksheetCollection extends ClientObject {
  readonly onChanged = {
    add: (handler: (event: StandInChangedEvent) => unknown) => {
      this.ctx.queue("addChangedHandler", () => this.ctx.wb.changeHandlers.add(handler));
      return {
        context: this.ctx,
        remove: () => this.ctx.queue("removeChangedHandler", () => this.ctx.wb.changeHandlers.delete(handler)),
      };
    },
  };

  get items(): Worksheet[] {
    return this.get("items");
  }

  protected override readers() {
    return { items: () => this.ctx.wb.sheets.map((s) => new Worksheet(this.ctx, s.name, true)) };
  }

  getActiveWorksheet(): Worksheet {
    const ws = new Worksheet(this.ctx, "", true);
    ws.active = true;
    return ws;
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.ctx, name, true);
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, name, false);
  }

  add(name: string): Worksheet {
    this.ctx.queue("addWorksheet", () => {
      if (this.ctx.wb.structureProtected) throw new StandInError("AccessDenied", "the workbook's structure is protected");
      if (this.ctx.wb.sheet(name)) throw new StandInError("InvalidArgument", `a sheet named ${name} exists`);
      this.ctx.wb.sheets.push(emptySheet(name));
    });
    return new Worksheet(this.ctx, name, true);
  }
}

class Worksheet extends ClientObject {
  active = false;
  readonly protection: ClientObjectWith<{ protected: boolean }>;
  readonly notes: NoteCollection;
  readonly comments: CommentCollection;
  readonly pageLayout: PageLayout;

  constructor(ctx: Context, private readonly sheetName: string, private readonly mustExist: boolean) {
    super(ctx);
    this.protection = new ClientObjectWith(ctx, { protected: () => this.state().protected });
    this.notes = new NoteCollection(ctx, () => this.state());
    this.comments = new CommentCollection(ctx, () => this.state());
    this.pageLayout = new PageLayout(ctx, () => this.state());
  }

  state(): StandInSheet {
    const name = this.active ? this.ctx.wb.activeSheet : this.sheetName;
    const s = this.ctx.wb.sheet(name);
    if (!s) throw new StandInError("ItemNotFound", `sheet ${name}`);
    return s;
  }

  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.ctx.queue("setVisibility", () => {
      if (this.ctx.wb.structureProtected) throw new StandInError("AccessDenied", "the workbook's structure is protected");
      this.state().visibility = v as StandInSheet["visibility"];
    });
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }

  protected override readers() {
    const named = {
      name: () => this.state().name,
      visibility: () => this.state().visibility,
    };
    return this.mustExist ? named : { ...named, isNullObject: () => !this.ctx.wb.sheet(this.sheetName) };
  }

  /** A null object on a null worksheet too: Office.js lets *OrNullObject calls chain. */
  getUsedRangeOrNullObject(): Range {
    return new Range(this.ctx, () => this.state(), () => (!this.mustExist && !this.ctx.wb.sheet(this.sheetName) ? undefined : usedBounds(this.state(), WHOLE_SHEET)));
  }

  getRange(address?: string): Range {
    return address === undefined ? new Range(this.ctx, () => this.state(), () => WHOLE_SHEET) : Range.at(this.ctx, () => this.state(), address);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return Range.at(this.ctx, () => this.state(), `${cellAddress(row, col)}:${cellAddress(row + rows - 1, col + cols - 1)}`);
  }

  activate(): void {
    this.ctx.queue("activate", () => {
      this.ctx.wb.activeSheet = this.state().name;
    });
  }
}

const WHOLE_SHEET: Bounds = parseBounds("A:XFD");

/** The bounding box of the cells holding a value or a formula within `within`. */
function usedBounds(sheet: StandInSheet, within: Bounds): Bounds | undefined {
  let b: Bounds | undefined;
  for (const [address, c] of sheet.cells) {
    if ((c.value === null || c.value === "") && !c.formula) continue;
    const p = parseAddress(address);
    if (!p || !intersects({ top: p.row, left: p.col, bottom: p.row, right: p.col }, within)) continue;
    b = b
      ? { top: Math.min(b.top, p.row), left: Math.min(b.left, p.col), bottom: Math.max(b.bottom, p.row), right: Math.max(b.right, p.col) }
      : { top: p.row, left: p.col, bottom: p.row, right: p.col };
  }
  return b;
}

/** The name as Office.js writes it in an address: quoted when it is more than letters, digits and "_". */
const quotedSheet = (name: string) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/**
 * A range, its rectangle worked out at sync (from an address, the used cells, or another range: getCell,
 * getResizedRange…); undefined bounds make it a null object.
 */
class Range extends ClientObject implements RangeTarget {
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  readonly conditionalFormats: ConditionalFormatCollection;

  static at(ctx: Context, sheet: () => StandInSheet, address: string): Range {
    const b = parseBounds(address);
    return new Range(ctx, sheet, () => b);
  }

  constructor(ctx: Context, readonly sheet: () => StandInSheet, private readonly area: () => Bounds | undefined) {
    super(ctx);
    this.format = new RangeFormat(ctx, this);
    this.dataValidation = new DataValidation(ctx, this);
    this.conditionalFormats = new ConditionalFormatCollection(ctx, this);
  }

  bounds(): Bounds | undefined {
    return this.area();
  }

  address(): string {
    const b = this.bounds();
    if (!b) throw new StandInError("InvalidOperation", "a null range has no address");
    return boundsAddress(b);
  }

  /** Addresses of the range's cells (none for whole rows, columns or the sheet). */
  cells(): string[] {
    const b = this.bounds();
    if (!b || isUnbounded(b)) return [];
    const out: string[] = [];
    for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out.push(cellAddress(r, c));
    return out;
  }

  private grid<T>(f: (c: StandInCell | undefined) => T): T[][] {
    const b = this.bounds();
    if (!b) return [];
    const s = this.sheet();
    const rows: T[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: T[] = [];
      for (let c = b.left; c <= b.right; c++) row.push(f(s.cells.get(cellAddress(r, c))));
      rows.push(row);
    }
    return rows;
  }

  protected override readers() {
    return {
      isNullObject: () => this.bounds() === undefined,
      address: () => `${quotedSheet(this.sheet().name)}!${this.address()}`,
      rowIndex: () => this.bounds()?.top ?? 0,
      columnIndex: () => this.bounds()?.left ?? 0,
      rowCount: () => { const b = this.bounds(); return b ? b.bottom - b.top + 1 : 0; },
      columnCount: () => { const b = this.bounds(); return b ? b.right - b.left + 1 : 0; },
      values: () => this.grid((c) => (c === undefined || c.value === null ? "" : typeof c.value === "object" ? c.value.error : c.value)),
      valueTypes: () => this.grid((c) => (c && typeof c.value === "object" && c.value !== null ? "Error" : c === undefined || c.value === null ? "Empty" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String")),
      formulas: () => this.grid((c) => (c?.formula ? `=${c.formula}` : c === undefined || c.value === null ? "" : typeof c.value === "object" ? c.value.error : c.value)),
      numberFormat: () => this.grid((c) => c?.numberFormat ?? "General"),
      text: () => this.grid(displayText),
    };
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(rows: unknown[][]) {
    this.ctx.queue("setValues", () => {
      this.write(rows, (cell, v) => {
        const text = typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@";
        if (text) {
          cell.formula = v.slice(1);
          cell.value = null;
        } else {
          cell.formula = undefined;
          cell.value = v === "" ? null : (v as CellValue);
        }
      });
      // As in Excel, an add-in's own writes fire onChanged too, marked as coming from this add-in.
      this.ctx.wb.changed(this.sheet().name, this.address(), "ThisLocalAddin");
    });
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  /** Like Office.js: a string starting with "=" is a formula (stored without it), anything else a constant. */
  set formulas(rows: unknown[][]) {
    this.ctx.queue("setFormulas", () => this.write(rows, (cell, v) => {
      if (typeof v === "string" && v.startsWith("=")) {
        cell.formula = v.slice(1);
        cell.value = null;
      } else {
        cell.formula = undefined;
        cell.value = v === "" ? null : (v as CellValue);
      }
    }));
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(rows: unknown[][]) {
    this.ctx.queue("setNumberFormat", () => this.write(rows, (cell, v) => {
      cell.numberFormat = String(v);
    }));
  }
  get text(): string[][] {
    return this.get("text");
  }

  private write(rows: unknown[][], set: (cell: StandInCell, v: unknown) => void): void {
    const b = this.bounds();
    if (!b) return;
    if (rows.length !== b.bottom - b.top + 1 || rows.some((row) => row.length !== b.right - b.left + 1)) {
      throw new StandInError("InvalidArgument", `the array does not match the size of ${boundsAddress(b)}`);
    }
    rows.forEach((row, i) => row.forEach((v, j) => editCells(this.sheet(), [cellAddress(b.top + i, b.left + j)], (cell) => set(cell, v))));
  }

  /** The worksheet the range is on. */
  get worksheet(): Worksheet {
    return new Worksheet(this.ctx, this.sheet().name, true);
  }

  getCell(row: number, col: number): Range {
    return this.derived((b) => ({ top: b.top + row, left: b.left + col, bottom: b.top + row, right: b.left + col }));
  }

  getResizedRange(rows: number, cols: number): Range {
    return this.derived((b) => ({ ...b, bottom: b.bottom + rows, right: b.right + cols }));
  }

  getColumn(col: number): Range {
    return this.derived((b) => ({ ...b, left: b.left + col, right: b.left + col }));
  }

  getRow(row: number): Range {
    return this.derived((b) => ({ ...b, top: b.top + row, bottom: b.top + row }));
  }

  getUsedRangeOrNullObject(): Range {
    return new Range(this.ctx, this.sheet, () => {
      const b = this.bounds();
      return b && usedBounds(this.sheet(), b);
    });
  }

  private derived(f: (b: Bounds) => Bounds): Range {
    return new Range(this.ctx, this.sheet, () => {
      const b = this.bounds();
      if (!b) throw new StandInError("InvalidOperation", "the range is a null object");
      return f(b);
    });
  }

  /**
   * The merged areas the range intersects, as one RangeAreas; Excel refuses to return more than 512 in one call.
   * Counted in the workbook's statistics when loaded.
   */
  getMergedAreasOrNullObject(): ClientObjectWith<{ address: string; areaCount: number; isNullObject: boolean }> {
    const merges = () => {
      const b = this.bounds();
      const found = b ? this.sheet().merges.filter((m) => intersects(m, b)) : [];
      this.ctx.wb.maxMergedAreasPerCall = Math.max(this.ctx.wb.maxMergedAreasPerCall, found.length);
      if (found.length > MAX_MERGED_AREAS) throw new StandInError("GeneralException", `The range holds ${found.length} merged areas; at most ${MAX_MERGED_AREAS} can be returned.`);
      return found;
    };
    const address = () => areasAddress(this.sheet().name, merges());
    return new ClientObjectWith(this.ctx, { address, areaCount: () => merges().length, isNullObject: () => merges().length === 0 });
  }

  /**
   * The cells of a kind within the range ("Formulas", "Constants"), optionally of one value type ("Errors",
   * "Numbers"…), as areas of one row each; a null object when there are none.
   */
  getSpecialCellsOrNullObject(cellType: string, valueType?: string): RangeAreas {
    const matches = (c: StandInCell | undefined) => {
      if (!c || ((c.value === null || c.value === "") && !c.formula)) return false;
      if ((cellType === "Formulas") !== Boolean(c.formula)) return false;
      if (valueType === undefined || valueType === "All") return true;
      const kind = typeof c.value === "object" && c.value !== null ? "Errors" : typeof c.value === "number" ? "Numbers" : typeof c.value === "boolean" ? "Logical" : "Text";
      return kind === valueType;
    };
    return new RangeAreas(this.ctx, this.sheet, () => {
      const b = this.bounds();
      if (!b) return [];
      const sheet = this.sheet();
      const runs: Bounds[] = [];
      const add = (row: number, col: number) => runs.push({ top: row, left: col, bottom: row, right: col });
      if (isUnbounded(b) || (b.bottom - b.top + 1) * (b.right - b.left + 1) > sheet.cells.size) {
        for (const [address, c] of sheet.cells) {
          const p = parseAddress(address);
          if (p && intersects({ top: p.row, left: p.col, bottom: p.row, right: p.col }, b) && matches(c)) add(p.row, p.col);
        }
      } else {
        for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) if (matches(sheet.cells.get(cellAddress(r, c)))) add(r, c);
      }
      runs.sort((x, y) => x.top - y.top || x.left - y.left);
      const rowRuns: Bounds[] = [];
      for (const r of runs) {
        const last = rowRuns[rowRuns.length - 1];
        if (last && last.top === r.top && last.right + 1 === r.left) last.right = r.left;
        else rowRuns.push({ ...r });
      }
      // As Excel does, runs spanning the same columns on consecutive rows make one rectangle.
      const open = new Map<string, Bounds>();
      const areas: Bounds[] = [];
      for (const r of rowRuns) {
        const key = `${r.left}:${r.right}`;
        const above = open.get(key);
        if (above && above.bottom + 1 === r.top) above.bottom = r.top;
        else {
          open.set(key, r);
          areas.push(r);
        }
      }
      return areas;
    });
  }

  /** Merges the range into one area; a merge over an existing one is refused, to catch overlapping layouts. */
  merge(across = false): void {
    this.ctx.queue("merge", () => {
      const b = this.bounds();
      if (!b || across) throw new Error("stand-in merges whole ranges only");
      const sheet = this.sheet();
      if (sheet.protected) throw new StandInError("AccessDenied", "the sheet is protected");
      const overlap = sheet.merges.find((m) => intersects(m, b));
      if (overlap) throw new StandInError("InvalidOperation", `${boundsAddress(b)} overlaps the merged area ${boundsAddress(overlap)}`);
      sheet.merges.push({ ...b });
    });
  }

  clear(): void {
    this.ctx.queue("clear", () => {
      const s = this.sheet();
      const b = this.bounds();
      if (b && isUnbounded(b)) s.cells.clear();
      else for (const a of this.cells()) s.cells.delete(a);
    });
  }

  select(): void {
    this.ctx.queue("select", () => {
      this.ctx.wb.selection = { sheet: this.sheet().name, address: this.address() };
    });
  }
}

/** Excel returns at most this many merged areas from one getMergedAreasOrNullObject call. */
export const MAX_MERGED_AREAS = 512;

function areasAddress(sheetName: string, areas: Bounds[]): string {
  return areas.map((m) => `${quotedSheet(sheetName)}!${boundsAddress(m)}`).join(",");
}

/** Several ranges of one sheet (special cells): their address, and the ranges as a collection with loadable items. */
class RangeAreas extends ClientObject {
  readonly areas: ClientObjectWith<{ items: Range[] }>;
  constructor(ctx: Context, private readonly sheet: () => StandInSheet, private readonly found: () => Bounds[]) {
    super(ctx);
    this.areas = new ClientObjectWith(ctx, { items: () => this.found().map((b) => new Range(ctx, sheet, () => b)) });
  }
  protected override readers() {
    return {
      isNullObject: () => this.found().length === 0,
      address: () => areasAddress(this.sheet().name, this.found()),
      areaCount: () => this.found().length,
    };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get address(): string {
    return this.get("address");
  }
}

class NoteCollection {
  constructor(private readonly ctx: Context, private readonly sheet: () => StandInSheet) {}
  getItemOrNullObject(address: string): Note {
    return new Note(this.ctx, this.sheet, address);
  }
  getItem(address: string): Note {
    return new Note(this.ctx, this.sheet, address);
  }
  add(address: string, content: string): void {
    this.ctx.queue("addNote", () => {
      const s = this.sheet();
      if (s.notes.has(address)) throw new StandInError("InvalidArgument", `${address} already has a note`);
      if (s.comments.has(address)) throw new StandInError("InvalidArgument", `${address} holds a threaded comment; a cell cannot hold a note as well`);
      s.notes.set(address, content);
    });
  }
}

class Note extends ClientObject {
  constructor(ctx: Context, private readonly sheet: () => StandInSheet, private readonly address: string) {
    super(ctx);
  }
  protected override readers() {
    return { content: () => this.sheet().notes.get(this.address) ?? "", isNullObject: () => !this.sheet().notes.has(this.address) };
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get content(): string {
    return this.get("content");
  }
  set content(v: string) {
    this.ctx.queue("setNote", () => {
      if (!this.sheet().notes.has(this.address)) throw new StandInError("ItemNotFound", "note");
      this.sheet().notes.set(this.address, v);
    });
  }
  delete(): void {
    this.ctx.queue("deleteNote", () => {
      if (!this.sheet().notes.delete(this.address)) throw new StandInError("ItemNotFound", "note");
    });
  }
}

/** A sheet's threaded comments (ExcelApi 1.10): loadable items, each knowing its cell through getLocation(). */
class CommentCollection extends ClientObject {
  constructor(ctx: Context, private readonly sheet: () => StandInSheet) {
    super(ctx);
  }
  protected override readers() {
    return { items: () => [...this.sheet().comments.keys()].map((address, i) => new Comment(this.ctx, this.sheet, address, i)) };
  }
  get items(): Comment[] {
    return this.get("items");
  }
}

class Comment extends ClientObject {
  constructor(ctx: Context, private readonly sheet: () => StandInSheet, private readonly address: string, private readonly index: number) {
    super(ctx);
  }
  protected override readers() {
    return { id: () => `{comment-${this.sheet().name}-${this.index}}`, content: () => this.sheet().comments.get(this.address) ?? "" };
  }
  get id(): string {
    return this.get("id");
  }
  get content(): string {
    return this.get("content");
  }
  /** The comment's cell: the stand-in's location range loads its address only. */
  getLocation(): ClientObjectWith<{ address: string }> {
    return new ClientObjectWith(this.ctx, { address: () => `${quotedSheet(this.sheet().name)}!${this.address}` });
  }
}

/** The globals the Excel host uses: Excel (run, enums) and Office (requirement sets), bound to a stand-in workbook. */
export function standInGlobals(wb: StandInWorkbook, options: StandInOptions = {}) {
  const maxMinor = options.maxApiMinor ?? 20;
  const Excel = {
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    FillPattern: { none: "None", solid: "Solid" },
    async run<T>(optionsOrBatch: unknown, maybeBatch?: (ctx: RunContext) => Promise<T>): Promise<T> {
      const batch = (typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch) as (ctx: RunContext) => Promise<T>;
      // Excel.run(context, batch) goes on with an earlier batch's context (to remove an event handler added there).
      if (optionsOrBatch instanceof RunContext) return batch(optionsOrBatch);
      if (typeof optionsOrBatch !== "function") wb.runOptions.push(optionsOrBatch);
      const ctx = new RunContext(wb, options, typeof optionsOrBatch === "function" ? {} : (optionsOrBatch as RunContext["runOptions"]));
      // Like Office.js, operations queued after the last sync are never applied.
      return batch(ctx);
    },
  };
  const Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= maxMinor,
      },
    },
  };
  return { Excel, Office };
}
