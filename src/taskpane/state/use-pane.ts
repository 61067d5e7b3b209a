import { useEffect, useReducer } from "react";
import { checkWorkbook } from "../../core/engine";
import type { CellValue } from "../../core/snapshot";
import type { TemplateKind } from "../../core/templates";
import { useLocale } from "../i18n";
import {
  errorCode, HostError, TemplateTargetNotEmptyError, type InsertTemplateOptions, type ReadScope, type WorkbookHost,
} from "../../hosts/host";
import { initialPaneState, paneReducer, type Notice, type Operation, type PaneState, type Validation } from "./pane-state";

export interface PaneCommands {
  setScope(scope: ReadScope): void;
  validate(): Promise<void>;
  writeBack(): Promise<void>;
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
export function failureNotice(operation: Operation | "select", error: unknown, before?: Map<string, CellValue>): Notice {
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
  const [state, dispatch] = useReducer(paneReducer, initialPaneState);
  const locale = useLocale();
  useEffect(() => host.watchCellEdit?.((waiting) => dispatch({ type: "cellEditWait", waiting })), [host]);

  async function readAndCheck(scope: ReadScope): Promise<Validation> {
    const read = await host.read(scope);
    return { scope, check: checkWorkbook(read.snapshot), flags: read.flags, protectedSheets: read.protectedSheets };
  }

  /** Validates again after a change, keeping the change's notice; a failure shows both. */
  async function revalidate(scope: ReadScope, done: Notice): Promise<void> {
    try {
      dispatch({ type: "validated", validation: await readAndCheck(scope), notices: [done] });
    } catch (error) {
      dispatch({ type: "failed", notices: [done, failureNotice("validate", error)] });
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

    async writeBack() {
      const validation = state.validation;
      if (!validation) return;
      const plan = validation.check.plan;
      dispatch({ type: "start", operation: "writeBack" });
      let written: number;
      try {
        written = (await host.writeValues(plan)).changes.length;
      } catch (error) {
        const before = new Map(plan.values.map((v) => [`${v.sheet}!${v.cell}`, v.previous]));
        dispatch({ type: "failed", notices: [failureNotice("writeBack", error, before)] });
        return;
      }
      await revalidate(validation.scope, { kind: "written", written, skipped: plan.values.length - written });
    },

    async flag() {
      const validation = state.validation;
      if (!validation) return;
      dispatch({ type: "start", operation: "flag" });
      let flagged: number;
      try {
        flagged = (await host.flag(validation.check.plan, locale)).flagged;
      } catch (error) {
        dispatch({ type: "failed", notices: [failureNotice("flag", error)] });
        return;
      }
      // The flag record changed: read it again, so that flagging once more replaces these flags.
      await revalidate(validation.scope, { kind: "flagged", count: flagged });
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
        const { tables, selected } = await host.insertTemplate(kind, options);
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
