import { useEffect, useState } from "react";
import { FluentProvider, Spinner, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { Header } from "./components/Header";
import { Intro } from "./components/Intro";
import { OutsideOffice } from "./components/OutsideOffice";
import { LocaleContext, localeFromLanguage, translate } from "./i18n";
import { type OfficeEnvironment, detectOfficeEnvironment } from "./office";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    paddingInline: tokens.spacingHorizontalL,
    paddingBottom: tokens.spacingVerticalL,
  },
});

/** The task pane: waits for Office, then shows the add-in in Excel's language and theme. */
export function App() {
  const [environment, setEnvironment] = useState<OfficeEnvironment | null>(null);
  useEffect(() => {
    let cancelled = false;
    void detectOfficeEnvironment().then((found) => {
      if (!cancelled) setEnvironment(found);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const inExcel = environment?.kind === "excel" ? environment : null;
  // Outside Excel there is no Office display language; the browser's is the best guess.
  const locale = localeFromLanguage(inExcel ? inExcel.displayLanguage : globalThis.navigator?.language);
  const styles = useStyles();

  return (
    <FluentProvider theme={inExcel?.theme === "dark" ? webDarkTheme : webLightTheme} lang={locale}>
      <LocaleContext.Provider value={locale}>
        <main className={styles.root}>
          <Header />
          {environment === null && <Spinner size="small" label={translate(locale, "connecting")} />}
          {inExcel && <Intro />}
          {(environment?.kind === "no-host" || environment?.kind === "no-office-js") && (
            <OutsideOffice reason={environment.kind} />
          )}
        </main>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
