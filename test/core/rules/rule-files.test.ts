import fs from "node:fs";
import path from "node:path";
import type { Finding } from "../../../src/core/findings";
import { CATALOGS, renderMessage, type Language } from "../../../src/core/messages";
import type { MessageCatalog } from "../../../src/core/messages/catalog";
import { enUS } from "../../../src/core/messages/en-US";
import { RULE_IDS, RULES, writesFix } from "../../../src/core/rules/registry";
import { RULE_FIXTURES } from "./fixtures";

/** The rule catalog every engine, report and test corpus agrees on. */
const RULES_MD = path.resolve(__dirname, "../../../../shared/RULES.md");
const MODULES = path.resolve(__dirname, "../../../src/core/rules/modules");
const LANGUAGES = Object.keys(CATALOGS) as Language[];

/** `| \`weight-sum\` | error | …` rows of RULES.md's rule tables. */
function catalogRules(): Map<string, string> {
  const text = fs.readFileSync(RULES_MD, "utf8");
  return new Map([...text.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]));
}

describe("every rule is one module (as ESLint's checkRuleFiles)", () => {
  it("RULES.md and the registry name the same rules with the same default severities", () => {
    const documented = catalogRules();
    expect(documented.size).toBeGreaterThan(0);
    expect([...RULE_IDS].sort()).toEqual([...documented.keys()].sort());
    expect(new Map(RULES.map((r) => [r.id, r.severity]))).toEqual(documented);
  });

  it("each rule lives in modules/<id>.ts, which exports its module", async () => {
    const files = fs.readdirSync(MODULES).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      const exported: unknown[] = Object.values(await import(path.join(MODULES, id)));
      expect(exported.filter((m) => RULES.includes(m as (typeof RULES)[number])).map((m) => (m as { id: string }).id)).toEqual([id]);
    }
  });

  it("a rule supersedes only rules that exist, never itself", () => {
    for (const rule of RULES) {
      for (const hidden of rule.supersedes) {
        expect(RULE_IDS).toContain(hidden);
        expect(hidden).not.toBe(rule.id);
      }
    }
  });

  it("the write plan writes the fixes of exactly the rules and variants that say so", () => {
    expect(RULES.filter((r) => r.writesFix.length > 0).map((r) => r.id).sort()).toEqual(["exec-rate", "exec-score", "fund-sum", "grade", "score-subtotal", "score-total", "weight-total"]);
    for (const rule of RULES) for (const variant of rule.writesFix) expect(writesFix(rule.id, variant)).toBe(true);
    expect([writesFix("weight-total", "declared"), writesFix("weight-total", "norm"), writesFix("score-range", "above")]).toEqual([true, false, false]);
  });

  it("every language has the same variants of every rule", () => {
    for (const id of RULE_IDS) {
      for (const language of LANGUAGES) expect([id, Object.keys(CATALOGS[language][id]).sort()]).toEqual([id, Object.keys(CATALOGS["zh-CN"][id]).sort()]);
    }
  });

  it("a catalog without one of its messages does not compile", () => {
    const { children, ...rest } = enUS["weight-sum"];
    // @ts-expect-error weight-sum's "children" message is missing
    const partial: MessageCatalog = { ...enUS, "weight-sum": rest };
    expect(Object.keys(partial["weight-sum"])).toEqual(["percent"]);
    expect(children({ name: "部门决策", expected: 10, actual: 12 })).toBe("Weight of “部门决策” should be 10 (sum of its children), found 12");
  });
});

describe.each(RULE_IDS.map((id) => [id]))("%s", (id) => {
  const rule = RULES.find((r) => r.id === id);
  const fixtures = RULE_FIXTURES[id];

  it("has a case where it fires and one where it stays silent", () => {
    expect(fixtures.fires.length).toBeGreaterThan(0);
    expect(fixtures.silent.length).toBeGreaterThan(0);
  });

  it.each(fixtures.fires.map((c) => [c.name, c]))("fires: %s", (_name, c) => {
    const result = c.check();
    const found = result.findings.filter((f): f is Finding => f.rule === id);
    expect(found.length).toBeGreaterThan(0);
    if (c.cell) expect(found.map((f) => f.cell)).toContain(c.cell);
    for (const f of found) {
      const table = result.tables.find((t) => t.sheet === f.sheet && t.range === f.table);
      expect(rule?.appliesTo).toContain(table?.kind);
      expect(f.severity).toBe(rule?.severity);
      // Rendered in every language: a sentence, every parameter filled in.
      for (const language of LANGUAGES) expect(renderMessage(f, language)).toMatch(/^(?![\s\S]*(undefined|NaN|\{\w+\}))[\s\S]{6,}$/);
    }
  });

  it.each(fixtures.silent.map((c) => [c.name, c]))("stays silent: %s", (_name, c) => {
    expect(c.check().findings.filter((f) => f.rule === id).map((f) => f.cell)).toEqual([]);
  });
});
