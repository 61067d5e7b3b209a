import { useEffect, useReducer } from "react";
import { flagsAfterWrite, type ValueWrite } from "../../core/plan";
import { builtInProfiles, defaultProfile } from "../../core/profile";
import type { CellValue } from "../../core/snapshot";
import type { TemplateKind } from "../../core/templates";
import { checkSnapshotOffThread } from "../check/client";
import { useLocale } from "../i18n";
import {
  errorCode, HostError, TemplateTargetNotEmptyError, type CellChange, type InsertTemplateOptions, type ReadScope, type WorkbookHost,
} from "../../hosts/host";
import { isProfileId } from "../profiles";
import { initialPaneState, paneReducer, type Notice, type PaneState, type Validation } from "./pane-state";

export interface PaneCommands {
  setScope(scope: ReadScope): void;
  validate(): Promise<void>;
  /** Writes the chosen values of the plan. */
  writeBack(values: ValueWrite[]): Promise<void>;
  /** Puts back what the last write changed. */
  restore(): Promise<void>;
  /** Checks with another 口径 from now on, kept in the workbook's settings; checks again when there are results. */
  setProfile(profile: string): Promise<void>;
  flag(): Promise<void>;
  clearFlags(): Promise<void>;
  select(sheet: string, cell: string): Promise<void>;
  insertTemplate(kind: TemplateKind, options: InsertTemplateOptions): Promise<void>;
  dismiss(index: number): void;
}

/**
 * A failure as a notice. The Excel host writes only in its last sync and wraps a failure there in a HostWriteError
 * that lists the cells the batch had queued; any other error happened before anything was written. The error's code
 * (Office.js's or the host's) lets the pane word it in its own language.
 */
export function failureNotice(operation: Extract<Notice, { kind: "failed" }>["operation"], error: unknown, before?: Map<string, CellValue>): Notice {
  const message = error instanceof Error ? error.message : String(error);
  const cells = error instanceof HostError ? error.changedCells : [];
  const code = errorCode(error);
  return {
    kind: "failed",
    operation,
    message,
    ...(code ? { code } : {}),
    ...(error instanceof HostError && error.subjects.length > 0 ? { subjects: error.subjects } : {}),
    changed: cells.map((address) => (before?.has(address) ? { address, before: before.get(address) } : { address })),
  };
}

