import type { CheckResult } from "../../src/core/engine";
import type * as Snapshot from "../../src/core/snapshot";

/**
 * Cells are read as positions: an A1 address is built only where a finding, a value written or a displayed total
 * needs one. Counted through the module's exports, as every caller outside it reaches them.
 */
let built = 0;
jest.doMock("../../src/core/snapshot", () => {
  const actual = jest.requireActual<typeof Snapshot>("../../src/core/snapshot");
  return {
    ...actual,
    cellAddress: (row: number, col: number) => {
      built++;
      return actual.cellAddress(row, col);
    },
    addressOf: (at: Snapshot.Position) => {
      built++;
      return actual.addressOf(at);
    },
  };
});

/** The addresses a result shows: its findings' cells and related cells, the values its plan writes, its groups' totals. */
function addressesShown(result: CheckResult): number {
  const related = result.findings.reduce((n, f) => n + (f.related?.length ?? 0), 0);
  const groups = result.totals.reduce((n, t) => n + t.groups.length, 0);
  return result.findings.length + related + result.plan.values.length + groups;
}

describe("addresses built only for what is shown", () => {
  it("checking a workbook builds no more addresses than its findings, writes and group totals show, whatever its size", async () => {
    const { checkSheets, selfEvaluation } = await import("./rules/support");
    const { SELF_EVALUATION_MERGES, sheetFromRows } = await import("../helpers/grid");
    const sheets = (count: number) =>
      Array.from({ length: count }, (_, i) => sheetFromRows(`自评表${i + 1}`, selfEvaluation(i === 0 ? { H19: 96 } : {}), SELF_EVALUATION_MERGES));
    const measure = (count: number) => {
      const workbook = sheets(count);
      built = 0;
      const result = checkSheets(workbook);
      return { built, shown: addressesShown(result), cells: workbook.reduce((n, s) => n + s.cells.length, 0), result };
    };
    const one = measure(1);
    const twenty = measure(20);
    expect(one.result.findings.map((f) => f.cell)).toContain("H19");
    expect(one.built).toBeLessThanOrEqual(one.shown);
    expect(twenty.built).toBeLessThanOrEqual(twenty.shown);
    // Nineteen clean tables more add their group totals, not an address per cell read.
    expect(twenty.built - one.built).toBeLessThan((twenty.cells - one.cells) / 10);
  });

  it("keeps no address in the model: its cells are positions", async () => {
    const { checkSelfEvaluation } = await import("./rules/support");
    const { addressOf } = jest.requireActual<typeof Snapshot>("../../src/core/snapshot");
    const ownAddresses: string[] = [];
    const visit = (value: unknown): void => {
      if (typeof value !== "object" || value === null) return;
      const fields = Object.values(value);
      const { row, col } = value as Partial<Snapshot.Position>;
      if (typeof row === "number" && typeof col === "number" && fields.includes(addressOf({ row, col }))) ownAddresses.push(addressOf({ row, col }));
      fields.forEach(visit);
    };
    const { tables } = checkSelfEvaluation({ H19: 96 });
    visit(tables);
    expect(tables[0]).toMatchObject({ headerAnchor: { row: 10, col: 1 }, total: { score: { row: 18, col: 7, value: 96 } } });
    expect(ownAddresses).toEqual([]);
  });
});
