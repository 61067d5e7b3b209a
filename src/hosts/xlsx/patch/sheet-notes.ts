import { CONTENT_TYPES, withContentType } from "./content-types";
import { commentsWithNotes, type CellNote } from "./note-comments";
import { drawingWithNoteShapes, shapeBlocks } from "./note-shapes";
import type { PackageFiles } from "./package-files";
import { addRelationship, isType, readRelationships, RELATIONSHIP_TYPE, relationshipIdAttribute, relationshipsPrefix, relsName, type Relationship } from "./relationships";
import { applySplices, attributes, childNamed, insertChildSplice, prefixOf, rootElement } from "./xml-elements";
import { unescapeXml } from "./xml-text";

const COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
const VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
/** What CT_Worksheet's sequence has after <legacyDrawing>. */
const AFTER_LEGACY_DRAWING = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/** A shape block no VML drawing of the package uses. */
function freeBlock(files: PackageFiles): number {
  const used = files.names().filter((n) => n.toLowerCase().endsWith(".vml")).flatMap((n) => shapeBlocks(files.text(n) ?? ""));
  return Math.max(0, ...used) + 1;
}

/** The VML drawing a worksheet's <legacyDrawing> names (the one with its notes' boxes), if it has one. */
function legacyDrawingPart(sheetXml: string, relationships: Relationship[]): string | undefined {
  const root = rootElement(sheetXml);
  const element = childNamed(sheetXml, root, "legacyDrawing");
  if (!element) return undefined;
  const a = attributes(sheetXml, element);
  const r = relationshipsPrefix(sheetXml, root) ?? "r:";
  const id = unescapeXml(a.get(`${r}id`) ?? "");
  return relationships.find((rel) => rel.id === id && !rel.external)?.part;
}

/**
 * Adds our notes to a worksheet: merged into its comments part and its VML drawing, each created (with its
 * relationship and content type, and <legacyDrawing> in the sheet) when the sheet has none. Returns the sheet's XML
 * and the addresses of the notes that keep a person's own text before ours.
 */
export function annotateSheet(files: PackageFiles, sheetPart: string, sheetXml: string, notes: CellNote[], author: string): { xml: string; shared: Set<string> } {
  const rels = relsName(sheetPart);
  const relationships = readRelationships(files.text(rels), sheetPart);
  let types = files.text(CONTENT_TYPES);
  if (types === undefined) throw new Error(`${CONTENT_TYPES} missing`);
  let xml = sheetXml;

  let comments = relationships.find((r) => isType(r, "comments") && !r.external)?.part;
  if (!comments) {
    comments = files.freeName("xl/comments", ".xml");
    files.setText(rels, addRelationship(files.text(rels), sheetPart, RELATIONSHIP_TYPE.comments, comments).xml);
  }
  const annotated = commentsWithNotes(files.text(comments), notes, author);
  files.setText(comments, annotated.xml);
  types = withContentType(types, comments, COMMENTS_TYPE, false);

  let drawing = legacyDrawingPart(xml, relationships);
  if (!drawing) {
    drawing = files.freeName("xl/drawings/vmlDrawing", ".vml");
    const { xml: relsXml, id } = addRelationship(files.text(rels), sheetPart, RELATIONSHIP_TYPE.vmlDrawing, drawing);
    files.setText(rels, relsXml);
    const root = rootElement(xml);
    const element = `<${prefixOf(root.name)}legacyDrawing ${relationshipIdAttribute(xml, root, id)}/>`;
    xml = applySplices(xml, [insertChildSplice(xml, root, element, AFTER_LEGACY_DRAWING)]);
  }
  files.setText(drawing, drawingWithNoteShapes(files.text(drawing), notes, freeBlock(files)));
  types = withContentType(types, drawing, VML_TYPE, true);
  files.setText(CONTENT_TYPES, types);
  return { xml, shared: annotated.shared };
}
