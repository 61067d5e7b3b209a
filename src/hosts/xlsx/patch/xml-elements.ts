/**
 * Just enough of XML to edit parts in place: elements found by name and position, their start tags' attributes read
 * and set, the text around them left exactly as it was.
 */

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

export interface XmlElement {
  /** The qualified name, with its prefix. */
  name: string;
  start: number;
  /** Just past the start tag. */
  openEnd: number;
  /** Where the end tag starts (`openEnd` for an empty element). */
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

export function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The prefix of a qualified name with its colon ("x:"), or "". */
export function prefixOf(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? "" : name.slice(0, colon + 1);
}

/** The start tag at `at` (which must be "<" followed by a name), or undefined. */
function startTag(xml: string, at: number): { name: string; end: number; selfClosing: boolean } | undefined {
  START_TAG.lastIndex = at;
  const m = START_TAG.exec(xml);
  return m ? { name: m[1], end: at + m[0].length, selfClosing: m[3] === "/" } : undefined;
}

const tagPatterns = new Map<string, RegExp>();

/** Start and end tags of elements named `name`. */
function tagPattern(name: string): RegExp {
  let pattern = tagPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`<(/?)${name.replace(/[.]/g, "\\.")}(?=[\\s/>])`, "g");
    tagPatterns.set(name, pattern);
  }
  return pattern;
}

/** Where the end tag of the element `name` opened before `from` starts, counting nested elements of the same name. */
function closingTag(xml: string, name: string, from: number): number {
  const pattern = tagPattern(name);
  pattern.lastIndex = from;
  let depth = 1;
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) {
    if (m[1]) {
      if (--depth === 0) return m.index;
      continue;
    }
    const tag = startTag(xml, m.index);
    if (tag && !tag.selfClosing) depth++;
  }
  throw new Error(`unclosed <${name}>`);
}

function elementAt(xml: string, at: number): XmlElement | undefined {
  const tag = startTag(xml, at);
  if (!tag) return undefined;
  if (tag.selfClosing) return { name: tag.name, start: at, openEnd: tag.end, closeStart: tag.end, end: tag.end, selfClosing: true };
  const closeStart = closingTag(xml, tag.name, tag.end);
  return { name: tag.name, start: at, openEnd: tag.end, closeStart, end: xml.indexOf(">", closeStart) + 1, selfClosing: false };
}

/** The child elements of `parent`, skipping comments, CDATA sections and processing instructions. */
export function children(xml: string, parent: XmlElement): XmlElement[] {
  const found: XmlElement[] = [];
  let at = parent.openEnd;
  while (at < parent.closeStart) {
    at = xml.indexOf("<", at);
    if (at < 0 || at >= parent.closeStart) break;
    if (xml.startsWith("<!--", at)) at = xml.indexOf("-->", at) + 3;
    else if (xml.startsWith("<![CDATA[", at)) at = xml.indexOf("]]>", at) + 3;
    else if (xml[at + 1] === "?" || xml[at + 1] === "!") at = xml.indexOf(">", at) + 1;
    else {
      const element = elementAt(xml, at);
      if (!element) throw new Error(`malformed XML at ${at}`);
      found.push(element);
      at = element.end;
    }
  }
  return found;
}

/** The document element. */
export function rootElement(xml: string): XmlElement {
  const document: XmlElement = { name: "", start: 0, openEnd: 0, closeStart: xml.length, end: xml.length, selfClosing: false };
  const [root] = children(xml, document);
  if (!root) throw new Error("no document element");
  return root;
}

export function childrenNamed(xml: string, parent: XmlElement, local: string): XmlElement[] {
  return children(xml, parent).filter((e) => localName(e.name) === local);
}

export function childNamed(xml: string, parent: XmlElement, local: string): XmlElement | undefined {
  return children(xml, parent).find((e) => localName(e.name) === local);
}

/** The start tag's attributes, values still escaped, by qualified name. */
export function attributes(xml: string, element: XmlElement): Map<string, string> {
  const tag = xml.slice(element.start, element.openEnd);
  const found = new Map<string, string>();
  for (const m of tag.matchAll(ATTRIBUTE)) found.set(m[1], m[2] ?? m[3]);
  return found;
}

/** A start tag written from a name and attributes, values as read (escaped, but a single-quoted one may hold "). */
export function startTagXml(name: string, attrs: Map<string, string>, selfClosing: boolean): string {
  const list = [...attrs].map(([k, v]) => ` ${k}="${v.replace(/"/g, "&quot;")}"`).join("");
  return `<${name}${list}${selfClosing ? "/>" : ">"}`;
}

/** The element's content: the text between its start and end tags. */
export function content(xml: string, element: XmlElement): string {
  return xml.slice(element.openEnd, element.closeStart);
}

/** The prefix the root element binds to `namespace` ("r:"), or undefined. */
export function namespacePrefix(xml: string, root: XmlElement, namespace: string): string | undefined {
  for (const [name, value] of attributes(xml, root)) {
    if (value === namespace && name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  }
  return undefined;
}

export interface Splice {
  start: number;
  end: number;
  text: string;
}

/**
 * `xml` with each range replaced by its text; ranges must not overlap. Insertions at one place keep their order and
 * go before a replacement starting there.
 */
export function applySplices(xml: string, splices: Splice[]): string {
  const sorted = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start || a.s.end - b.s.end || a.i - b.i).map((x) => x.s);
  let out = "";
  let at = 0;
  for (const s of sorted) {
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

/** The splice adding `text` at the end of `parent`'s content, opening it first when it is an empty-element tag. */
export function appendSplice(xml: string, parent: XmlElement, text: string): Splice {
  if (!parent.selfClosing) return { start: parent.closeStart, end: parent.closeStart, text };
  const open = xml.slice(parent.start, parent.openEnd).replace(/\s*\/>$/, ">");
  return { start: parent.start, end: parent.end, text: `${open}${text}</${parent.name}>` };
}

/**
 * The splice inserting `text` as a child of `parent` where a schema's sequence puts it: before the first child
 * named in `followers` (the elements the sequence has after it), else at the end.
 */
export function insertChildSplice(xml: string, parent: XmlElement, text: string, followers: string[]): Splice {
  const next = children(xml, parent).find((e) => followers.includes(localName(e.name)));
  return next ? { start: next.start, end: next.start, text } : appendSplice(xml, parent, text);
}
