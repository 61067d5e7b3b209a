import { cellAddress, columnName, rangeAddress } from "../snapshot";
import type {
  CellStyle, ConditionalHighlight, DecimalValidation, InputField, TemplateCell, TemplateKind, TemplateLayout, TemplateValidation,
} from "./layout";

export const STYLES = {
  title: { bold: true, fontSize: 16, horizontal: "center" },
  unit: { horizontal: "right" },
  header: { bold: true, border: true, wrap: true, horizontal: "center", fill: "DDEBF7" },
  label: { border: true, wrap: true, horizontal: "center" },
  text: { border: true, wrap: true, horizontal: "left" },
  number: { border: true, horizontal: "center" },
} as const satisfies Record<string, CellStyle>;

export const FORMATS = { amount: "0.00", rate: "0.00%", score: "0.00", share: "0%" } as const;

/** The usual font of government forms. */
const FONT = "宋体";
/** Widths (in characters) that still fit an A4 page upright. */
const PORTRAIT_WIDTH = 100;

/** 得分 above its 分值: Excel's light red fill with dark red text. */
export const OVER_WEIGHT = { fill: "FFC7CE", font: "9C0006" } as const;

/** A 分值 typed in: 0–100. */
export const weightValidation = (ref: string): DecimalValidation => ({ ref, type: "decimal", min: 0, max: 100, message: "分值应为 0 到 100 之间的数" });
/** An amount typed in (万元): not negative. */
export const amountValidation = (ref: string): DecimalValidation => ({ ref, type: "decimal", min: 0, message: "金额应为不小于 0 的数（万元）" });

export interface CellContent {
  value?: string | number;
  formula?: string;
  numFmt?: string;
  input?: InputField;
}

/** Collects one sheet's template, addressed by 0-based row and column as the snapshot is. */
export class LayoutBuilder {
  private readonly cells = new Map<string, { row: number; col: number; cell: TemplateCell }>();
  private readonly merges: string[] = [];
  private readonly heights = new Map<number, number>();
  private readonly validations: TemplateValidation[] = [];
  private readonly highlights: ConditionalHighlight[] = [];
  private lastRow = 0;

  constructor(
    private readonly kind: TemplateKind,
    private readonly title: string,
    private readonly sheetName: string,
    /** Column widths, column A first; the template spans these columns. */
    private readonly widths: readonly number[],
  ) {}

  get lastCol(): number {
    return this.widths.length - 1;
  }

  /** Writes one cell and returns its address. */
  cell(row: number, col: number, content: CellContent, style: CellStyle): string {
    const address = cellAddress(row, col);
    this.cells.set(address, { row, col, cell: { address, ...content, style } });
    this.lastRow = Math.max(this.lastRow, row);
    return address;
  }

  /** Writes the top-left cell of an area, merges the area when it is more than one cell, and returns the address. */
  area(top: number, left: number, bottom: number, right: number, content: CellContent, style: CellStyle): string {
    const address = this.cell(top, left, content, style);
    if (bottom > top || right > left) this.merges.push(rangeAddress(top, left, bottom, right));
    this.lastRow = Math.max(this.lastRow, bottom);
    return address;
  }

  height(row: number, points: number): void {
    this.heights.set(row, points);
  }

  validate(validation: TemplateValidation): void {
    this.validations.push(validation);
  }

  highlight(highlight: ConditionalHighlight): void {
    this.highlights.push(highlight);
  }

  /** The title across all columns, on row 1. */
  titleRow(): void {
    this.area(0, 0, 0, this.lastCol, { value: this.title }, STYLES.title);
    this.height(0, 30);
  }

  /** The unit note (`单位：万元`) on row 2, from `fromCol` to the right edge. */
  unitRow(unit: string, fromCol = 0): void {
    this.area(1, fromCol, 1, this.lastCol, { value: unit }, STYLES.unit);
  }

  layout(): TemplateLayout {
    const cells = [...this.cells.values()]
      .sort((a, b) => a.row - b.row || a.col - b.col)
      .map((c) => c.cell);
    return {
      kind: this.kind,
      title: this.title,
      sheetName: this.sheetName,
      ref: rangeAddress(0, 0, this.lastRow, this.lastCol),
      cells,
      merges: this.merges,
      columns: this.widths.map((width, col) => ({ col: columnName(col), width })),
      rowHeights: [...this.heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row: row + 1, height })),
      validations: this.validations,
      conditionalFormats: this.highlights,
      font: FONT,
      orientation: this.widths.reduce((a, b) => a + b, 0) > PORTRAIT_WIDTH ? "landscape" : "portrait",
    };
  }
}
