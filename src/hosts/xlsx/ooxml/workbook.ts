import { XmlScanner } from "./xml";

export interface WorkbookPart {
  /** Every sheet in tab order, hidden and very hidden ones too (as exceljs keeps them), by relationship id. */
  sheets: { name: string; relationship?: string }[];
  /** Serials count from 1904-01-01 (`<workbookPr date1904>`), as Excel for Mac once did. */
  date1904: boolean;
}

export function readWorkbook(xml: string): WorkbookPart {
  const part: WorkbookPart = { sheets: [], date1904: false };
  const x = new XmlScanner(xml);
  while (x.next()) {
    if (x.closing) continue;
    if (x.is("workbookPr")) part.date1904 = ["1", "true"].includes(x.attr("date1904") ?? "");
    else if (x.is("sheet")) part.sheets.push({ name: x.attr("name") ?? "", relationship: x.attr("id", true) });
  }
  return part;
}
