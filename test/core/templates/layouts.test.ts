import { checkWorkbook } from "../../../src/core/engine";
import { builtInProfiles, profileFromOverrides } from "../../../src/core/profile";
import { parseAddress } from "../../../src/core/snapshot";
import { buildTemplate, TEMPLATE_KINDS, TEMPLATES, type TemplateLayout } from "../../../src/core/templates";
import { mergeArea, workbookFrom } from "../../helpers/grid";
import { filledSheet } from "./support";

function inside(ref: string, outer: string): boolean {
  const a = mergeArea(ref);
  const o = mergeArea(outer);
  return a.top >= o.top && a.left >= o.left && a.bottom <= o.bottom && a.right <= o.right;
}

/** Structural faults of a layout: what no host could write as meant. */
function faults(layout: TemplateLayout): string[] {
  const out: string[] = [];
  const merges = layout.merges.map((m) => mergeArea(m));
  merges.forEach((m, i) =>
    merges.slice(i + 1).forEach((n, j) => {
      if (m.top <= n.bottom && n.top <= m.bottom && m.left <= n.right && n.left <= m.right) out.push(`overlap ${layout.merges[i]} ${layout.merges[i + 1 + j]}`);
    }),
  );
  const addresses = new Set<string>();
  for (const c of layout.cells) {
    if (addresses.has(c.address)) out.push(`twice ${c.address}`);
    addresses.add(c.address);
    if (!inside(c.address, layout.ref)) out.push(`outside ${c.address}`);
    const p = parseAddress(c.address);
    const covered = p && merges.find((m) => p.row >= m.top && p.row <= m.bottom && p.col >= m.left && p.col <= m.right);
    if (covered && (covered.top !== p.row || covered.left !== p.col)) out.push(`covered ${c.address}`);
    if (c.value !== undefined && c.formula !== undefined) out.push(`value and formula ${c.address}`);
    if (c.input !== undefined && (c.value !== undefined || c.formula !== undefined)) out.push(`prefilled input ${c.address}`);
  }
  for (const ref of [...layout.merges, ...layout.validations.map((v) => v.ref), ...layout.conditionalFormats.map((h) => h.ref)]) {
    if (!inside(ref, layout.ref)) out.push(`outside ${ref}`);
  }
  if (layout.columns.length !== mergeArea(layout.ref).right + 1) out.push("column widths do not match the range");
  if (layout.sheetName.length > 31 || /[[\]:*?/\\]/.test(layout.sheetName)) out.push(`sheet name ${layout.sheetName}`);
  return out;
}

describe("every template", () => {
  it.each(TEMPLATE_KINDS.flatMap((kind) => [undefined, 1, 2, 5, 20].map((rows) => [kind, rows] as const)))(
    "%s with %s lines per group is well formed",
    (kind, rowsPerGroup) => {
      for (const layout of buildTemplate(kind, { rowsPerGroup })) expect(faults(layout)).toEqual([]);
    },
  );

  it.each(TEMPLATE_KINDS)("%s left empty is detected as what it is, with no finding", (kind) => {
    const layouts = buildTemplate(kind);
    const result = checkWorkbook(workbookFrom(...layouts.map((l) => filledSheet(l))));
    expect(result.tables.map((t) => [t.kind, t.range])).toEqual(layouts.map((l) => [l.kind, l.ref]));
    expect(result.findings).toEqual([]);
  });

  it("has a Chinese title for every kind, the default sheet name", () => {
    for (const kind of TEMPLATE_KINDS) {
      const layouts = buildTemplate(kind);
      const own = layouts[layouts.length - 1];
      expect(own).toMatchObject({ kind, title: TEMPLATES[kind].title, sheetName: TEMPLATES[kind].title });
      expect(own.cells[0]).toMatchObject({ address: "A1", value: TEMPLATES[kind].title, style: { bold: true } });
    }
  });

  it.each([0, -1, 1.5, 21, Number.NaN])("refuses %s lines per group", (rowsPerGroup) => {
    expect(() => buildTemplate("target", { rowsPerGroup })).toThrow(RangeError);
  });
});

describe("the profile is the one source of the scoring rules", () => {
  it("takes the 执行率 分值 and the grade names from the profile (湖北: 20 points, 优秀/良好/中等/差)", () => {
    const [layout] = buildTemplate("self-evaluation", { profile: builtInProfiles.hubei });
    const cell = (address: string) => layout.cells.find((c) => c.address === address);
    expect(cell("F6")?.value).toBe(20);
    expect(cell("G25")?.formula).toBe(
      'IF(COUNT(H14:H23)=0,"",IF(ROUND(H24,2)>=90,"优秀",IF(ROUND(H24,2)>=80,"良好",IF(ROUND(H24,2)>=60,"中等","差"))))',
    );
  });

  it("scores 执行率 in steps when the profile does (江西)", () => {
    const jiangxi = profileFromOverrides({
      executionScore: { mode: "banded", bands: [{ minRate: 1, ratio: 1 }, { minRate: 0.8, ratio: 0.7 }, { minRate: 0.6, ratio: 0.5 }] },
    });
    const [layout] = buildTemplate("self-evaluation", { profile: jiangxi });
    expect(layout.cells.find((c) => c.address === "H6")?.formula).toBe('IF(G6="","",ROUND(IF(G6>=1,1,IF(G6>=0.8,0.7,IF(G6>=0.6,0.5,0)))*F6,2))');
  });
});
