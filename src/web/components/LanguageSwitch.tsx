import { ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import { useLocale, useTranslate, type Locale } from "../../taskpane/i18n";
import { LOCALES, strings } from "../../taskpane/strings";

const useStyles = makeStyles({
  group: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
});

/** 中文 | English, each named in its own language; the one in use is filled. */
export function LanguageSwitch({ onChange }: { onChange(locale: Locale): void }) {
  const t = useTranslate();
  const current = useLocale();
  const styles = useStyles();
  return (
    <div className={styles.group} role="group" aria-label={t("webLanguage")}>
      <LocalLanguage20Regular aria-hidden="true" />
      {LOCALES.map((locale) => (
        <ToggleButton
          key={locale}
          size="small"
          appearance={locale === current ? "primary" : "subtle"}
          lang={locale}
          checked={locale === current}
          onClick={() => onChange(locale)}
        >
          {strings[locale].languageName}
        </ToggleButton>
      ))}
    </div>
  );
}
