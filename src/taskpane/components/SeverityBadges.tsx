import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate } from "../i18n";
import { SEVERITIES, SEVERITY_COLORS, SEVERITY_NAMES, type SeverityCounts } from "../severity";

const useStyles = makeStyles({
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

/** Counts of findings by severity as coloured badges; "无问题" when there are none. */
export function SeverityBadges({ counts }: { counts: SeverityCounts }) {
  const t = useTranslate();
  const styles = useStyles();
  const present = SEVERITIES.filter((s) => counts[s] > 0);
  return (
    <div className={styles.badges}>
      {present.length === 0 ? (
        <Badge appearance="tint" color="success">
          {t("tableNoFindings")}
        </Badge>
      ) : (
        present.map((s) => (
          <Badge key={s} appearance="tint" color={SEVERITY_COLORS[s]}>
            {t("severityCount", { severity: t(SEVERITY_NAMES[s]), count: counts[s] })}
          </Badge>
        ))
      )}
    </div>
  );
}
