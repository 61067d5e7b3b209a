import { readFileSync, existsSync } from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "..");
const DEV_ORIGIN = "https://localhost:3000/";
const MIN_EXCEL_API = "1.13";

/** An XML element with namespace prefixes removed (bt:Image → Image, xsi:type → type). */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    commentPropName: "#comment",
  });
  const nodes: unknown = parser.parse(xml);
  const root = toElements(nodes).find((element) => element.name === "OfficeApp");
  if (!root) throw new Error("manifest.xml has no OfficeApp root element");
  return root;
}

/** fast-xml-parser's preserveOrder output: [{ tagName: [...children], ":@": { attributes } }, { "#text": "…" }]. */
function toElements(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const elements: XmlElement[] = [];
  for (const node of nodes) {
    if (typeof node !== "object" || node === null) continue;
    const entries = Object.entries(node);
    const attributeEntry = entries.find(([key]) => key === ":@");
    const tagEntry = entries.find(([key]) => key !== ":@" && !key.startsWith("#") && !key.startsWith("?"));
    if (!tagEntry) continue;
    const [name, childNodes] = tagEntry;
    const attributes: Record<string, string> = {};
    if (attributeEntry && typeof attributeEntry[1] === "object" && attributeEntry[1] !== null) {
      for (const [key, value] of Object.entries(attributeEntry[1])) attributes[key] = String(value);
    }
    const text = Array.isArray(childNodes)
      ? childNodes
          .map((child: unknown) =>
            typeof child === "object" && child !== null && "#text" in child ? String(child["#text"]) : "",
          )
          .join("")
      : "";
    elements.push({ name, attributes, children: toElements(childNodes), text: text.trim() });
  }
  return elements;
}

function descendants(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...descendants(child, name)]);
}

/** The one direct child called `name`. */
function child(element: XmlElement, name: string): XmlElement {
  const found = element.children.filter((candidate) => candidate.name === name);
  expect(found).toHaveLength(1);
  return found[0];
}

/** The one descendant called `name`. */
function only(element: XmlElement, name: string): XmlElement {
  const found = descendants(element, name);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file under the repository that a dev-server URL serves (assets are copied to dist/ as they are). */
function localFileFor(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length));
}

const CJK = /[\u4e00-\u9fff]/;

describe("manifest.xml", () => {
  const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const manifest = parseXml(xml);
  const resources = only(manifest, "Resources");
  const resourceById = new Map(
    resources.children.flatMap((group) => group.children).map((resource) => [resource.attributes.id, resource]),
  );

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("is a task-pane add-in for Excel with a stable GUID and a zh-CN default locale", () => {
    expect(manifest.attributes.type).toBe("TaskPaneApp");
    expect(child(manifest, "Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(manifest, "DefaultLocale").text).toBe("zh-CN");
    const hostNames = manifest.children
      .filter((child) => child.name === "Hosts")
      .flatMap((hosts) => hosts.children.map((host) => host.attributes.Name));
    expect(hostNames).toEqual(["Workbook"]);
    expect(child(manifest, "Permissions").text).toBe("ReadWriteDocument");
  });

  it(`requires ExcelApi ${MIN_EXCEL_API}`, () => {
    const sets = descendants(child(manifest, "Requirements"), "Set");
    expect(sets.map((set) => set.attributes)).toEqual([{ Name: "ExcelApi", MinVersion: MIN_EXCEL_API }]);
  });

  it("opens taskpane.html from the ribbon's Home tab", () => {
    const source = only(child(manifest, "DefaultSettings"), "SourceLocation").attributes.DefaultValue;
    expect(source).toBe(`${DEV_ORIGIN}taskpane.html`);
    const tab = only(manifest, "OfficeTab");
    expect(tab.attributes.id).toBe("TabHome");
    const action = only(tab, "Action");
    expect(action.attributes.type).toBe("ShowTaskpane");
    const resid = only(action, "SourceLocation").attributes.resid;
    expect(resourceById.get(resid)?.attributes.DefaultValue).toBe(source);
  });

  it("refers only to resources it defines", () => {
    const referenced = allElements(manifest)
      .map((element) => element.attributes.resid)
      .filter((resid): resid is string => resid !== undefined);
    expect(referenced.length).toBeGreaterThan(0);
    expect(referenced.filter((resid) => !resourceById.has(resid))).toEqual([]);
  });

  it("points every icon at a PNG of the right size under assets/", () => {
    const iconUrl = child(manifest, "IconUrl").attributes.DefaultValue;
    expect(pngSize(localFileFor(iconUrl))).toEqual({ width: 32, height: 32 });
    const highResolutionUrl = child(manifest, "HighResolutionIconUrl").attributes.DefaultValue;
    expect(pngSize(localFileFor(highResolutionUrl))).toEqual({ width: 64, height: 64 });

    const ribbonImages = descendants(child(manifest, "VersionOverrides"), "Image").filter(
      (image) => image.attributes.size !== undefined,
    );
    expect(ribbonImages.length).toBeGreaterThan(0);
    for (const image of ribbonImages) {
      const size = Number(image.attributes.size);
      const url = resourceById.get(image.attributes.resid)?.attributes.DefaultValue ?? "";
      const file = localFileFor(url);
      expect(path.relative(ROOT, file)).toBe(path.join("assets", `icon-${size}.png`));
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  it("gives every user-visible string a Chinese default and an en-US override", () => {
    const localized = [
      child(manifest, "DisplayName"),
      child(manifest, "Description"),
      ...descendants(resources, "ShortStrings").flatMap((group) => group.children),
      ...descendants(resources, "LongStrings").flatMap((group) => group.children),
    ];
    expect(localized.length).toBeGreaterThanOrEqual(6);
    const problems = localized.flatMap((element) => {
      const label = element.attributes.id ?? element.name;
      const overrides = element.children.filter((child) => child.name === "Override");
      return [
        ...(CJK.test(element.attributes.DefaultValue ?? "") ? [] : [`${label}: DefaultValue is not Chinese`]),
        ...(overrides.length === 1 && overrides[0].attributes.Locale === "en-US"
          ? []
          : [`${label}: needs one en-US Override`]),
        ...(overrides.every((override) => (override.attributes.Value ?? "").trim() !== "")
          ? []
          : [`${label}: empty Override`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it("overrides only strings that have a default value", () => {
    const parentsOfOverrides = allElements(manifest).filter((element) =>
      element.children.some((child) => child.name === "Override"),
    );
    expect(parentsOfOverrides.length).toBeGreaterThan(0);
    for (const parent of parentsOfOverrides) expect(parent.attributes.DefaultValue?.length).toBeGreaterThan(0);
  });
});

function allElements(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...allElements(child)]);
}
