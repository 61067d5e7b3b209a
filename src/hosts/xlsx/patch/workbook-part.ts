import { CONTENT_TYPES, withContentType } from "./content-types";
import type { PackageFiles } from "./package-files";
import { addRelationship, isType, readRelationships, RELATIONSHIP_TYPE, relationshipIdAttribute, relationshipsPrefix, relsName, type Relationship } from "./relationships";
import { appendSplice, applySplices, attributes, childNamed, childrenNamed, insertChildSplice, prefixOf, rootElement, startTagXml } from "./xml-elements";
import { escapeXml, unescapeXml } from "./xml-text";

const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** What CT_Workbook's sequence has after <calcPr>. */
const AFTER_CALC_PR = ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

export interface WorkbookPart {
  name: string;
  relationships: Relationship[];
  /** Worksheet part names by sheet name. */
  sheets: Map<string, string>;
}

/** The workbook part named by the package's officeDocument relationship, with its worksheets by name. */
export function readWorkbookPart(files: PackageFiles): WorkbookPart {
  const main = readRelationships(files.text("_rels/.rels"), "").find((r) => isType(r, "officeDocument"));
  const name = main?.part ?? "xl/workbook.xml";
  const xml = files.text(name);
  if (xml === undefined) throw new Error(`workbook part ${name} missing`);
  const relationships = readRelationships(files.text(relsName(name)), name);
  const byId = new Map(relationships.filter((r) => isType(r, "worksheet")).map((r) => [r.id, r.part]));
  const root = rootElement(xml);
  const r = relationshipsPrefix(xml, root) ?? "r:";
  const sheets = new Map<string, string>();
  const list = childNamed(xml, root, "sheets");
  for (const sheet of list ? childrenNamed(xml, list, "sheet") : []) {
    const a = attributes(xml, sheet);
    const part = byId.get(unescapeXml(a.get(`${r}id`) ?? ""));
    if (part) sheets.set(unescapeXml(a.get("name") ?? ""), part);
  }
  return { name, relationships, sheets };
}

/** workbook.xml with <calcPr fullCalcOnLoad="1">: formulas reading a written cell hold stale results until recalculated. */
export function withFullCalcOnLoad(xml: string): string {
  const root = rootElement(xml);
  const calcPr = childNamed(xml, root, "calcPr");
  if (!calcPr) {
    return applySplices(xml, [insertChildSplice(xml, root, `<${prefixOf(root.name)}calcPr fullCalcOnLoad="1"/>`, AFTER_CALC_PR)]);
  }
  const a = attributes(xml, calcPr);
  if (a.get("fullCalcOnLoad") === "1" || a.get("fullCalcOnLoad") === "true") return xml;
  a.set("fullCalcOnLoad", "1");
  return xml.slice(0, calcPr.start) + startTagXml(calcPr.name, a, calcPr.selfClosing) + xml.slice(calcPr.openEnd);
}

/**
 * Adds a worksheet part holding `sheetXml` to the workbook, after its other sheets, with its relationship (of the
 * type the workbook's sheets have: transitional or strict) and content type. Returns the part's name.
 */
export function addSheet(files: PackageFiles, workbook: WorkbookPart, name: string, state: "visible" | "hidden" | "veryHidden", sheetXml: string): string {
  const directory = workbook.name.slice(0, workbook.name.lastIndexOf("/") + 1);
  const part = files.freeName(`${directory}worksheets/sheet`, ".xml");
  files.setText(part, sheetXml);
  files.setText(CONTENT_TYPES, withContentType(files.text(CONTENT_TYPES) ?? "", part, WORKSHEET_TYPE, false));
  const rels = relsName(workbook.name);
  const type = workbook.relationships.find((r) => isType(r, "worksheet"))?.type ?? RELATIONSHIP_TYPE.worksheet;
  const { xml: relsXml, id } = addRelationship(files.text(rels), workbook.name, type, part);
  files.setText(rels, relsXml);
  const xml = files.text(workbook.name) ?? "";
  const root = rootElement(xml);
  const sheets = childNamed(xml, root, "sheets");
  if (!sheets) throw new Error("workbook without <sheets>");
  const sheetIds = childrenNamed(xml, sheets, "sheet").map((e) => Number(attributes(xml, e).get("sheetId")) || 0);
  const element = `<${prefixOf(sheets.name)}sheet name="${escapeXml(name)}" sheetId="${Math.max(0, ...sheetIds) + 1}" state="${state}" ${relationshipIdAttribute(xml, root, id)}/>`;
  files.setText(workbook.name, applySplices(xml, [appendSplice(xml, sheets, element)]));
  return part;
}
