import type { FindingFigures, ParamValue, Severity } from "../findings";
import type { Position } from "../snapshot";
import { isKindOf, type TableKind } from "../table-kinds";
import type { RuleContext } from "./context";

/** Each variant of a rule's finding, with the parameters its message is rendered from. */
export type VariantParams = Record<string, Record<string, ParamValue>>;

/**
 * A cell a finding rests on: a position on the table's sheet, or on the sheet named (a 结论一览表's detail table);
 * undefined where the layout has no such cell (the finding lists it as "").
 */
export type RelatedCell = (Position & { sheet?: string }) | undefined;

/** What a rule reports besides the message: the numbers found and expected, the value to write, the cells it rests on. */
export interface FindingExtra extends FindingFigures {
  related?: readonly RelatedCell[];
}

/**
 * Records one finding of the rule at a cell of the table being checked, with the parameters of its variant. Cells
 * are given by position: their addresses are built for the finding only.
 */
export type Report<V extends VariantParams> = (
  ...finding: { [K in keyof V & string]: [variant: K, cell: Position, params: V[K], extra?: FindingExtra] }[keyof V & string]
) => void;

/**
 * A rule: everything the engine, the write plan and the catalogs know of it, in one place (RULES.md has its contract).
 * `F`: the variants whose fix the write plan may write.
 */
export interface RuleModule<
  Id extends string = string,
  V extends VariantParams = VariantParams,
  K extends TableKind = TableKind,
  F extends keyof V & string = keyof V & string,
> {
  id: Id;
  severity: Severity;
  /** The table kinds it checks: `check` is given tables of these kinds only. */
  appliesTo: readonly K[];
  /**
   * The variants whose `fix` is the value the layout expects in that very cell, which the write plan may write (the
   * change catalogs word each of them).
   */
  writesFix: readonly F[];
  /** Rules whose finding at the same cell shows this one's root cause again: hidden when both fire there. */
  supersedes: readonly string[];
  /** Its findings rest on the weights being read right: dropped when the table's weights add up under no reading. */
  restsOnWeights: boolean;
  /** Its findings are about how a cell is made, not what it holds: writing the plan's value there does not settle them. */
  outlivesWrite: boolean;
  /** Phantom: the variants and their parameters, for the types of findings and catalogs. */
  readonly variants?: V;
  check(ctx: RuleContext<K>, report: Report<V>): void;
}

/** A rule as the engine runs it on every table, whatever the kinds it checks. */
export interface RunnableRule<V extends VariantParams = VariantParams> {
  /** Its `check` on a table of a kind it applies to; nothing on another. */
  checkTable(ctx: RuleContext, report: Report<V>): void;
}

/** What a module leaves out when it writes no fix, hides no other rule, does not rest on the weights and is settled by a write. */
type Defaulted = "writesFix" | "supersedes" | "restsOnWeights" | "outlivesWrite";

function checksKind<K extends TableKind>(ctx: RuleContext, kinds: readonly K[]): ctx is RuleContext & RuleContext<K> {
  return isKindOf(ctx.table, kinds);
}

/**
 * A rule module, its variants given first so that `report` checks every variant's parameters. Every rule is one
 * object of the same shape (its fields written out, not spread), so that the engine's calls on them stay fast.
 */
export function defineRule<V extends VariantParams>() {
  return <const Id extends string, const K extends TableKind, const F extends keyof V & string = never>(
    module: Omit<RuleModule<Id, V, K, F>, "variants" | Defaulted> & Partial<Pick<RuleModule<Id, V, K, F>, Defaulted>>,
  ): RuleModule<Id, V, K, F> & RunnableRule<V> => ({
    id: module.id,
    severity: module.severity,
    appliesTo: module.appliesTo,
    writesFix: module.writesFix ?? [],
    supersedes: module.supersedes ?? [],
    restsOnWeights: module.restsOnWeights ?? false,
    outlivesWrite: module.outlivesWrite ?? false,
    check: module.check,
    checkTable(ctx, report) {
      if (checksKind(ctx, module.appliesTo)) module.check(ctx, report);
    },
  });
}
