import { Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTranslate } from "../i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", alignItems: "baseline", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, flexGrow: 1 },
  subtitle: { color: tokens.colorNeutralForeground3 },
});

/**
 * One slim line: Excel already names the add-in above its pane, so the results get the room. The web page adds its
 * subtitle and `actions` (the language switch) at the end.
 */
export function Header({ actions, subtitle = false }: { actions?: ReactNode; subtitle?: boolean }) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img src="assets/icon-32.png" width={20} height={20} alt="" />
      <div className={styles.titles}>
        <Subtitle2 as="h1">{t("appTitle")}</Subtitle2>
        {subtitle && <Caption1 className={styles.subtitle}>{t("appSubtitle")}</Caption1>}
      </div>
      {actions}
    </header>
  );
}
