import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/findings";
import { useTranslate } from "../i18n";
import { SEVERITY_NAMES } from "../severity";

const useStyles = makeStyles({
  icon: { flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

/** A finding's severity as a coloured icon, named for screen readers unless `decorative` (a label says it already). */
export function SeverityIcon({ severity, decorative = false }: { severity: Severity; decorative?: boolean }) {
  const t = useTranslate();
  const styles = useStyles();
  const Icon = ICONS[severity];
  const className = mergeClasses(styles.icon, styles[severity]);
  if (decorative) return <Icon className={className} aria-hidden="true" />;
  return <Icon className={className} role="img" aria-label={t(SEVERITY_NAMES[severity])} />;
}