/** The pane's state and the commands that change it, all through one WorkbookHost. */
export function usePane(host: WorkbookHost): [PaneState, PaneCommands] {
  const [state, dispatch] = useReducer(paneReducer, undefined, () => initialPaneState(knownProfile(host.savedProfile())));
  const locale = useLocale();
  useEffect(() => host.watchCellEdit?.((waiting) => dispatch({ type: "cellEditWait", waiting })), [host]);

  // Edits the person makes after a check mark its results as out of date: listened for once there are results.
  const checked = state.validation !== undefined;
  useEffect(() => {
    if (!checked) return;
    let stop: (() => Promise<void>) | undefined;
    let stopped = false;
    host.watchChanges((edit) => dispatch({ type: "edited", edit })).then(
      (unsubscribe) => {
        if (stopped) void unsubscribe();
        else stop = unsubscribe;
      },
      (error: unknown) => dispatch({ type: "notify", notices: [failureNotice("watch", error)] }),
    );
    return () => {
      stopped = true;
      void stop?.();
    };
  }, [host, checked]);

  /** Office.js reads on the pane's thread; the check runs in the pane's check worker, the pane staying responsive. */
  async function readAndCheck(scope: ReadScope, profile = state.profile): Promise<Validation> {
    const read = await host.read(scope);
    const reply = await checkSnapshotOffThread({ snapshot: read.snapshot, profile }, (phase) => {
      if (phase.phase === "checking") dispatch({ type: "checking", sheets: phase.sheets });
    });
    if (reply.type === "failed") throw new Error(reply.problem);
    return { scope, check: reply.check, flags: read.flags, protectedSheets: read.protectedSheets };
  }

  /** Validates again after a change, keeping the change's notices; a failure shows them too. */
  async function revalidate(scope: ReadScope, done: Notice[]): Promise<void> {
    try {
      dispatch({ type: "validated", validation: await readAndCheck(scope), notices: done });
    } catch (error) {
      dispatch({ type: "failed", notices: [...done, failureNotice("validate", error)] });
    }
  }

  /**
   * Cells flagged before a write that corrected their value: their flags now say so (已由 69 改为 96, not red).
   * Only the cells the workbook records as flagged are flagged again; a failure is told, the values stay written.
   */
  async function correctFlags(validation: Validation, values: ValueWrite[], changes: CellChange[]): Promise<Notice[]> {
    const recorded = new Set(validation.flags.map((f) => `${f.sheet}!${f.cell}`));
    if (!changes.some((c) => recorded.has(`${c.sheet}!${c.cell}`))) return [];
    const plan = { ...validation.check.plan, values };
    const flags = flagsAfterWrite(plan, changes).filter((f) => recorded.has(`${f.sheet}!${f.cell}`));
    try {
      await host.flag({ ...plan, values: [], flags }, locale);
      return [];
    } catch (error) {
      return [failureNotice("flag", error)];
    }
  }

  const commands: PaneCommands = {
    setScope: (scope) => dispatch({ type: "scope", scope }),

    async validate() {
      dispatch({ type: "start", operation: "validate" });
      try {
        dispatch({ type: "validated", validation: await readAndCheck(state.scope), notices: [] });
      } catch (error) {
        dispatch({ type: "failed", notices: [failureNotice("validate", error)] });
      }
    },

    async writeBack(values) {
      const validation = state.validation;
      if (!validation || values.length === 0) return;
      dispatch({ type: "start", operation: "writeBack" });
      let changes: CellChange[];
      try {
        changes = (await host.writeValues({ ...validation.check.plan, values })).changes;
      } catch (error) {
        const before = new Map(values.map((v) => [`${v.sheet}!${v.cell}`, v.previous]));
        const queued = new Set(error instanceof HostError ? error.changedCells : []);
        const maybeWritten = values.filter((v) => queued.has(`${v.sheet}!${v.cell}`));
        dispatch({ type: "wrote", changes: maybeWritten.map((v) => ({ sheet: v.sheet, cell: v.cell, before: v.previous, after: v.value })) });
        dispatch({ type: "failed", notices: [failureNotice("writeBack", error, before)] });
        return;
      }
      dispatch({ type: "wrote", changes });
      const reflagged = await correctFlags(validation, values, changes);
      await revalidate(validation.scope, [{ kind: "written", written: changes.length, skipped: values.length - changes.length }, ...reflagged]);
    },

    async restore() {
      const changes = state.lastWrite;
      if (changes.length === 0) return;
      dispatch({ type: "start", operation: "restore" });
      let restored: number;
      try {
        restored = (await host.restoreValues(changes)).changes.length;
      } catch (error) {
        const before = new Map(changes.map((c) => [`${c.sheet}!${c.cell}`, c.after as CellValue]));
        dispatch({ type: "failed", notices: [failureNotice("restore", error, before)] });
        return;
      }
      dispatch({ type: "wrote", changes: [] });
      const done: Notice = { kind: "restored", restored, skipped: changes.length - restored };
      if (state.validation) await revalidate(state.validation.scope, [done]);
      else dispatch({ type: "done", notices: [done] });
    },

    async setProfile(profile) {
      dispatch({ type: "profile", profile });
      try {
        await host.saveProfile(profile);
      } catch (error) {
        dispatch({ type: "notify", notices: [failureNotice("saveProfile", error)] });
      }
      if (!state.validation) return;
      dispatch({ type: "start", operation: "validate" });
      try {
        dispatch({ type: "validated", validation: await readAndCheck(state.validation.scope, profile), notices: [] });
      } catch (error) {
        dispatch({ type: "failed", notices: [failureNotice("validate", error)] });
      }
    },

    async flag() {
      const validation = state.validation;
      if (!validation) return;
      dispatch({ type: "start", operation: "flag" });
      let done: Notice;
      try {
        const { flagged, commented, record } = await host.flag(validation.check.plan, locale);
        done = { kind: "flagged", count: flagged, commented, damagedRecord: record === "damaged" };
      } catch (error) {
        dispatch({ type: "failed", notices: [failureNotice("flag", error)] });
        return;
      }
      // The flag record changed: read it again, so that flagging once more replaces these flags.
      await revalidate(validation.scope, [done]);
    },

    async clearFlags() {
      dispatch({ type: "start", operation: "clear" });
      try {
        const { record, restored, keptUserChanges } = await host.clearFlags();
        dispatch({ type: "flagsCleared", notices: [{ kind: "cleared", record, restored, kept: keptUserChanges }] });
      } catch (error) {
        dispatch({ type: "failed", notices: [failureNotice("clear", error)] });
      }
    },

    async select(sheet, cell) {
      try {
        await host.select(sheet, cell);
      } catch (error) {
        dispatch({ type: "notify", notices: [failureNotice("select", error)] });
      }
    },

    async insertTemplate(kind, options) {
      dispatch({ type: "start", operation: "insertTemplate" });
      try {
        const { tables, selected } = await host.insertTemplate(kind, { ...options, profile: builtInProfiles[state.profile] ?? defaultProfile });
        dispatch({ type: "done", notices: [{ kind: "templateInserted", tables, selected }] });
      } catch (error) {
        const notice: Notice = error instanceof TemplateTargetNotEmptyError
          ? { kind: "templateRefused", range: `${error.sheet}!${error.range}`, occupied: error.occupied, occupiedCount: error.occupiedCount }
          : failureNotice("insertTemplate", error);
        dispatch({ type: "done", notices: [notice] });
      }
    },

    dismiss: (index) => dispatch({ type: "dismiss", index }),
  };
  return [state, commands];
}

/** The saved 口径 when it names a built-in profile; otherwise (none saved, or one this version does not know) the default. */
function knownProfile(saved: string | undefined): string {
  return saved !== undefined && isProfileId(saved) ? saved : "default";
}
