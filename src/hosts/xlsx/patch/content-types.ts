import { appendSplice, applySplices, attributes, childrenNamed, prefixOf, rootElement } from "./xml-elements";
import { decodeUri } from "./relationships";
import { escapeXml, unescapeXml } from "./xml-text";

export const CONTENT_TYPES = "[Content_Types].xml";

/** [Content_Types].xml with `part` given a content type, unless an Override or a Default for its extension has one. */
export function withContentType(xml: string, part: string, contentType: string, byExtension: boolean): string {
  const root = rootElement(xml);
  const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
  for (const element of childrenNamed(xml, root, "Override")) {
    if (decodeUri(unescapeXml(attributes(xml, element).get("PartName") ?? "")).toLowerCase() === `/${part}`.toLowerCase()) return xml;
  }
  const defaults = childrenNamed(xml, root, "Default").map((e) => unescapeXml(attributes(xml, e).get("Extension") ?? "").toLowerCase());
  if (byExtension && defaults.includes(extension)) return xml;
  const prefix = prefixOf(root.name);
  const element = byExtension
    ? `<${prefix}Default Extension="${escapeXml(extension)}" ContentType="${escapeXml(contentType)}"/>`
    : `<${prefix}Override PartName="${escapeXml(`/${part}`)}" ContentType="${escapeXml(contentType)}"/>`;
  return applySplices(xml, [appendSplice(xml, root, element)]);
}
