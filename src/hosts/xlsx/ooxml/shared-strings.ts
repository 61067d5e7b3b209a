import { LimitError, MAX_SHARED_STRINGS } from "./limits";
import { integerIn } from "./span-numbers";
import { XmlScanner } from "./xml";
import { decodeXstring } from "./xstring";

/**
 * The text of a string item whose start tag (`<si>`, `<is>`) is current: its `<t>`, or its rich text runs' `<t>`s
 * joined, phonetic runs (`<rPh>`, the reading of East Asian text) left out. Null when it has neither.
 */
export function readStringItem(x: XmlScanner, element: string): string | null {
  let text: string | null = null;
  while (x.until(element)) {
    if (x.closing) continue;
    if (x.is("rPh")) x.skip();
    else if (x.is("t")) text = (text ?? "") + decodeXstring(x.text());
    // A run without text still makes the item a (rich, empty) string.
    else if (x.is("r")) text ??= "";
  }
  return text;
}

/** sharedStrings.xml: the strings `t="s"` cells point at by index. */
export class SharedStrings {
  private constructor(private readonly items: (string | null)[]) {}

  static read(xml: string | undefined): SharedStrings {
    const items: (string | null)[] = [];
    const x = new XmlScanner(xml ?? "");
    while (x.next()) {
      if (x.closing || !x.is("si")) continue;
      if (items.length === MAX_SHARED_STRINGS) throw new LimitError({ code: "too-many-shared-strings", limit: MAX_SHARED_STRINGS });
      items.push(x.selfClosing ? null : readStringItem(x, "si"));
    }
    return new SharedStrings(items);
  }

  /** The string a cell's `<v>` (written from `start` to `end`) points at; an index the part does not have makes the file corrupt. */
  at(text: string, start: number, end: number): string | null {
    const i = integerIn(text, start, end);
    if (!(i >= 0 && i < this.items.length)) throw new Error(`shared string ${text.slice(start, end)} does not exist`);
    return this.items[i];
  }
}
