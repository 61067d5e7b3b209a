import { Body1, Body1Strong, Caption1, Card, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { TableSearch20Regular } from "@fluentui/react-icons";
import type { CheckResult } from "../../core/engine";
import { renderMessage } from "../../core/messages";
import { SEVERITY_FILL } from "../../core/plan";
import type { WorkbookSnapshot } from "../../core/snapshot";
import { SeverityIcon } from "../../taskpane/components/SeverityIcon";
import { useLocale, useTranslate } from "../../taskpane/i18n";
import { previewGrid, type PreviewGrid } from "../preview-grid";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalM },
  empty: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  address: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  messages: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  message: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalS },
  scroller: { overflowX: "auto" },
  grid: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    width: "100%",
    minWidth: "28rem",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontVariantNumeric: "tabular-nums",
  },
  corner: { width: "2.75rem" },
  header: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: "2px",
    textAlign: "center",
  },
  headerCurrent: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlock: "3px",
    paddingInline: "4px",
    height: "1.5rem",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "middle",
  },
  numeric: { textAlign: "end" },
  anchor: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px", fontWeight: tokens.fontWeightSemibold },
  legend: { color: tokens.colorNeutralForeground3 },
});

function Grid({ grid, label }: { grid: PreviewGrid; label: string }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <table className={styles.grid} aria-label={label}>
        <colgroup>
          <col className={styles.corner} />
          {grid.columns.map((c) => (
            <col key={c.col} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.header} aria-hidden="true" />
            {grid.columns.map((c) => (
              <th key={c.col} scope="col" className={mergeClasses(styles.header, c.col === grid.anchorCol && styles.headerCurrent)}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map(({ row, cells }) => (
            <tr key={row}>
              <th scope="row" className={mergeClasses(styles.header, row === grid.anchorRow && styles.headerCurrent)}>
                {row + 1}
              </th>
              {cells.map((c) => (
                <td
                  key={`${c.row},${c.col}`}
                  rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}
                  colSpan={c.colSpan > 1 ? c.colSpan : undefined}
                  className={mergeClasses(styles.cell, c.numeric && styles.numeric, c.anchor && styles.anchor)}
                  style={c.flag ? { backgroundColor: SEVERITY_FILL[c.flag] } : undefined}
                  title={c.text ? `${c.address}: ${c.text}` : c.address}
                  aria-current={c.anchor ? "true" : undefined}
                  data-address={c.address}
                >
                  {c.text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The cell to preview: a finding's cell, or a table's range (previewed at its top-left cell). */
export interface PreviewTarget {
  sheet: string;
  address: string;
}

interface SheetPreviewProps {
  snapshot: WorkbookSnapshot;
  check: CheckResult;
  target: PreviewTarget | undefined;
}

/**
 * A read-only look at the sheet around a finding, in place of selecting it in Excel: ~10 rows × 8 columns with
 * row and column headers, merged cells drawn merged, the cell outlined, and flagged cells in the annotated copy's colours.
 */
export function SheetPreview({ snapshot, check, target }: SheetPreviewProps) {
  const t = useTranslate();
  const locale = useLocale();
  const styles = useStyles();
  const sheet = target && snapshot.sheets.find((s) => s.name === target.sheet);
  if (!target || !sheet) {
    return (
      <Card className={styles.card}>
        <Subtitle2 as="h2">{t("webPreviewHeading")}</Subtitle2>
        <Body1 className={styles.empty}>
          <TableSearch20Regular aria-hidden="true" />
          {t("webPreviewEmpty")}
        </Body1>
      </Card>
    );
  }
  const grid = previewGrid(sheet, target.address, check.plan.flags);
  const where = `${target.sheet}!${target.address}`;
  const findings = check.findings.filter((f) => f.sheet === target.sheet && f.cell === grid.anchor);
  return (
    <Card className={styles.card} role="region" aria-label={t("webPreviewLabel", { cell: where })}>
      <Subtitle2 as="h2">{t("webPreviewHeading")}</Subtitle2>
      <Body1Strong className={styles.address}>{where}</Body1Strong>
      {findings.length > 0 && (
        <ul className={styles.messages}>
          {findings.map((f, i) => (
            <li key={`${f.rule}-${i}`} className={styles.message}>
              <SeverityIcon severity={f.severity} />
              <Body1>{renderMessage(f, locale)}</Body1>
            </li>
          ))}
        </ul>
      )}
      <Grid grid={grid} label={t("webPreviewLabel", { cell: where })} />
      <Caption1 className={styles.legend}>{t("webPreviewLegend")}</Caption1>
    </Card>
  );
}
