import { builtInFormat, holdsSerialDays } from "./number-formats";
import { XmlScanner } from "./xml";

/** The number format a cell style (an index into cellXfs) gives its cells. */
export interface CellFormat {
  /** The format code; absent for General. */
  numFmt?: string;
  isDate: boolean;
}

const GENERAL: CellFormat = { isDate: false };

/** Number formats by cell style, from styles.xml: `<cellXfs>` → numFmtId → a `<numFmts>` entry or a built-in. */
export class CellStyles {
  private constructor(private readonly formats: CellFormat[]) {}

  static read(xml: string | undefined): CellStyles {
    if (xml === undefined) return new CellStyles([]);
    const declared = new Map<number, string>();
    const ids: number[] = [];
    const x = new XmlScanner(xml);
    while (x.next()) {
      if (x.closing) continue;
      // <numFmt> also appears in differential formats (<dxfs>), <xf> in cell style formats: only these lists count.
      if (x.is("numFmts") && !x.selfClosing) {
        while (x.until("numFmts")) {
          const code = x.is("numFmt") && !x.closing ? x.attr("formatCode") : undefined;
          if (code !== undefined) declared.set(parseInt(x.attr("numFmtId") ?? "", 10), code);
        }
      } else if (x.is("cellXfs") && !x.selfClosing) {
        while (x.until("cellXfs")) {
          if (!x.closing && x.is("xf")) ids.push(parseInt(x.attr("numFmtId") ?? "0", 10));
        }
      }
    }
    return new CellStyles(
      ids.map((id) => {
        const code = declared.get(id) ?? builtInFormat(id);
        return code === undefined || code === "General" ? GENERAL : { numFmt: code, isDate: holdsSerialDays(code) };
      }),
    );
  }

  /** The format of a cell style: its `s` attribute read as an integer (NaN when it is none); 0 when it has none. */
  format(style: number): CellFormat {
    return this.formats[style] ?? GENERAL;
  }
}
