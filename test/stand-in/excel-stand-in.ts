/**
 * A stand-in for Office.js's Excel API, backed by an in-memory workbook, for tests only (jest and the browser).
 * It implements what src/hosts/excel uses, with Office.js's batch semantics: calls queue operations, properties
 * are readable only after load() and sync(), and writes happen at sync() in the order they were queued.
 */
import type { CellValue, MergedArea, WorkbookSnapshot } from "../../src/core/snapshot";
import { cellAddress, parseAddress } from "../../src/core/snapshot";

export interface StandInCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  /** Fill colour, or undefined for no fill. */
  fill?: string;
}

export interface StandInSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, StandInCell>;
  merges: MergedArea[];
  notes: Map<string, string>;
}

export interface StandInOptions {
  /** The highest ExcelApi minor version isSetSupported admits: 14 for Excel 2021 LTSC. Default 20. */
  maxApiMinor?: number;
  /** Milliseconds each sync waits, to simulate Excel on the web. */
  syncDelayMs?: number;
  /** Called for every queued operation at sync; throwing there fails the sync (a write failing midway). */
  beforeOperation?: (name: string) => void;
}

export class StandInWorkbook {
  sheets: StandInSheet[] = [];
  activeSheet = "";
  selection: { sheet: string; address: string } | undefined;
  syncCount = 0;
  runOptions: unknown[] = [];

  static fromSnapshot(snapshot: WorkbookSnapshot): StandInWorkbook {
    const wb = new StandInWorkbook();
    for (const s of snapshot.sheets) {
      const cells = new Map<string, StandInCell>();
      for (const c of s.cells) cells.set(cellAddress(c.row, c.col), { value: c.value, formula: c.formula, numberFormat: c.numFmt });
      wb.sheets.push({ name: s.name, visibility: "Visible", protected: false, cells, merges: s.merges.map((m) => ({ ...m })), notes: new Map() });
    }
    wb.activeSheet = snapshot.sheets[0]?.name ?? "";
    return wb;
  }

  sheet(name: string): StandInSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

class NotLoadedError extends Error {
  code = "PropertyNotLoaded";
}

type Op = { name: string; run: () => void };

class Context {
  readonly ops: Op[] = [];
  readonly workbook: WorkbookProxy;
  readonly application = { suspendScreenUpdatingUntilNextSync: () => this.queue("suspendScreenUpdating", () => undefined) };

  constructor(readonly wb: StandInWorkbook, private readonly options: StandInOptions) {
    this.workbook = new WorkbookProxy(this);
  }

  queue(name: string, run: () => void): void {
    this.ops.push({ name, run });
  }

  async sync(): Promise<void> {
    this.wb.syncCount++;
    if (this.options.syncDelayMs) await new Promise((r) => setTimeout(r, this.options.syncDelayMs));
    const ops = this.ops.splice(0);
    for (const op of ops) {
      this.options.beforeOperation?.(op.name);
      op.run();
    }
  }
}

/** An API object whose properties are filled in at sync by the load operations queued for it. */
class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Context) {}

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw new NotLoadedError(`The property '${name}' is not available. Load it and call context.sync().`);
    return this.loaded.get(name) as T;
  }

  protected resolve(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected readers(): Record<string, () => unknown> {
    return {};
  }

  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    const readers = this.readers();
    this.ctx.queue("load", () => {
      // Objects from *OrNullObject methods always learn whether they exist; a null object loads nothing else.
      if (readers.isNullObject) {
        const isNull = Boolean(readers.isNullObject());
        this.resolve("isNullObject", isNull);
        if (isNull) return;
      }
      for (const name of names) {
        const reader = readers[name.split("/")[0]];
        if (!reader) throw new Error(`stand-in cannot load '${name}'`);
        this.resolve(name.split("/")[0], reader());
      }
    });
    return this;
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollection;
  constructor(ctx: Context) {
    this.worksheets = new WorksheetCollection(ctx);
  }
}

