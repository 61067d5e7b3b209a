import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { Header } from "../taskpane/components/Header";
import { Intro } from "../taskpane/components/Intro";
import { ProfileSelect } from "../taskpane/components/ProfileSelect";
import { LocaleContext, localeFromLanguage, type Locale } from "../taskpane/i18n";
import { FileDrop } from "./components/FileDrop";
import { FileList } from "./components/FileList";
import { FileView } from "./components/FileView";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { useFiles } from "./state/use-files";
import { useFileDrop } from "./use-file-drop";

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  top: { backgroundColor: tokens.colorNeutralBackground1, paddingInline: tokens.spacingHorizontalXXL },
  body: {
    boxSizing: "border-box",
    maxWidth: "1680px",
    marginInline: "auto",
    paddingBlock: tokens.spacingVerticalXL,
    paddingInline: tokens.spacingHorizontalXXL,
  },
  start: { maxWidth: "46rem", marginInline: "auto", display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXL },
  workspace: {
    display: "grid",
    gridTemplateColumns: "17rem minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalXXL,
    alignItems: "start",
    "@media (max-width: 800px)": { gridTemplateColumns: "minmax(0, 1fr)", rowGap: tokens.spacingVerticalL },
  },
  side: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
});

function WebPage({ onLocale }: { onLocale(locale: Locale): void }) {
  const styles = useStyles();
  const [state, commands] = useFiles();
  const dragging = useFileDrop((files) => void commands.add(files));
  const shown = state.files.find((f) => f.id === state.selected);
  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Header subtitle actions={<LanguageSwitch onChange={onLocale} />} />
      </div>
      <main className={styles.body}>
        {state.files.length === 0 ? (
          <div className={styles.start}>
            <FileDrop dragging={dragging} compact={false} onFiles={(files) => void commands.add(files)} />
            <ProfileSelect profile={state.profile} hint="profileWebHint" onChange={commands.setProfile} />
            <Intro text="webIntro" />
          </div>
        ) : (
          <div className={styles.workspace}>
            <aside className={styles.side}>
              <FileDrop dragging={dragging} compact onFiles={(files) => void commands.add(files)} />
              <ProfileSelect profile={state.profile} hint="profileWebHint" onChange={commands.setProfile} />
              <FileList files={state.files} selected={state.selected} onSelect={commands.select} onRemove={commands.remove} />
            </aside>
            <section>{shown && <FileView file={shown} />}</section>
          </div>
        )}
      </main>
    </div>
  );
}

/** 网页版: the checker as a static page, on .xlsx files the person opens; nothing leaves the browser. */
export function WebApp() {
  const [locale, setLocale] = useState<Locale>(() => localeFromLanguage(globalThis.navigator?.language));
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <LocaleContext.Provider value={locale}>
        <WebPage onLocale={setLocale} />
      </LocaleContext.Provider>
    </FluentProvider>
  );
}
