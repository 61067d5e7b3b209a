/**
 * The formatting side of the stand-in's ranges: format (font, fill, borders, alignment, wrapping, column widths and
 * row heights), data validation, conditional formats, and a sheet's page layout. Each setting is recorded in the
 * sheet's state at sync, so that tests can assert what the host asked Excel to do.
 */
import { columnName, parseAddress } from "../../src/core/snapshot";
import { intersects, parseBounds, type Bounds } from "./bounds";
import { ClientObject, StandInError, type Context } from "./client-object";
import type { StandInCell, StandInCellFormat, StandInConditionalFormat, StandInSheet, StandInValidation } from "./excel-stand-in";

/** What a range's format objects need from the range. */
export interface RangeTarget {
  sheet(): StandInSheet;
  bounds(): Bounds | undefined;
  /** Addresses of the range's cells; empty for whole rows, columns or sheets. */
  cells(): string[];
  /** The range's A1 address without the sheet. */
  address(): string;
}

/** Excel's default column width (8.43 characters of Calibri 11: 64 px) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

function editable(sheet: StandInSheet): StandInSheet {
  if (sheet.protected) throw new StandInError("AccessDenied", "the sheet is protected");
  return sheet;
}

/** Applies `set` to every cell of `addresses`, creating empty cells as needed. */
export function editCells(sheet: StandInSheet, addresses: string[], set: (cell: StandInCell) => void): void {
  editable(sheet);
  for (const address of addresses) {
    const cell = sheet.cells.get(address) ?? { value: null };
    set(cell);
    sheet.cells.set(address, cell);
  }
}

function formatOf(cell: StandInCell): StandInCellFormat {
  cell.format ??= {};
  return cell.format;
}

/** A range's fill: colour, pattern and pattern colour, read from its first cell. */
class Fill extends ClientObject {
  constructor(ctx: Context, private readonly target: RangeTarget) {
    super(ctx);
  }
  private first(): StandInCell | undefined {
    const [address] = this.target.cells();
    return address === undefined ? undefined : this.target.sheet().cells.get(address);
  }
  private edit(name: string, set: (cell: StandInCell) => void): void {
    this.ctx.queue(name, () => editCells(this.target.sheet(), this.target.cells(), set));
  }
  protected override readers() {
    return {
      color: () => this.first()?.fill ?? "#FFFFFF",
      pattern: () => (this.first()?.fill === undefined ? "None" : (this.first()?.fillPattern ?? "Solid")),
      patternColor: () => this.first()?.patternColor ?? "#000000",
    };
  }
  get color(): string {
    return this.get("color");
  }
  /** As in Excel, a colour on a cell without fill makes a solid fill; a patterned fill keeps its pattern. */
  set color(v: string) {
    this.edit("setFill", (cell) => {
      cell.fill = v;
    });
  }
  get pattern(): string {
    return this.get("pattern");
  }
  set pattern(v: string) {
    this.edit("setFillPattern", (cell) => {
      if (v === "None") {
        cell.fill = undefined;
        cell.fillPattern = undefined;
        cell.patternColor = undefined;
        return;
      }
      cell.fill ??= "#FFFFFF";
      cell.fillPattern = v === "Solid" ? undefined : v;
    });
  }
  get patternColor(): string {
    return this.get("patternColor");
  }
  set patternColor(v: string) {
    this.edit("setFillPatternColor", (cell) => {
      cell.patternColor = v;
    });
  }
  clear(): void {
    this.edit("clearFill", (cell) => {
      cell.fill = undefined;
      cell.fillPattern = undefined;
      cell.patternColor = undefined;
    });
  }
}

class RangeFont {
  constructor(private readonly ctx: Context, private readonly target: RangeTarget) {}
  private set<K extends keyof NonNullable<StandInCellFormat["font"]>>(key: K, v: NonNullable<StandInCellFormat["font"]>[K]): void {
    this.ctx.queue("setFont", () => editCells(this.target.sheet(), this.target.cells(), (cell) => {
      const format = formatOf(cell);
      format.font = { ...format.font, [key]: v };
    }));
  }
  set name(v: string) {
    this.set("name", v);
  }
  set size(v: number) {
    this.set("size", v);
  }
  set bold(v: boolean) {
    this.set("bold", v);
  }
  set color(v: string) {
    this.set("color", v);
  }
}

/** One edge of a range: the cells along it get the border. */
class RangeBorder {
  constructor(private readonly ctx: Context, private readonly target: RangeTarget, private readonly edge: string) {}
  private edgeCells(): string[] {
    const b = this.target.bounds();
    if (!b) return [];
    return this.target.cells().filter((address) => {
      const at = parseAddress(address);
      if (!at) return false;
      const { row, col } = at;
      if (this.edge === "EdgeTop") return row === b.top;
      if (this.edge === "EdgeBottom") return row === b.bottom;
      if (this.edge === "EdgeLeft") return col === b.left;
      if (this.edge === "EdgeRight") return col === b.right;
      throw new Error(`stand-in has no border ${this.edge}`);
    });
  }
  private set(key: "style" | "weight", v: string): void {
    this.ctx.queue("setBorder", () => editCells(this.target.sheet(), this.edgeCells(), (cell) => {
      const format = formatOf(cell);
      format.borders = { ...format.borders, [this.edge]: { ...format.borders?.[this.edge], [key]: v } };
    }));
  }
  set style(v: string) {
    this.set("style", v);
  }
  set weight(v: string) {
    this.set("weight", v);
  }
}

