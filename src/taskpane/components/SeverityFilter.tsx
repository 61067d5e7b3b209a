import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity } from "../../core/findings";
import { useTranslate } from "../i18n";
import { SEVERITIES, SEVERITY_NAMES, type SeverityCounts } from "../severity";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  filter: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export type SeveritySelection = Record<Severity, boolean>;

interface SeverityFilterProps {
  counts: SeverityCounts;
  shown: SeveritySelection;
  onToggle(severity: Severity): void;
}

/** One toggle per severity with its count; a pressed toggle shows that severity's findings. */
export function SeverityFilter({ counts, shown, onToggle }: SeverityFilterProps) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <div className={styles.filter} role="group" aria-label={t("findingsFilter")}>
      {SEVERITIES.map((s) => (
        <ToggleButton
          key={s}
          size="small"
          shape="circular"
          checked={shown[s]}
          icon={<SeverityIcon severity={s} decorative />}
          onClick={() => onToggle(s)}
        >
          {t("severityCount", { severity: t(SEVERITY_NAMES[s]), count: counts[s] })}
        </ToggleButton>
      ))}
    </div>
  );
}
