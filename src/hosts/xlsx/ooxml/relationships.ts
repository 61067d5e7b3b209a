import { XmlScanner } from "./xml";

export interface Relationship {
  /** The relationship type's last segment: "worksheet", "styles", "sharedStrings", "officeDocument", … */
  kind: string;
  /** The target part's name in the package (no leading "/"). */
  part: string;
}

/** The relationships part of `part`: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels", "" (the package) → "_rels/.rels". */
export function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of the part it is relative to ("worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"). */
function resolve(source: string, target: string): string {
  const segments = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

/** The internal relationships of `source` by id, from its .rels part's XML (none when the part is missing). */
export function readRelationships(xml: string | undefined, source: string): Map<string, Relationship> {
  const relationships = new Map<string, Relationship>();
  const x = new XmlScanner(xml ?? "");
  while (x.next()) {
    if (x.closing || !x.is("Relationship") || x.attr("TargetMode") === "External") continue;
    const id = x.attr("Id");
    const target = x.attr("Target");
    if (id === undefined || target === undefined) continue;
    const type = x.attr("Type") ?? "";
    relationships.set(id, { kind: type.slice(type.lastIndexOf("/") + 1), part: resolve(source, target) });
  }
  return relationships;
}

/** The part of the first relationship of `kind`, if any. */
export function partOfKind(relationships: Map<string, Relationship>, kind: string): string | undefined {
  for (const r of relationships.values()) if (r.kind === kind) return r.part;
  return undefined;
}
