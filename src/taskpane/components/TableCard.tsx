import { Body1Strong, Button, Caption1, Card, CardHeader, Text, makeStyles, tokens } from "@fluentui/react-components";
import { TableSearch20Regular } from "@fluentui/react-icons";
import type { Finding } from "../../core/findings";
import type { TableTotals } from "../../core/totals";
import { useCellAction } from "../cell-action";
import { formatNumber, formatPercent } from "../format";
import { useTranslate } from "../i18n";
import { countBySeverity } from "../severity";
import { useTableKindName } from "../table-kinds";
import { GroupBars } from "./GroupBars";
import { SeverityBadges } from "./SeverityBadges";
import { TableNotes } from "./TableNotes";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  where: { color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
  name: { wordBreak: "break-word" },
  figures: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM },
  total: { fontVariantNumeric: "tabular-nums" },
});

interface TableCardProps {
  totals: TableTotals;
  findings: Finding[];
  onLocate(sheet: string, range: string): void;
}

/**
 * A table at a glance: kind, where it is, project name, what the reader could not settle or read by content, computed
 * total and grade, 一级指标 bars, findings by severity.
 */
export function TableCard({ totals, findings, onLocate }: TableCardProps) {
  const t = useTranslate();
  const kindName = useTableKindName();
  const styles = useStyles();
  const kind = kindName(totals.kind);
  const locateLabel = t(useCellAction().tableLabel, { sheet: totals.sheet, range: totals.range });
  return (
    <Card size="small" className={styles.card} aria-label={`${kind} ${totals.sheet}!${totals.range}`}>
      <CardHeader
        header={<Body1Strong>{kind}</Body1Strong>}
        description={<Caption1 className={styles.where}>{t("tableWhere", { sheet: totals.sheet, range: totals.range })}</Caption1>}
        action={
          <Button
            appearance="subtle"
            icon={<TableSearch20Regular />}
            aria-label={locateLabel}
            title={locateLabel}
            onClick={() => onLocate(totals.sheet, totals.range)}
          />
        }
      />
      {totals.name && <Text className={styles.name}>{totals.name}</Text>}
      <TableNotes notes={totals.notes} />
      {(totals.totalScore !== undefined || totals.executionRate !== undefined) && (
        <div className={styles.figures}>
          {totals.totalScore !== undefined && (
            <Body1Strong className={styles.total}>
              {t("tableComputedTotal", { score: formatNumber(totals.totalScore, 2), weight: formatNumber(totals.totalWeight ?? 100, 2) })}
              {totals.grade && ` · ${t("tableGrade", { grade: totals.grade })}`}
            </Body1Strong>
          )}
          {totals.executionRate !== undefined && (
            <Caption1 className={styles.total}>
              {t("tableExecution", {
                rate: formatPercent(totals.executionRate),
                score: totals.executionScore === undefined ? "—" : formatNumber(totals.executionScore, 2),
              })}
            </Caption1>
          )}
        </div>
      )}
      <GroupBars groups={totals.groups} />
      <SeverityBadges counts={countBySeverity(findings)} />
    </Card>
  );
}
