import { Caption1, Title3, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useTranslate } from "../i18n";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    paddingBlock: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1 },
});

/** The title bar; `actions` go at its end (the web page's language switch). */
export function Header({ actions }: { actions?: ReactNode }) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <img src="assets/icon-32.png" width={32} height={32} alt="" />
      <div className={styles.titles}>
        <Title3 as="h1">{t("appTitle")}</Title3>
        <Caption1>{t("appSubtitle")}</Caption1>
      </div>
      {actions}
    </header>
  );
}
