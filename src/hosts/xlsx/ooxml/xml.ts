/**
 * A forward-only scanner over an XML part's tags, just enough for the few SpreadsheetML parts the reader needs:
 * no DOM, no namespaces (elements are matched by local name), no DTD (entities other than XML's own five and
 * character references stay as written). Malformed input never loops or throws; it reads as what it resembles.
 */

const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z]+));/g;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const SPACE = 0x20;
const AMPERSAND = 0x26;

function decodeReferences(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name !== undefined) return PREDEFINED[name] ?? whole;
    const code = hex !== undefined ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Character data as the document means it: line ends normalised (XML 1.0 §2.11) before references are decoded. */
function decodeText(raw: string): string {
  return decodeReferences(raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw);
}

/** An attribute value: literal white space becomes spaces (XML 1.0 §3.3.3) before references are decoded. */
function decodeAttribute(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === AMPERSAND || c < SPACE) return decodeReferences(raw.replace(/\r\n|[\t\n\r]/g, " "));
  }
  return raw;
}

export class XmlScanner {
  /** Whether the current tag is an end tag (`</c>`). */
  closing = false;
  /** Whether the current tag is an empty-element tag (`<c/>`). */
  selfClosing = false;
  private pos = 0;
  private nameStart = 0;
  private nameEnd = 0;
  /** The current tag's attributes as [name start, name end, value start, value end] positions, `attrCount` of them. */
  private readonly attrSpans: number[] = [];
  private attrCount = 0;

  constructor(private readonly xml: string) {}

  /** Moves to the next start, end or empty-element tag, past comments, CDATA, declarations and text; false at the end. */
  next(): boolean {
    const { xml } = this;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) {
        this.pos = xml.length;
        return false;
      }
      const first = xml.charCodeAt(lt + 1);
      if (first === BANG || first === QUESTION) {
        this.pos = this.afterMarkup(lt);
        continue;
      }
      this.closing = first === SLASH;
      let i = this.closing ? lt + 2 : lt + 1;
      const start = i;
      let colon = -1;
      for (; i < xml.length; i++) {
        const c = xml.charCodeAt(i);
        if (c <= SPACE || c === GT || c === SLASH) break;
        if (c === COLON) colon = i;
      }
      this.nameStart = colon < 0 ? start : colon + 1;
      this.nameEnd = i;
      this.pos = this.readAttributes(i);
      return true;
    }
  }

  /** Records the attributes from `i` to the tag's end; returns the position after the tag. */
  private readAttributes(i: number): number {
    // charCodeAt past the end is NaN, which ends every loop below.
    const { xml, attrSpans } = this;
    this.attrCount = 0;
    this.selfClosing = false;
    for (let c = xml.charCodeAt(i); i < xml.length; c = xml.charCodeAt(i)) {
      if (c === GT) return i + 1;
      if (c <= SPACE || c === SLASH) {
        this.selfClosing = c === SLASH && xml.charCodeAt(i + 1) === GT;
        i++;
        continue;
      }
      const nameStart = i;
      while (c > SPACE && c !== EQUALS && c !== GT) c = xml.charCodeAt(++i);
      const nameEnd = i;
      while (c <= SPACE) c = xml.charCodeAt(++i);
      if (c !== EQUALS) continue;
      do c = xml.charCodeAt(++i);
      while (c <= SPACE);
      if (c !== QUOTE && c !== APOSTROPHE) continue;
      // Values may hold ">" (a number format's "[>=100]"): the value ends at its closing quote only.
      const close = xml.indexOf(c === QUOTE ? '"' : "'", i + 1);
      if (close < 0) return xml.length;
      const at = 4 * this.attrCount++;
      attrSpans[at] = nameStart;
      attrSpans[at + 1] = nameEnd;
      attrSpans[at + 2] = i + 1;
      attrSpans[at + 3] = close;
      i = close + 1;
    }
    return i;
  }

  /** Moves to the next tag inside the element `name` whose start tag is current; false at its end tag. */
  until(name: string): boolean {
    return this.next() && !(this.closing && this.is(name));
  }

  /** Whether the current tag's local name is `name`. */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart);
  }

  /** The current tag's attribute `name` (exactly as written, or under any prefix when `anyPrefix`), decoded. */
  attr(name: string, anyPrefix = false): string | undefined {
    const { xml, attrSpans } = this;
    for (let at = 0; at < 4 * this.attrCount; at += 4) {
      const start = attrSpans[at];
      const local = attrSpans[at + 1] - name.length;
      const named = anyPrefix ? local > start && xml.charCodeAt(local - 1) === COLON : local === start;
      if (named && xml.startsWith(name, local)) return decodeAttribute(xml.slice(attrSpans[at + 2], attrSpans[at + 3]));
    }
    return undefined;
  }

  /**
   * The character data after the current start tag, up to the next tag (CDATA sections included): the content of
   * a text-only element such as `<v>` or `<t>`. Empty for an empty-element tag.
   */
  text(): string {
    if (this.selfClosing) return "";
    const { xml } = this;
    let out = "";
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      const end = lt < 0 ? xml.length : lt;
      if (end > this.pos) out += decodeText(xml.slice(this.pos, end));
      this.pos = end;
      if (xml.startsWith("<![CDATA[", end)) {
        const close = xml.indexOf("]]>", end + 9);
        const stop = close < 0 ? xml.length : close;
        out += xml.slice(end + 9, stop).replace(/\r\n?/g, "\n");
        this.pos = stop + 3;
      } else if (xml.startsWith("<!--", end)) this.pos = this.afterMarkup(end);
      else return out;
    }
  }

  /** Past the end tag of the current element (its content skipped), for elements whose content is not read. */
  skip(): void {
    if (this.selfClosing || this.closing) return;
    let depth = 1;
    while (depth > 0 && this.next()) {
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
    }
  }

  /** The position after a comment, CDATA section, processing instruction or declaration starting at `lt`. */
  private afterMarkup(lt: number): number {
    const { xml } = this;
    const close = xml.startsWith("<!--", lt) ? "-->" : xml.startsWith("<![CDATA[", lt) ? "]]>" : xml.startsWith("<?", lt) ? "?>" : ">";
    let from = lt + 2;
    if (close === ">") {
      // A DOCTYPE's internal subset holds declarations of its own: skip to its "]" first.
      const bracket = xml.indexOf("[", lt);
      const gt = xml.indexOf(">", lt);
      if (bracket >= 0 && bracket < gt) from = xml.indexOf("]", bracket);
    }
    const at = from < 0 ? -1 : xml.indexOf(close, from);
    return at < 0 ? xml.length : at + close.length;
  }
}
