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
const CR = 0x0d;

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

/** Whether an attribute value as written differs from what it means: it holds a reference or white space to normalise. */
function attributeNeedsDecoding(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMPERSAND || c < SPACE) return true;
  }
  return false;
}

/** An attribute value: literal white space becomes spaces (XML 1.0 §3.3.3) before references are decoded. */
function decodeAttribute(raw: string): string {
  return attributeNeedsDecoding(raw, 0, raw.length) ? decodeReferences(raw.replace(/\r\n|[\t\n\r]/g, " ")) : raw;
}

/** Whether character data as written differs from what it means: it holds a reference or a line end to normalise. */
function textNeedsDecoding(xml: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMPERSAND || c === CR) return true;
  }
  return false;
}

/**
 * Reads a value from `text` between `start` and `end` without copying that part out: the scanner hands over an
 * attribute's value or an element's text where it is written whenever it means what it says.
 */
export type SpanReader<T> = (text: string, start: number, end: number) => T;

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

  /** Where the current tag's attribute `name` is in attrSpans (exactly as written, or under any prefix), or -1. */
  private attrAt(name: string, anyPrefix: boolean): number {
    const { xml, attrSpans } = this;
    for (let at = 0; at < 4 * this.attrCount; at += 4) {
      const start = attrSpans[at];
      const local = attrSpans[at + 1] - name.length;
      const named = anyPrefix ? local > start && xml.charCodeAt(local - 1) === COLON : local === start;
      if (named && xml.startsWith(name, local)) return at;
    }
    return -1;
  }

  /** The current tag's attribute `name` (exactly as written, or under any prefix when `anyPrefix`), decoded. */
  attr(name: string, anyPrefix = false): string | undefined {
    const at = this.attrAt(name, anyPrefix);
    return at < 0 ? undefined : decodeAttribute(this.xml.slice(this.attrSpans[at + 2], this.attrSpans[at + 3]));
  }

  /** `read` over the current tag's attribute `name` (decoded, as attr gives it), or undefined when there is none. */
  attrWith<T>(name: string, read: SpanReader<T>): T | undefined {
    const at = this.attrAt(name, false);
    if (at < 0) return undefined;
    const { xml } = this;
    const start = this.attrSpans[at + 2];
    const end = this.attrSpans[at + 3];
    if (!attributeNeedsDecoding(xml, start, end)) return read(xml, start, end);
    const value = decodeAttribute(xml.slice(start, end));
    return read(value, 0, value.length);
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

  /** `read` over the character data text() gives, read where it is written when it is plain text up to a tag. */
  textWith<T>(read: SpanReader<T>): T {
    const { xml, pos } = this;
    if (!this.selfClosing) {
      const lt = xml.indexOf("<", pos);
      const end = lt < 0 ? xml.length : lt;
      if (xml.charCodeAt(end + 1) !== BANG && !textNeedsDecoding(xml, pos, end)) {
        this.pos = end;
        return read(xml, pos, end);
      }
    }
    const text = this.text();
    return read(text, 0, text.length);
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
