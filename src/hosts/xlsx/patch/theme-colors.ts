import { attributes, childNamed, children, localName, rootElement } from "./xml-elements";

/** The colour scheme's entries in the order of SpreadsheetML's theme indexes: Excel swaps dk1/lt1 and dk2/lt2. */
const THEME_ORDER = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6", "hlink", "folHlink"];

/** A theme part's (xl/theme/theme1.xml) scheme colours as "RRGGBB", by theme index; undefined where it has none. */
export function themeColors(xml: string | undefined): (string | undefined)[] {
  if (!xml) return [];
  const root = rootElement(xml);
  const elements = childNamed(xml, root, "themeElements");
  const scheme = elements && childNamed(xml, elements, "clrScheme");
  if (!scheme) return [];
  const byName = new Map(children(xml, scheme).map((e) => [localName(e.name), e]));
  return THEME_ORDER.map((name) => {
    const entry = byName.get(name);
    const [color] = entry ? children(xml, entry) : [];
    if (!color) return undefined;
    const a = attributes(xml, color);
    const rgb = localName(color.name) === "sysClr" ? a.get("lastClr") : localName(color.name) === "srgbClr" ? a.get("val") : undefined;
    return rgb && /^[0-9A-Fa-f]{6}$/.test(rgb) ? rgb.toUpperCase() : undefined;
  });
}
