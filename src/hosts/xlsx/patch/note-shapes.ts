import { attributes, content, rootElement, startTagXml } from "./xml-elements";

/** The shapes of a sheet's notes are numbered in blocks of 1024 per drawing: _x0000_s1025 is block 1's first. */
const BLOCK = 1024;
const NAMESPACES: [string, string][] = [
  ["xmlns:v", "urn:schemas-microsoft-com:vml"],
  ["xmlns:o", "urn:schemas-microsoft-com:office:office"],
  ["xmlns:x", "urn:schemas-microsoft-com:office:excel"],
];
/** The shape type of a note's box, as Excel writes it. */
const NOTE_SHAPE_TYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function noteShape(id: number, row: number, col: number): string {
  // Anchor: from (column, x offset, row, y offset) to (column, x offset, row, y offset), right of the cell.
  const anchor = [col + 1, 15, Math.max(row - 1, 0), 10, col + 4, 15, row + 5, 4].join(", ");
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:90pt;z-index:${id % BLOCK};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill>` +
    `<x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** The numbers of a drawing's shape blocks (<o:idmap data="1,2">). */
export function shapeBlocks(vml: string): number[] {
  return [...vml.matchAll(/<(?:\w+:)?idmap\b[^>]*\bdata=["']([\d,\s]+)["']/g)].flatMap((m) => m[1].split(/[,\s]+/).filter(Boolean).map(Number));
}

/** The cells that already have a note's shape, as "row,col". */
function shapedCells(vml: string): Set<string> {
  const cells = new Set<string>();
  for (const m of vml.matchAll(/<(\w+:)?ClientData\b[^>]*ObjectType=["']Note["'][^>]*>([\s\S]*?)<\/\1?ClientData>/g)) {
    const row = /<(?:\w+:)?Row>\s*(\d+)\s*</.exec(m[2])?.[1];
    const col = /<(?:\w+:)?Column>\s*(\d+)\s*</.exec(m[2])?.[1];
    if (row !== undefined && col !== undefined) cells.add(`${row},${col}`);
  }
  return cells;
}

/**
 * A sheet's VML drawing (the boxes of its notes) with a hidden box for each cell given that has none; other shapes
 * (other notes, form controls) stay as they are. A new drawing takes the shape block `block`.
 */
export function drawingWithNoteShapes(existing: string | undefined, cells: { row: number; col: number }[], block: number): string {
  const vml = existing ?? `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout></xml>`;
  const shaped = shapedCells(vml);
  const missing = cells.filter((c) => !shaped.has(`${c.row},${c.col}`));
  if (missing.length === 0) return vml;
  const ids = [...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]));
  let next = Math.max((shapeBlocks(vml)[0] ?? block) * BLOCK, ...ids) + 1;
  const shapes = (/id=["']_x0000_t202["']/.test(vml) ? "" : NOTE_SHAPE_TYPE) + missing.map((c) => noteShape(next++, c.row, c.col)).join("");
  const root = rootElement(vml);
  const a = attributes(vml, root);
  for (const [name, uri] of NAMESPACES) if (!a.has(name)) a.set(name, uri);
  const rest = root.selfClosing ? `</${root.name}>${vml.slice(root.end)}` : vml.slice(root.closeStart);
  return vml.slice(0, root.start) + startTagXml(root.name, a, false) + content(vml, root) + shapes + rest;
}
