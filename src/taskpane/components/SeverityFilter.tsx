import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useTranslate } from "../i18n";
import { SEVERITY_CHOICES, type SeverityChoice } from "../findings-view";
import { SEVERITY_NAMES, type SeverityCounts } from "../severity";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  filter: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  // Four buttons on one line in a 320 px pane.
  button: { minWidth: 0, paddingInline: tokens.spacingHorizontalS },
});

interface SeverityFilterProps {
  counts: SeverityCounts;
  choice: SeverityChoice;
  onChoose(choice: SeverityChoice): void;
}

/**
 * 全部 / 错误 / 警告 / 提示, one at a time, each with its count. The chosen one is filled (primary), the others are
 * outlined, so the state shows at a glance; screen readers hear it as pressed.
 */
export function SeverityFilter({ counts, choice, onChoose }: SeverityFilterProps) {
  const t = useTranslate();
  const styles = useStyles();
  const total = counts.error + counts.warning + counts.info;
  return (
    <div className={styles.filter} role="group" aria-label={t("findingsFilter")}>
      {SEVERITY_CHOICES.map((c) => (
        <ToggleButton
          key={c}
          className={styles.button}
          size="small"
          appearance={c === choice ? "primary" : "outline"}
          checked={c === choice}
          icon={c === "all" ? undefined : <SeverityIcon severity={c} decorative />}
          onClick={() => onChoose(c)}
        >
          {c === "all" ? t("findingsAll", { count: total }) : t("severityCount", { severity: t(SEVERITY_NAMES[c]), count: counts[c] })}
        </ToggleButton>
      ))}
    </div>
  );
}
