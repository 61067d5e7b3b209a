import type { MessageCatalog } from "./catalog";
import { ROW_NAMES } from "./row-name";
import { show } from "./template";

const rowName = ROW_NAMES["en-US"];

export const enUS: MessageCatalog = {
  "weight-sum": {
    children: (p) => `Weight of “${show(p.name)}” should be ${show(p.expected)} (sum of its children), found ${show(p.actual)}`,
    percent: (p) => `The shares under “${show(p.name)}” add up to ${show(p.actual)}%; they should add up to ${show(p.expected)}%`,
  },
  "weight-total": {
    declared: (p) => `Total weight should be ${show(p.expected)} (sum of the weights), found ${show(p.actual)}`,
    norm: (p) => `Weights add up to ${show(p.actual)}; they should add up to ${show(p.expected)}`,
    percent: (p) => `The level-1 shares add up to ${show(p.actual)}%; they should add up to ${show(p.expected)}%`,
  },
  "score-range": {
    above: (p) => `Score ${show(p.actual)} of “${show(p.name)}” exceeds its weight ${show(p.weight)}`,
    negative: (p) => `Score ${show(p.actual)} of “${show(p.name)}” is below 0`,
    notNumber: (p) => `Score “${show(p.text)}” of “${show(p.name)}” is not a number`,
    empty: (p) => `“${show(p.name)}” has no score (weight ${show(p.weight)})`,
  },
  "score-total": {
    withExecution: (p) => `Total score should be ${show(p.expected)} (sum of the scores, including the execution-rate score), found ${show(p.actual)}`,
    plain: (p) => `Total score should be ${show(p.expected)} (sum of the scores), found ${show(p.actual)}`,
  },
  "score-subtotal": {
    group: (p) => `Subtotal of “${show(p.name)}” should be ${show(p.expected)} (sum of its scores), found ${show(p.actual)}`,
    detail: (p) => `Score of “${show(p.name)}” should be ${show(p.expected)} (sum of the detail scores on “${show(p.detailSheet)}”), found ${show(p.actual)}`,
  },
  grade: { band: (p) => `A total of ${show(p.total)} means grade “${show(p.expected)}”, found “${show(p.actual)}”` },
  "deduction-reason": { empty: (p) => `“${show(p.name)}” scored ${show(p.score)} of ${show(p.weight)} but gives no reason for the deduction` },
  "rounding-drift": {
    total: (p) => `Scores add up to ${show(p.expected)}, total reads ${show(p.actual)} (within 0.02: rounding)`,
    weight: (p) => `Weights add up to ${show(p.expected)}, total reads ${show(p.actual)} (within 0.02: rounding)`,
    subtotal: (p) => `Scores of “${show(p.name)}” add up to ${show(p.expected)}, subtotal reads ${show(p.actual)} (rounding)`,
    detail: (p) => `“${show(p.name)}” reads ${show(p.actual)}, the detail scores on “${show(p.detailSheet)}” add up to ${show(p.expected)} (within 0.02: rounding)`,
  },
  "fund-sum": {
    budgetInitial: (p) => `Initial budget: the total should be ${show(p.expected)} (the sum of the source lines under it), found ${show(p.actual)}`,
    budgetAdjusted: (p) => `Annual budget: the total should be ${show(p.expected)} (the sum of the source lines under it), found ${show(p.actual)}`,
    spent: (p) => `Spent: the total should be ${show(p.expected)} (the sum of the source lines under it), found ${show(p.actual)}`,
    budget: (p) => `Budget should be ${show(p.expected)} (fiscal + other funds), found ${show(p.actual)}`,
    columns: (p) => `“${show(p.formula)}”: row ${show(p.row)} should be ${show(p.expected)}, found ${show(p.actual)}`,
    rows: (p) => `“${rowName(p)}” should be ${show(p.expected)} (the sum of its rows), found ${show(p.actual)}`,
  },
  "exec-rate": {
    rate: (p) => `Execution rate should be ${show(p.spent)}/${show(p.budget)} = ${show(p.expected)}%, found ${show(p.actual)}%`,
    row: (p) => `Execution rate of “${rowName(p)}” should be ${show(p.spent)}/${show(p.budget)} = ${show(p.expected)}%, found ${show(p.actual)}%`,
    formula: (p) => `Execution rate of “${rowName(p)}” should be ${show(p.expected)}% (by “${show(p.formula)}”), found ${show(p.actual)}%`,
  },
  "exec-score": {
    capped: (p) => `Execution-rate score should be ${show(p.expected)} (min(rate ${show(p.rate)}%, 1) × weight ${show(p.weight)}), found ${show(p.actual)}`,
    uncapped: (p) => `Execution-rate score should be ${show(p.expected)} (rate ${show(p.rate)}% × weight ${show(p.weight)}), found ${show(p.actual)}`,
    banded: (p) => `Execution-rate score should be ${show(p.expected)} (rate ${show(p.rate)}% scored in bands, weight ${show(p.weight)}), found ${show(p.actual)}`,
  },
  "spend-plan": {
    over: (p) => `Spending plan “${show(p.period)}” is ${show(p.actual)}%, above 100%`,
    decrease: (p) => `Spending plan “${show(p.period)}” is ${show(p.actual)}%, below the previous ${show(p.previous)}% (cumulative shares must not fall)`,
    notFull: (p) => `Spending plan ends at ${show(p.actual)}%; it should end at 100%`,
  },
  "indicator-value": {
    target: (p) => `Target value of “${show(p.name)}” is empty`,
    actual: (p) => `Actual value of “${show(p.name)}” is empty`,
  },
  "target-missed-full-score": {
    quantity: (p) => `“${show(p.name)}”: target ${show(p.target)}, actual ${show(p.actual)} — missed, yet full score ${show(p.weight)}; pro rata it earns ${show(p.expected)}`,
    deadline: (p) => `“${show(p.name)}”: due ${show(p.target)}, done ${show(p.actual)} — late, yet full score ${show(p.weight)}`,
  },
  "overshoot-reason": { empty: (p) => `“${show(p.name)}”: target ${show(p.target)}, actual ${show(p.actual)}, ${show(p.percent)}% over (≥${show(p.margin)}%), but no reason given` },
  "qualitative-band": {
    excellent: (p) => `Actual “${show(p.actual)}” scored ${show(p.score)}/${show(p.weight)} (${show(p.share)}%), outside ${show(p.low)}%–${show(p.high)}%`,
    good: (p) => `Actual “${show(p.actual)}” scored ${show(p.score)}/${show(p.weight)} (${show(p.share)}%), outside ${show(p.low)}%–<${show(p.high)}%`,
    poor: (p) => `Actual “${show(p.actual)}” scored ${show(p.score)}/${show(p.weight)} (${show(p.share)}%); it should be below ${show(p.high)}%`,
  },
  "deviation-reason": { empty: (p) => `“${show(p.name)}” missed its target (${show(p.target)}, actual ${show(p.actual)}) but gives no reason` },
  "unit-mismatch": { units: (p) => `Target “${show(p.target)}” and actual “${show(p.actual)}” are in units that cannot be compared` },
  "vague-target": { placeholder: (p) => `Target “${show(p.target)}” is a placeholder, not a measurable value` },
  "duplicate-indicator": { repeat: (p) => `Indicator “${show(p.name)}” (same description) already appears in row ${show(p.firstRow)}` },
  "missing-category": {
    quantity: () => "Output indicators lack a quantity indicator",
    quality: () => "Output indicators lack a quality indicator",
    timeliness: () => "Output indicators lack a timeliness indicator",
    cost: () => "Output indicators lack a cost indicator",
    output: () => "No output indicators",
    benefit: () => "No benefit (effect) indicators",
    satisfaction: () => "No satisfaction indicators",
  },
  "weight-norm": {
    execution: (p) => `Execution-rate weight is ${show(p.actual)}; the norm is ${show(p.expected)}`,
    output: (p) => `${show(p.name)} weights add up to ${show(p.actual)}; the norm is ${show(p.expected)}`,
    benefit: (p) => `${show(p.name)} weights add up to ${show(p.actual)}; the norm is ${show(p.expected)}`,
    satisfaction: (p) => `${show(p.name)} weights add up to ${show(p.actual)}; the norm is ${show(p.expected)}`,
  },
  "copied-actual": {
    goal: (p) => `The overall goal's actual text copies the planned text word for word (${show(p.length)} characters)`,
    comparison: (p) => `The actual text copies the planned text word for word (${show(p.length)} characters)`,
  },
  timeliness: {
    description: (p) => `Timeliness target “${show(p.target)}” contradicts its description “${show(p.description)}”`,
    year: (p) => `Timeliness target “${show(p.target)}” lies outside the budget year ${show(p.year)}`,
  },
  "formula-range": {
    omits: (p) => `Total formula =${show(p.formula)} leaves out ${show(p.cells)}`,
    twice: (p) => `Total formula =${show(p.formula)} counts the subtotal ${show(p.cells)} twice`,
  },
  "hardcoded-total": {
    score: (p) => `Total score typed as the number “${show(p.value)}”; other totals in this workbook are formulas`,
    weight: (p) => `Total weight typed as the number “${show(p.value)}”; other totals in this workbook are formulas`,
    funds: (p) => `Funds total typed as the number “${show(p.value)}”; other funds totals in this workbook are formulas`,
    rate: (p) => `Execution rate typed as the number “${show(p.value)}”; other rates in this workbook are formulas`,
    execScore: (p) => `Execution-rate score typed as the number “${show(p.value)}”; other such scores in this workbook are formulas`,
  },
  "formula-error": { error: (p) => `The cell shows the error ${show(p.error)}` },
  "number-as-text": { text: (p) => `Number “${show(p.text)}” is stored as text (should be the number ${show(p.value)})` },
};
