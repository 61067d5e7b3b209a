import { childNamed, children, content, localName, type XmlElement } from "./xml-elements";
import { cellText } from "./xml-text";

/** A run of formatted text: its <rPr> as written (or "") and its text. */
export interface Run {
  properties: string;
  text: string;
}

/** The runs of a rich text element (a note's <text>, a shared string's <si>, an inline <is>); phonetic guides left out. */
export function runs(xml: string, element: XmlElement): Run[] {
  return children(xml, element).flatMap((child): Run[] => {
    const name = localName(child.name);
    if (name === "t") return [{ properties: "", text: cellText(content(xml, child)) }];
    if (name !== "r") return [];
    const t = childNamed(xml, child, "t");
    const rPr = childNamed(xml, child, "rPr");
    return [{ properties: rPr ? xml.slice(rPr.start, rPr.end) : "", text: t ? cellText(content(xml, t)) : "" }];
  });
}

/** A rich text element's text, without its formatting. */
export function plainText(xml: string, element: XmlElement): string {
  return runs(xml, element).map((r) => r.text).join("");
}
