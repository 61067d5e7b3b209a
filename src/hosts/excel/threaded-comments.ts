/**
 * Where the person's threaded comments are. A cell holds a note or a threaded comment, never both, and Excel refuses
 * a note added where a comment is: a flagged cell with a comment gets its fill only (its explanation stays in the
 * pane). Office.js finds a comment by its cell only by throwing when there is none, so each sheet's comments are
 * listed in one sync and their cells loaded in the next.
 */

/** A sheet's threaded comments, queued for a first sync. */
export interface SheetComments {
  sheet: string;
  comments: Excel.CommentCollection;
}

/** The comments' cells, queued for the sync after the one that listed them. */
export interface CommentLocations {
  sheet: string;
  cells: Excel.Range[];
}

export function queueComments(context: Excel.RequestContext, sheets: Iterable<string>): SheetComments[] {
  return [...new Set(sheets)].map((sheet) => ({ sheet, comments: context.workbook.worksheets.getItem(sheet).comments.load("items/id") }));
}

export function queueCommentLocations(listed: SheetComments[]): CommentLocations[] {
  return listed.map(({ sheet, comments }) => ({ sheet, cells: comments.items.map((c) => c.getLocation().load("address")) }));
}

/** "Sheet!A1" of each cell holding a threaded comment (the address Excel returns carries the sheet, maybe quoted). */
export function commentedCells(located: CommentLocations[]): Set<string> {
  return new Set(located.flatMap(({ sheet, cells }) => cells.map((r) => `${sheet}!${r.address.slice(r.address.lastIndexOf("!") + 1).replace(/\$/g, "")}`)));
}
