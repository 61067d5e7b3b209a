import type { MessageCatalog } from "./catalog";

export const enUS: MessageCatalog = {
  "weight-sum": {
    children: "Weight of “{name}” should be {expected} (sum of its children), found {actual}",
    percent: "The shares under “{name}” add up to {actual}%; they should add up to {expected}%",
  },
  "weight-total": {
    declared: "Total weight should be {expected} (sum of the weights), found {actual}",
    norm: "Weights add up to {actual}; they should add up to {expected}",
    percent: "The level-1 shares add up to {actual}%; they should add up to {expected}%",
  },
  "score-range": {
    above: "Score {actual} of “{name}” exceeds its weight {weight}",
    negative: "Score {actual} of “{name}” is below 0",
    notNumber: "Score “{text}” of “{name}” is not a number",
    empty: "“{name}” has no score (weight {weight})",
  },
  "score-total": {
    withExecution: "Total score should be {expected} (sum of the scores, including the execution-rate score), found {actual}",
    plain: "Total score should be {expected} (sum of the scores), found {actual}",
  },
  "score-subtotal": {
    group: "Subtotal of “{name}” should be {expected} (sum of its scores), found {actual}",
    detail: "Score of “{name}” should be {expected} (sum of the detail scores on “{detailSheet}”), found {actual}",
  },
  grade: { band: "A total of {total} means grade “{expected}”, found “{actual}”" },
  "deduction-reason": { empty: "“{name}” scored {score} of {weight} but gives no reason for the deduction" },
  "rounding-drift": {
    total: "Scores add up to {expected}, total reads {actual} (within 0.02: rounding)",
    weight: "Weights add up to {expected}, total reads {actual} (within 0.02: rounding)",
    subtotal: "Scores of “{name}” add up to {expected}, subtotal reads {actual} (rounding)",
    detail: "“{name}” reads {actual}, the detail scores on “{detailSheet}” add up to {expected} (within 0.02: rounding)",
  },
  "fund-sum": {
    budgetInitial: "Initial budget: the total should be {expected} (the sum of the source lines under it), found {actual}",
    budgetAdjusted: "Annual budget: the total should be {expected} (the sum of the source lines under it), found {actual}",
    spent: "Spent: the total should be {expected} (the sum of the source lines under it), found {actual}",
    budget: "Budget should be {expected} (fiscal + other funds), found {actual}",
    columns: "“{formula}”: row {row} should be {expected}, found {actual}",
    rows: "“{name}” should be {expected} (the sum of its rows), found {actual}",
    parts: "{column}: “{name}” should be {expected} (the sum of {parts}), found {actual}",
  },
  "exec-rate": {
    rate: "Execution rate should be {spent}/{budget} = {expected}%, found {actual}%",
    row: "Execution rate of “{name}” should be {spent}/{budget} = {expected}%, found {actual}%",
    formula: "Execution rate of “{name}” should be {expected}% (by “{formula}”), found {actual}%",
  },
  "exec-score": {
    capped: "Execution-rate score should be {expected} (min(rate {rate}%, 1) × weight {weight}), found {actual}",
    uncapped: "Execution-rate score should be {expected} (rate {rate}% × weight {weight}), found {actual}",
    banded: "Execution-rate score should be {expected} (rate {rate}% scored in bands, weight {weight}), found {actual}",
  },
  "spend-plan": {
    over: "Spending plan “{period}” is {actual}%, above 100%",
    decrease: "Spending plan “{period}” is {actual}%, below the previous {previous}% (cumulative shares must not fall)",
    notFull: "Spending plan ends at {actual}%; it should end at 100%",
  },
  "indicator-value": {
    target: "Target value of “{name}” is empty",
    actual: "Actual value of “{name}” is empty",
  },
  "target-missed-full-score": {
    quantity: "“{name}”: target {target}, actual {actual} — missed, yet full score {weight}; pro rata it earns {expected}",
    deadline: "“{name}”: due {target}, done {actual} — late, yet full score {weight}",
  },
  "overshoot-reason": { empty: "“{name}”: target {target}, actual {actual}, {percent}% over (≥{margin}%), but no reason given" },
  "qualitative-band": {
    excellent: "Actual “{actual}” scored {score}/{weight} ({share}%), outside {low}%–{high}%",
    good: "Actual “{actual}” scored {score}/{weight} ({share}%), outside {low}%–<{high}%",
    poor: "Actual “{actual}” scored {score}/{weight} ({share}%); it should be below {high}%",
  },
  "deviation-reason": { empty: "“{name}” missed its target ({target}, actual {actual}) but gives no reason" },
  "unit-mismatch": { units: "Target “{target}” and actual “{actual}” are in units that cannot be compared" },
  "vague-target": { placeholder: "Target “{target}” is a placeholder, not a measurable value" },
  "duplicate-indicator": { repeat: "Indicator “{name}” (same description) already appears in row {firstRow}" },
  "missing-category": {
    quantity: "Output indicators lack a quantity indicator",
    quality: "Output indicators lack a quality indicator",
    timeliness: "Output indicators lack a timeliness indicator",
    cost: "Output indicators lack a cost indicator",
    output: "No output indicators",
    benefit: "No benefit (effect) indicators",
    satisfaction: "No satisfaction indicators",
  },
  "weight-norm": {
    execution: "Execution-rate weight is {actual}; the norm is {expected}",
    output: "{name} weights add up to {actual}; the norm is {expected}",
    benefit: "{name} weights add up to {actual}; the norm is {expected}",
    satisfaction: "{name} weights add up to {actual}; the norm is {expected}",
  },
  "copied-actual": {
    goal: "The overall goal's actual text copies the planned text word for word ({length} characters)",
    comparison: "The actual text copies the planned text word for word ({length} characters)",
  },
  timeliness: {
    description: "Timeliness target “{target}” contradicts its description “{description}”",
    year: "Timeliness target “{target}” lies outside the budget year {year}",
  },
  "formula-range": {
    omits: "Total formula ={formula} leaves out {cells}",
    twice: "Total formula ={formula} counts the subtotal {cells} twice",
  },
  "hardcoded-total": {
    score: "Total score typed as the number “{value}”; other totals in this workbook are formulas",
    weight: "Total weight typed as the number “{value}”; other totals in this workbook are formulas",
    funds: "Funds total typed as the number “{value}”; other funds totals in this workbook are formulas",
    rate: "Execution rate typed as the number “{value}”; other rates in this workbook are formulas",
    execScore: "Execution-rate score typed as the number “{value}”; other such scores in this workbook are formulas",
  },
  "formula-error": { error: "The cell shows the error {error}" },
  "number-as-text": { text: "Number “{text}” is stored as text (should be the number {value})" },
};