class WorksheetCollection extends ClientObject {
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
      if (this.ctx.wb.sheet(name)) throw new Error(`a sheet named ${name} exists`);
      this.ctx.wb.sheets.push({ name, visibility: "Visible", protected: false, cells: new Map(), merges: [], notes: new Map() });
    });
    return new Worksheet(this.ctx, name, true);
  }
}

class Worksheet extends ClientObject {
  active = false;
  readonly protection: ClientObjectWith<{ protected: boolean }>;
  readonly notes: NoteCollection;

  constructor(ctx: Context, private readonly sheetName: string, private readonly mustExist: boolean) {
    super(ctx);
    // Names and items are known to the proxy itself, as Office.js returns them with the collection.
    if (sheetName) this.resolve("name", sheetName);
    this.protection = new ClientObjectWith(ctx, { protected: () => this.state().protected });
    this.notes = new NoteCollection(ctx, () => this.state());
  }

  state(): StandInSheet {
    const name = this.active ? this.ctx.wb.activeSheet : this.sheetName;
    const s = this.ctx.wb.sheet(name);
    if (!s) throw new Error(`ItemNotFound: sheet ${name}`);
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

  getUsedRangeOrNullObject(): Range {
    return new Range(this.ctx, () => this.state(), "used");
  }

  getRange(address?: string): Range {
    return new Range(this.ctx, () => this.state(), address ?? "all");
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.ctx, () => this.state(), `${cellAddress(row, col)}:${cellAddress(row + rows - 1, col + cols - 1)}`);
  }

  activate(): void {
    this.ctx.queue("activate", () => {
      this.ctx.wb.activeSheet = this.state().name;
    });
  }
}

class ClientObjectWith<T extends object> extends ClientObject {
  constructor(ctx: Context, private readonly fields: { [K in keyof T]: () => T[K] }) {
    super(ctx);
    for (const key of Object.keys(fields)) {
      Object.defineProperty(this, key, { get: () => this.get(key) });
    }
  }
  protected override readers() {
    return this.fields as Record<string, () => unknown>;
  }
}

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function usedBounds(sheet: StandInSheet): Bounds | undefined {
  let b: Bounds | undefined;
  for (const [address, c] of sheet.cells) {
    if ((c.value === null || c.value === "") && !c.formula) continue;
    const p = parseAddress(address);
    if (!p) continue;
    b = b
      ? { top: Math.min(b.top, p.row), left: Math.min(b.left, p.col), bottom: Math.max(b.bottom, p.row), right: Math.max(b.right, p.col) }
      : { top: p.row, left: p.col, bottom: p.row, right: p.col };
  }
  return b;
}

function parseBounds(address: string): Bounds {
  const [a, b] = address.split(":");
  const s = parseAddress(a);
  const e = parseAddress(b ?? a);
  if (!s || !e) throw new Error(`InvalidArgument: ${address}`);
  return { top: s.row, left: s.col, bottom: e.row, right: e.col };
}

function displayText(c: StandInCell | undefined): string {
  if (!c || c.value === null) return "";
  if (typeof c.value === "object") return c.value.error;
  if (typeof c.value === "number" && c.numberFormat?.includes("%")) return `${Math.round(c.value * 10000) / 100}%`;
  return String(c.value);
}

class Range extends ClientObject {
  readonly format: { fill: Fill };

  constructor(ctx: Context, private readonly sheet: () => StandInSheet, private readonly where: "used" | "all" | string) {
    super(ctx);
    this.format = { fill: new Fill(ctx, sheet, () => this.cells()) };
  }

  private bounds(): Bounds | undefined {
    if (this.where === "used") return usedBounds(this.sheet());
    if (this.where === "all") return { top: 0, left: 0, bottom: 1_048_575, right: 16_383 };
    return parseBounds(this.where);
  }