export class RangeFormat extends ClientObject {
  readonly fill: Fill;
  readonly font: RangeFont;
  readonly borders: { getItem(edge: string): RangeBorder };

  constructor(ctx: Context, private readonly target: RangeTarget) {
    super(ctx);
    this.fill = new Fill(ctx, target);
    this.font = new RangeFont(ctx, target);
    this.borders = { getItem: (edge) => new RangeBorder(ctx, target, edge) };
  }

  protected override readers() {
    const b = () => this.target.bounds() ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return {
      columnWidth: () => this.target.sheet().columnWidths.get(columnName(b().left)) ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: () => this.target.sheet().rowHeights.get(b().top + 1) ?? DEFAULT_ROW_HEIGHT,
    };
  }

  private setCells<K extends keyof StandInCellFormat>(key: K, v: StandInCellFormat[K]): void {
    this.ctx.queue(`set ${key}`, () => editCells(this.target.sheet(), this.target.cells(), (cell) => {
      formatOf(cell)[key] = v;
    }));
  }
  set horizontalAlignment(v: string) {
    this.setCells("horizontal", v);
  }
  set verticalAlignment(v: string) {
    this.setCells("vertical", v);
  }
  set wrapText(v: boolean) {
    this.setCells("wrap", v);
  }

  get columnWidth(): number {
    return this.get("columnWidth");
  }
  /** Sets the width of every column the range spans (a whole column "B:B" too). */
  set columnWidth(v: number) {
    this.ctx.queue("setColumnWidth", () => {
      const b = this.target.bounds();
      const sheet = editable(this.target.sheet());
      if (b) for (let c = b.left; c <= b.right; c++) sheet.columnWidths.set(columnName(c), v);
    });
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  /** Sets the height of every row the range spans, 1-based as Excel numbers them. */
  set rowHeight(v: number) {
    this.ctx.queue("setRowHeight", () => {
      const b = this.target.bounds();
      const sheet = editable(this.target.sheet());
      if (b) for (let r = b.top; r <= b.bottom; r++) sheet.rowHeights.set(r + 1, v);
    });
  }
}

/** A range's data validation: clear() removes the rules it overlaps; a rule over another range's rule is refused. */
export class DataValidation {
  constructor(private readonly ctx: Context, private readonly target: RangeTarget) {}

  private entry(): StandInValidation {
    const sheet = editable(this.target.sheet());
    const ref = this.target.address();
    let found = sheet.validations.find((v) => v.ref === ref);
    if (!found) {
      found = { ref };
      sheet.validations.push(found);
    }
    return found;
  }

  clear(): void {
    this.ctx.queue("clearValidation", () => {
      const sheet = editable(this.target.sheet());
      const b = this.target.bounds();
      sheet.validations = sheet.validations.filter((v) => !b || !intersects(parseBounds(v.ref), b));
    });
  }
  set rule(rule: object) {
    this.ctx.queue("setValidationRule", () => {
      const b = this.target.bounds();
      const other = this.target.sheet().validations.find((v) => v.ref !== this.target.address() && v.rule && b && intersects(parseBounds(v.ref), b));
      if (other) throw new StandInError("InvalidOperation", `${this.target.address()} overlaps the data validation of ${other.ref}`);
      this.entry().rule = rule;
    });
  }
  set errorAlert(alert: StandInValidation["errorAlert"]) {
    this.ctx.queue("setValidationAlert", () => {
      this.entry().errorAlert = alert;
    });
  }
  set ignoreBlanks(v: boolean) {
    this.ctx.queue("setValidationBlanks", () => {
      this.entry().ignoreBlanks = v;
    });
  }
}

/** Write-only parts of a conditional format: each setting is recorded on the format's entry at sync. */
class ConditionalRule {
  constructor(private readonly ctx: Context, private readonly record: StandInConditionalFormat) {}
  set formula(v: string) {
    this.ctx.queue("setConditionalFormula", () => {
      this.record.formula = v;
    });
  }
}

class ConditionalColor {
  constructor(private readonly ctx: Context, private readonly record: StandInConditionalFormat, private readonly part: "fill" | "font") {}
  set color(v: string) {
    this.ctx.queue("setConditionalColor", () => {
      this.record[this.part] = v;
    });
  }
}

class ConditionalFormat {
  readonly custom: { rule: ConditionalRule; format: { fill: ConditionalColor; font: ConditionalColor } };
  constructor(ctx: Context, record: StandInConditionalFormat) {
    this.custom = {
      rule: new ConditionalRule(ctx, record),
      format: { fill: new ConditionalColor(ctx, record, "fill"), font: new ConditionalColor(ctx, record, "font") },
    };
  }
}

export class ConditionalFormatCollection {
  constructor(private readonly ctx: Context, private readonly target: RangeTarget) {}
  add(type: string): ConditionalFormat {
    const record: StandInConditionalFormat = { ref: this.target.address(), type };
    this.ctx.queue("addConditionalFormat", () => {
      editable(this.target.sheet()).conditionalFormats.push(record);
    });
    return new ConditionalFormat(this.ctx, record);
  }
}

export class PageLayout {
  constructor(private readonly ctx: Context, private readonly sheet: () => StandInSheet) {}
  set orientation(v: string) {
    this.ctx.queue("setOrientation", () => {
      editable(this.sheet()).pageLayout.orientation = v;
    });
  }
}
