import { withTint } from "./color-tint";
import { LEGACY_PALETTE } from "./legacy-palette";
import { themeColors } from "./theme-colors";
import { attributes, childNamed, children, childrenNamed, rootElement, type XmlElement } from "./xml-elements";

const NO_FILL = new Set(["none", "gray125"]);

function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** The last six hex digits of an ARGB (or RGB) value, or undefined. */
function rgbOf(value: string | undefined): string | undefined {
  return value && /^(?:[0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(value) ? value.slice(-6).toUpperCase() : undefined;
}

/**
 * The fill colours of a stylesheet's cell formats as the Excel add-in reads them (a range's fill colour,
 * "#RRGGBB"), for recording a cell's fill before it is flagged: rgb, indexed (the file's palette, else the legacy
 * one) and theme colours, with their tint.
 */
export class FillColors {
  private readonly xml: string;
  private readonly formats: XmlElement[] = [];
  private readonly fills: XmlElement[] = [];
  private readonly palette: string[] = LEGACY_PALETTE;
  private readonly theme: (string | undefined)[];

  constructor(stylesXml: string | undefined, themeXml: string | undefined) {
    this.xml = stylesXml ?? "";
    this.theme = themeColors(themeXml);
    if (!stylesXml) return;
    const root = rootElement(stylesXml);
    const list = (name: string) => {
      const element = childNamed(stylesXml, root, name);
      return element ? children(stylesXml, element) : [];
    };
    this.formats = list("cellXfs");
    this.fills = list("fills");
    const colors = childNamed(stylesXml, root, "colors");
    const indexed = colors && childNamed(stylesXml, colors, "indexedColors");
    if (indexed) this.palette = childrenNamed(stylesXml, indexed, "rgbColor").map((e) => rgbOf(attributes(stylesXml, e).get("rgb")) ?? "");
  }

  /** The fill colour of cell format `xf`, or null when it has no fill (or a gradient, which has no one colour). */
  ofFormat(xf: number): string | null {
    const format = this.formats[xf] ?? this.formats[0];
    const fill = format && this.fills[Number(attributes(this.xml, format).get("fillId") ?? 0)];
    const pattern = fill && childNamed(this.xml, fill, "patternFill");
    if (!pattern) return null;
    const type = attributes(this.xml, pattern).get("patternType") ?? "none";
    if (NO_FILL.has(type)) return null;
    // A pattern's background is its bgColor (fgColor draws the pattern); a solid fill is all fgColor.
    const color = childNamed(this.xml, pattern, type === "solid" ? "fgColor" : "bgColor");
    return color ? this.colorOf(color) : null;
  }

  private colorOf(color: XmlElement): string | null {
    const a = attributes(this.xml, color);
    if (isTrue(a.get("auto"))) return null;
    const theme = a.get("theme");
    const indexed = a.get("indexed");
    const rgb = theme !== undefined ? this.theme[Number(theme)] : indexed !== undefined ? this.palette[Number(indexed)] || undefined : rgbOf(a.get("rgb"));
    if (!rgb) return null;
    const tint = Number(a.get("tint") ?? 0);
    return `#${tint ? withTint(rgb, tint) : rgb}`;
  }
}