  /** Addresses of the range's cells (never the whole sheet). */
  cells(): string[] {
    const b = this.bounds();
    if (!b || this.where === "all") return [];
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
      address: () => `${this.sheet().name}!${this.where}`,
      rowIndex: () => this.bounds()?.top ?? 0,
      columnIndex: () => this.bounds()?.left ?? 0,
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
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(rows: unknown[][]) {
    this.ctx.queue("setValues", () => this.write(rows, (cell, v) => {
      const text = typeof v === "string" && v.startsWith("=") && cell.numberFormat !== "@";
      if (text) {
        cell.formula = v.slice(1);
        cell.value = null;
      } else {
        cell.formula = undefined;
        cell.value = v === "" ? null : (v as CellValue);
      }
    }));
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
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
    const s = this.sheet();
    if (!b) return;
    if (s.protected) throw new Error("AccessDenied: the sheet is protected");
    rows.forEach((row, i) => row.forEach((v, j) => {
      const address = cellAddress(b.top + i, b.left + j);
      const cell = s.cells.get(address) ?? { value: null };
      set(cell, v);
      s.cells.set(address, cell);
    }));
  }

  getMergedAreasOrNullObject(): ClientObjectWith<{ address: string; isNullObject: boolean }> {
    const merges = () => this.sheet().merges;
    const address = () => merges().map((m) => `'${this.sheet().name}'!${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`).join(", ");
    return new ClientObjectWith(this.ctx, { address, isNullObject: () => merges().length === 0 });
  }

  clear(): void {
    this.ctx.queue("clear", () => {
      const s = this.sheet();
      if (this.where === "all") s.cells.clear();
      else for (const a of this.cells()) s.cells.delete(a);
    });
  }

  select(): void {
    this.ctx.queue("select", () => {
      this.ctx.wb.selection = { sheet: this.sheet().name, address: this.where };
    });
  }
}

class Fill extends ClientObject {
  constructor(ctx: Context, private readonly sheet: () => StandInSheet, private readonly cells: () => string[]) {
    super(ctx);
  }
  private first(): string | undefined {
    const [address] = this.cells();
    return address === undefined ? undefined : this.sheet().cells.get(address)?.fill;
  }
  private each(set: (cell: StandInCell) => void): void {
    const s = this.sheet();
    if (s.protected) throw new Error("AccessDenied: the sheet is protected");
    for (const address of this.cells()) {
      const cell = s.cells.get(address) ?? { value: null };
      set(cell);
      s.cells.set(address, cell);
    }
  }
  protected override readers() {
    return { color: () => this.first() ?? "#FFFFFF", pattern: () => (this.first() ? "Solid" : "None") };
  }
  get color(): string {
    return this.get("color");
  }
  set color(v: string) {
    this.ctx.queue("setFill", () => this.each((cell) => {
      cell.fill = v;
    }));
  }
  get pattern(): string {
    return this.get("pattern");
  }
  clear(): void {
    this.ctx.queue("clearFill", () => this.each((cell) => {
      cell.fill = undefined;
    }));
  }
}

class NoteCollection {
  constructor(private readonly ctx: Context, private readonly sheet: () => StandInSheet) {}
  getItemOrNullObject(address: string): Note {
    return new Note(this.ctx, this.sheet, address);
  }
  add(address: string, content: string): void {
    this.ctx.queue("addNote", () => {
      const s = this.sheet();
      if (s.notes.has(address)) throw new Error(`InvalidArgument: ${address} already has a note`);
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
      if (!this.sheet().notes.has(this.address)) throw new Error("ItemNotFound: note");
      this.sheet().notes.set(this.address, v);
    });
  }
  delete(): void {
    this.ctx.queue("deleteNote", () => {
      if (!this.sheet().notes.delete(this.address)) throw new Error("ItemNotFound: note");
    });
  }
}

/** The globals the Excel host uses: Excel (run, enums) and Office (requirement sets), bound to a stand-in workbook. */
export function standInGlobals(wb: StandInWorkbook, options: StandInOptions = {}) {
  const maxMinor = options.maxApiMinor ?? 20;
  const Excel = {
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    FillPattern: { none: "None", solid: "Solid" },
    async run<T>(optionsOrBatch: unknown, maybeBatch?: (ctx: Context) => Promise<T>): Promise<T> {
      const batch = (typeof optionsOrBatch === "function" ? optionsOrBatch : maybeBatch) as (ctx: Context) => Promise<T>;
      if (typeof optionsOrBatch !== "function") wb.runOptions.push(optionsOrBatch);
      const ctx = new Context(wb, options);
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
