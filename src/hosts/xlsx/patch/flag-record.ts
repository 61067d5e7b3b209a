import { cellAddress } from "../../../core/snapshot";
import {
  FLAG_RECORD_NAMESPACE, flagRecordXml, LEGACY_FLAG_SHEET, LEGACY_HEADER, mergedRecord, noteDigest, parseFlagRecordXml, parseLegacyRecord,
} from "../../flag-record";
import type { FlagRecord } from "../../host";
import { CONTENT_TYPES, withContentType } from "./content-types";
import type { PackageFiles } from "./package-files";
import { addRelationship, isType, relsName } from "./relationships";
import { sharedStrings, sheetValues } from "./sheet-values";
import type { WorkbookPart } from "./workbook-part";
import { attributes, prefixOf, rootElement } from "./xml-elements";
import { escapeXml, unescapeXml } from "./xml-text";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CUSTOM_XML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const CUSTOM_XML_PROPS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
const PROPS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

/** The namespace of a part's root element. */
function rootNamespace(xml: string): string | undefined {
  const root = rootElement(xml);
  const prefix = prefixOf(root.name);
  const declared = attributes(xml, root).get(prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns");
  return declared === undefined ? undefined : unescapeXml(declared);
}

/** The workbook's custom XML part holding the record, if any (found by its root namespace, as Excel finds it). */
function recordPart(files: PackageFiles, workbook: WorkbookPart): string | undefined {
  return workbook.relationships
    .filter((r) => isType(r, "customXml") && !r.external)
    .map((r) => r.part)
    .find((part) => {
      const xml = files.text(part);
      try {
        return xml !== undefined && rootNamespace(xml) === FLAG_RECORD_NAMESPACE;
      } catch {
        return false;
      }
    });
}

/** The flags the package records already (a copy annotated before, by this patch or the add-in); none when damaged. */
function previousRecord(files: PackageFiles, workbook: WorkbookPart, part: string | undefined): FlagRecord[] {
  if (part !== undefined) {
    const state = parseFlagRecordXml(files.text(part) ?? "");
    return state.kind === "read" ? state.flags : [];
  }
  const sheet = workbook.sheets.get(LEGACY_FLAG_SHEET);
  const xml = sheet === undefined ? undefined : files.text(sheet);
  if (xml === undefined) return [];
  const strings = workbook.relationships.find((r) => isType(r, "sharedStrings") && !r.external)?.part;
  return parseLegacyRecord(sheetValues(xml, sharedStrings(strings === undefined ? undefined : files.text(strings))));
}

/** The previous version's record sheet emptied to its header row: its flags are in the custom XML part now. */
function emptiedLegacySheet(workbookXml: string): string {
  const root = rootElement(workbookXml);
  const prefix = prefixOf(root.name);
  const declared = attributes(workbookXml, root).get(prefix ? `xmlns:${prefix.slice(0, -1)}` : "xmlns");
  const namespace = declared === undefined ? MAIN_NS : unescapeXml(declared);
  const cells = LEGACY_HEADER.map((v, c) => `<c r="${cellAddress(0, c)}" t="inlineStr"><is><t>${v}</t></is></c>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${escapeXml(namespace)}"><dimension ref="A1:D1"/><sheetData><row r="1">${cells}</row></sheetData></worksheet>`;
}

/** A new custom XML part with its properties part, related from the workbook part, with content types. */
function addRecordPart(files: PackageFiles, workbook: WorkbookPart, xml: string): void {
  const part = files.freeName("customXml/item", ".xml");
  const number = part.slice("customXml/item".length, -".xml".length);
  const props = `customXml/itemProps${number}.xml`;
  // The item's id, unique to this record's content (a patch of the same file stays the same bytes).
  const hex = [xml, part, props, workbook.name].map(noteDigest).join("").toUpperCase();
  const id = `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
  files.setText(part, xml);
  files.setText(props, `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="${id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${FLAG_RECORD_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`);
  files.setText(relsName(part), addRelationship(undefined, part, CUSTOM_XML_PROPS_TYPE, props).xml);
  const types = withContentType(files.text(CONTENT_TYPES) ?? "", part, "application/xml", true);
  files.setText(CONTENT_TYPES, withContentType(types, props, PROPS_CONTENT_TYPE, false));
  const rels = relsName(workbook.name);
  files.setText(rels, addRelationship(files.text(rels), workbook.name, CUSTOM_XML_TYPE, part).xml);
}

/**
 * Writes the record of the cells flagged as the Excel add-in keeps it, so that its 清除标记 works on the copy: the
 * custom XML part in the record's namespace, added or replaced. Each cell keeps the format recorded when it was
 * first flagged; cells recorded earlier and not flagged again keep their flag (and record) while their sheet exists.
 * A record in the previous version's very hidden sheet moves into the part.
 */
export function writeFlagRecord(files: PackageFiles, workbook: WorkbookPart, flagged: FlagRecord[]): void {
  const part = recordPart(files, workbook);
  const sheets = new Set([...workbook.sheets.keys()].filter((name) => name !== LEGACY_FLAG_SHEET));
  const xml = flagRecordXml(mergedRecord(previousRecord(files, workbook, part), flagged, true, sheets));
  if (part === undefined) addRecordPart(files, workbook, xml);
  else files.setText(part, xml);
  const legacy = workbook.sheets.get(LEGACY_FLAG_SHEET);
  if (legacy !== undefined) files.setText(legacy, emptiedLegacySheet(files.text(workbook.name) ?? ""));
}
