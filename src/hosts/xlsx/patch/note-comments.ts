import { NOTE_PREFIX } from "../../../core/plan";
import { parseAddress } from "../../../core/snapshot";
import { runs, type Run } from "./rich-text";
import { appendSplice, applySplices, attributes, childNamed, children, content, prefixOf, rootElement, type Splice, type XmlElement } from "./xml-elements";
import { escapeCellText, escapeXml, unescapeXml } from "./xml-text";

/** Our note for a cell: the flag's messages, which go after the person's own note text. */
export interface CellNote {
  row: number;
  col: number;
  address: string;
  text: string;
}

const EMPTY_COMMENTS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

function runXml(prefix: string, run: Run): string {
  return `<${prefix}r>${run.properties}<${prefix}t xml:space="preserve">${escapeCellText(run.text)}</${prefix}t></${prefix}r>`;
}

/** The person's own part of a note: what comes before a note this tool added earlier, trailing blanks trimmed. */
function ownRuns(all: Run[]): Run[] {
  const own: Run[] = [];
  for (const run of all) {
    const ours = run.text.indexOf(NOTE_PREFIX);
    own.push(ours < 0 ? run : { ...run, text: run.text.slice(0, ours) });
    if (ours >= 0) break;
  }
  while (own.length > 0) {
    const last = own[own.length - 1];
    const trimmed = last.text.trimEnd();
    if (trimmed) {
      own[own.length - 1] = { ...last, text: trimmed };
      break;
    }
    own.pop();
  }
  return own;
}

function position(ref: string): number {
  const p = parseAddress(ref);
  return p ? p.row * 16384 + p.col : -1;
}

/** A comments part with our notes, and the addresses of the notes that keep a person's own text before ours. */
export interface AnnotatedComments {
  xml: string;
  shared: Set<string>;
}

/**
 * A comments part (xl/commentsN.xml) with our notes: a cell that has a note keeps the person's text and formatting
 * (a note this tool added earlier dropped) with ours after a blank line; other cells get a new note, in row order.
 * Other people's notes stay as they are.
 */
export function commentsWithNotes(existing: string | undefined, notes: CellNote[], author: string): AnnotatedComments {
  const xml = existing ?? EMPTY_COMMENTS;
  const root = rootElement(xml);
  const prefix = prefixOf(root.name);
  const authors = childNamed(xml, root, "authors");
  const list = childNamed(xml, root, "commentList");
  if (!authors || !list) throw new Error("comments part without <authors> or <commentList>");
  const splices: Splice[] = [];
  const names = children(xml, authors).map((a) => unescapeXml(content(xml, a)));
  let authorId = names.indexOf(author);
  if (authorId < 0) {
    authorId = names.length;
    splices.push(appendSplice(xml, authors, `<${prefix}author>${escapeXml(author)}</${prefix}author>`));
  }
  const comments = children(xml, list).map((element) => ({ element, at: position(unescapeXml(attributes(xml, element).get("ref") ?? "")) }));
  const added = new Map<XmlElement | undefined, string>();
  const shared = new Set<string>();
  for (const note of [...notes].sort((a, b) => a.row - b.row || a.col - b.col)) {
    const at = note.row * 16384 + note.col;
    const comment = comments.find((c) => c.at === at);
    const text = comment && childNamed(xml, comment.element, "text");
    if (text) {
      const own = ownRuns(runs(xml, text));
      if (own.length > 0) shared.add(note.address);
      const ours: Run = { properties: "", text: own.length > 0 ? `\n\n${note.text}` : note.text };
      const body = [...own, ours].map((r) => runXml(prefix, r)).join("");
      splices.push(text.selfClosing ? { start: text.start, end: text.end, text: `<${text.name}>${body}</${text.name}>` } : { start: text.openEnd, end: text.closeStart, text: body });
      continue;
    }
    const element = `<${prefix}comment ref="${note.address}" authorId="${authorId}" shapeId="0"><${prefix}text>${runXml(prefix, { properties: "", text: note.text })}</${prefix}text></${prefix}comment>`;
    const before = comments.find((c) => c.at > at)?.element;
    added.set(before, (added.get(before) ?? "") + element);
  }
  for (const [before, text] of added) splices.push(before ? { start: before.start, end: before.start, text } : appendSplice(xml, list, text));
  return { xml: applySplices(xml, splices), shared };
}
