import { appendSplice, applySplices, attributes, childrenNamed, namespacePrefix, prefixOf, rootElement, type XmlElement } from "./xml-elements";
import { escapeXml, unescapeXml } from "./xml-text";

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name in the package (no leading slash), or the raw target of an external one. */
  part: string;
  external: boolean;
}

/** The namespace of r:id attributes, in transitional and strict OOXML. */
export const RELATIONSHIPS_NS = ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"];
/** Relationship types written by a patch (the types read are matched by their last segment). */
export const RELATIONSHIP_TYPE = {
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
};

/** The prefix a part's root element binds to the relationships namespace ("r:"), if it binds one. */
export function relationshipsPrefix(xml: string, root: XmlElement): string | undefined {
  return RELATIONSHIPS_NS.map((ns) => namespacePrefix(xml, root, ns)).find((p) => p !== undefined);
}

/** An r:id attribute for a new element of the part: with the prefix the part binds, else declaring one. */
export function relationshipIdAttribute(xml: string, root: XmlElement, id: string): string {
  const r = relationshipsPrefix(xml, root);
  return r ? `${r}id="${id}"` : `xmlns:r="${RELATIONSHIPS_NS[0]}" r:id="${id}"`;
}

const EMPTY_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

/** The relationships part of a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsName(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function directory(part: string): string[] {
  return part.split("/").slice(0, -1);
}

/** A part name or relationship target as text: percent-escapes decoded, where they are valid. */
export function decodeUri(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}

/** A relationship target resolved against the part holding the relationship, as a part name. */
export function resolveTarget(source: string, target: string): string {
  const path = decodeUri(target.split("#")[0]);
  const segments = path.startsWith("/") ? [] : directory(source);
  for (const segment of path.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The target to write in `source`'s relationships for the part `target`: relative, each segment URI-escaped. */
export function relativeTarget(source: string, target: string): string {
  const from = directory(source);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].map((s) => (s === ".." ? s : encodeURIComponent(s))).join("/");
}

/** The relationships of the part `source`, from its .rels part's XML. */
export function readRelationships(xml: string | undefined, source: string): Relationship[] {
  if (!xml) return [];
  const root = rootElement(xml);
  return childrenNamed(xml, root, "Relationship").map((element: XmlElement) => {
    const a = attributes(xml, element);
    const target = unescapeXml(a.get("Target") ?? "");
    const external = a.get("TargetMode") === "External";
    return { id: unescapeXml(a.get("Id") ?? ""), type: unescapeXml(a.get("Type") ?? ""), part: external ? target : resolveTarget(source, target), external };
  });
}

/** Whether a relationship is of `kind` ("worksheet", "comments", …), in transitional or strict OOXML. */
export function isType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

/** The .rels XML with a relationship added under an Id not yet used, and that Id. */
export function addRelationship(xml: string | undefined, source: string, type: string, target: string): { xml: string; id: string } {
  const rels = xml ?? EMPTY_RELS;
  const used = new Set(readRelationships(xml, source).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const root = rootElement(rels);
  const element = `<${prefixOf(root.name)}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(relativeTarget(source, target))}"/>`;
  return { xml: applySplices(rels, [appendSplice(rels, root, element)]), id };
}
