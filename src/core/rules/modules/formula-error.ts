import { TABLE_KINDS } from "../../table-kinds";
import { defineRule } from "../rule";

/** A cell of the table showing an error value (#DIV/0!, #REF!…). */
export const formulaError = defineRule<{ error: { error: string; formula: string } }>()({
  id: "formula-error",
  severity: "error",
  appliesTo: TABLE_KINDS,
  check({ table, grid }, report) {
    for (let r = table.top; r <= table.bottom; r++) {
      for (const c of grid.rowCells(r)) {
        if (c.col < table.left || c.col > table.right) continue;
        if (typeof c.value === "object" && c.value !== null) {
          report("error", c, { error: c.value.error, formula: c.formula ?? "" }, { actual: c.value.error });
        }
      }
    }
  },
});
