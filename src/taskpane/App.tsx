import { useEffect, useState } from "react";
import { FluentProvider, Spinner, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ExcelHost } from "../hosts/excel/excel-host";
import type { WorkbookHost } from "../hosts/host";
import { Header } from "./components/Header";
import { HostedPane } from "./components/HostedPane";
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
    paddingInline: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalL,
  },
});

const createExcelHost = (): WorkbookHost => new ExcelHost();

/**
 * The task pane: waits for Office, then shows the add-in in Excel's language and theme. The workbook host is created
 * only inside Excel (ExcelHost reads Office's requirement sets); tests pass their own.
 */
export function App({ createHost = createExcelHost }: { createHost?: () => WorkbookHost }) {
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
          {inExcel && <HostedPane createHost={createHost} />}
          {(environment?.kind === "no-host" || environment?.kind === "no-office-js") && (
            <OutsideOffice reason={environment.kind} />
          )}
        </main>
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
