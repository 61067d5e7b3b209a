import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { type StringKey, useTranslate } from "../i18n";

const CHECKS: StringKey[] = ["checkWeightsAndScores", "checkFunds", "checkIndicators"];

const useStyles = makeStyles({
  intro: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/** What the add-in is for, shown once the pane runs inside Excel; the web page says it in its own `text`. */
export function Intro({ text = "introText" }: { text?: StringKey }) {
  const t = useTranslate();
  const styles = useStyles();
  return (
    <section className={styles.intro}>
      <Body1 as="p">{t(text)}</Body1>
      <Subtitle2 as="h2">{t("checksHeading")}</Subtitle2>
      <ul className={styles.list}>
        {CHECKS.map((key) => (
          <li key={key}>
            <Body1>{t(key)}</Body1>
          </li>
        ))}
      </ul>
    </section>
  );
}
