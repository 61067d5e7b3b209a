import type { Language } from "../../core/messages";
import type { WritePlan } from "../../core/plan";
import type { TemplateKind } from "../../core/templates";
import {
  errorCode, type CellChange, type CellEdit, type ClearResult, type FlagResult, type HostCapabilities, type InsertedTemplate,
  type InsertTemplateOptions, type ReadResult, type ReadScope, type WorkbookHost, type WriteResult,
} from "../host";
import { excelCapabilities } from "./capabilities";
import { queueRecordLookup, queueRecordPart, queueRecordXml, storedRecord } from "./flag-store";
import { insertTemplate } from "./insert-template";
import { savedProfile, saveProfile } from "./profile-setting";
import { loadWorkbook } from "./read";
import { restoreValues } from "./restore";
import { commentedCells, queueCommentLocations } from "./threaded-comments";
import { watchChanges } from "./watch-changes";
import {
  assertUnprotected, checkFlagProbe, planFlagWrites, queueCellState, queueFlagProbe, queueProtection, restoreStep, writeClear, writeFlags, writeValues,
} from "./write";

type Batch<T> = (context: Excel.RequestContext, sync: () => Promise<void>) => Promise<T>;

/**
 * The workbook open in Excel, through Office.js. Reads and checks run outside undo groups; each change is one
 * Excel.run merged into one undo step where Excel supports it (ExcelApi 1.20), run again without when Excel
 * cannot undo part of it (UndoNotSupported).
 */
export class ExcelHost implements WorkbookHost {
  private readonly caps: HostCapabilities = excelCapabilities();
  private readonly cellEditListeners = new Set<(waiting: boolean) => void>();

  watchCellEdit(listener: (waiting: boolean) => void): () => void {
    this.cellEditListeners.add(listener);
    return () => this.cellEditListeners.delete(listener);
  }

  private onCellEditWait(waiting: boolean): void {
    for (const listener of this.cellEditListeners) listener(waiting);
  }

  capabilities(): HostCapabilities {
    return this.caps;
  }

  /**
   * Excel.run, counting syncs. Tried first without waiting for cell editing, so that the pane can say why it
   * waits: a batch refused in cell-editing mode has applied nothing and is run again with delayForCellEdit.
   */
  private async run<T>(batch: Batch<T>, undoGroup: boolean): Promise<{ value: T; syncs: number }> {
    let merge = undoGroup && this.caps.undoGroup;
    let waitForEdit = false;
    for (;;) {
      let syncs = 0;
      const waiting = waitForEdit;
      const options: Excel.RunOptions = { ...(waitForEdit ? { delayForCellEdit: true } : {}), ...(merge ? { mergeUndoGroup: true } : {}) };
      try {
        const value = await Excel.run(options, (context) => batch(context, async () => {
          syncs++;
          await context.sync();
        }));
        return { value, syncs };
      } catch (e) {
        const code = errorCode(e);
        if (code === "UndoNotSupported" && merge) merge = false;
        else if (code === "InvalidOperationInCellEditMode" && !waitForEdit) {
          waitForEdit = true;
          this.onCellEditWait(true);
        } else throw e;
      } finally {
        if (waiting) this.onCellEditWait(false);
      }
    }
  }

  async read(scope: ReadScope): Promise<ReadResult> {
    const { value, syncs } = await this.run((context, sync) => loadWorkbook(context, scope, sync), false);
    const { state } = value.record;
    return { snapshot: { sheets: value.sheets }, flags: state.kind === "read" ? state.flags : [], record: state.kind, protectedSheets: value.protectedSheets, syncs };
  }

  async writeValues(plan: WritePlan): Promise<WriteResult> {
    return (await this.run((context, sync) => writeValues(context, plan, sync), true)).value;
  }

  /**
   * Flags in three syncs. Outside any undo group, the first reads the record's whereabouts, the targets' values,
   * fills and notes and the sheets' threaded comments (refusing a protected sheet or a target changed since
   * validation, before any change); the second the record, the comments' cells, and the fills and notes of the cells
   * the record lists, creating the record's part when there is none. The third, the undo step, writes. A damaged
   * record is replaced, and said so: the original fills it held are lost.
   */
  async flag(plan: WritePlan, language: Language): Promise<FlagResult> {
    const prepared = await this.run(async (context, sync) => {
      const lookup = queueRecordLookup(context);
      const probe = queueFlagProbe(context, plan, this.caps);
      await sync();
      checkFlagProbe(probe);
      const pending = queueRecordXml(context, lookup);
      const created = queueRecordPart(context, pending);
      const comments = queueCommentLocations(probe.comments);
      // The record's cells are known only once it is read: their states are loaded after it, with the targets'.
      await sync();
      const stored = storedRecord(pending);
      const previous = stored.state.kind === "read" ? stored.state.flags : [];
      const wanted = new Set(plan.flags.map((f) => `${f.sheet}!${f.cell}`));
      const released = previous.filter((r) => !wanted.has(`${r.sheet}!${r.cell}`)).map((r) => queueCellState(context, r.sheet, r.cell, this.caps));
      if (released.length > 0) await sync();
      const partId = created ? created.id : stored.partIds[0];
      const writes = planFlagWrites(probe, previous, released, commentedCells(comments), language);
      return { stored: created ? { ...stored, partIds: [partId] } : stored, partId, previous, writes };
    }, false);
    const { stored, partId, previous, writes } = prepared.value;
    const written = await this.run((context, sync) => writeFlags(context, writes, stored, partId, previous, sync), true);
    return { changes: [], flagged: writes.cells.length, syncs: prepared.syncs + written.syncs, record: stored.state.kind, commented: writes.commented };
  }

  /**
   * Clears in three syncs: the record's whereabouts, then the record with the fills and notes of its cells, then
   * (the undo step) what the tool set and the user left as it was is restored and the record emptied. No record,
   * or a damaged one, is reported as such and nothing changes.
   */
  async clearFlags(): Promise<ClearResult> {
    const prepared = await this.run(async (context, sync) => {
      const lookup = queueRecordLookup(context);
      await sync();
      const pending = queueRecordXml(context, lookup);
      if (pending.xml) await sync();
      const stored = storedRecord(pending);
      if (stored.state.kind !== "read") return { stored, steps: [] };
      const { flags } = stored.state;
      const sheets = queueProtection(context, flags.map((f) => f.sheet));
      const states = flags.map((r) => queueCellState(context, r.sheet, r.cell, this.caps));
      await sync();
      assertUnprotected(sheets);
      return { stored, steps: flags.map((r, i) => restoreStep(r, states[i])) };
    }, false);
    const { stored, steps } = prepared.value;
    if (stored.state.kind !== "read") return { record: stored.state.kind, restored: 0, keptUserChanges: 0, syncs: prepared.syncs };
    const written = await this.run((context, sync) => writeClear(context, steps, stored, sync), true);
    return {
      record: "read",
      restored: steps.filter((s) => s.restoreFill).length,
      keptUserChanges: steps.filter((s) => s.keptUserChange).length,
      syncs: prepared.syncs + written.syncs,
    };
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.run(async (context, sync) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await sync();
    }, false);
  }

  async insertTemplate(kind: TemplateKind, options: InsertTemplateOptions): Promise<InsertedTemplate> {
    return (await this.run((context, sync) => insertTemplate(context, kind, options, sync), true)).value;
  }

  watchChanges(listener: (edit: CellEdit) => void): Promise<() => Promise<void>> {
    return watchChanges(listener);
  }

  savedProfile(): string | undefined {
    return savedProfile();
  }

  saveProfile(name: string): Promise<void> {
    return saveProfile(name);
  }

  async restoreValues(changes: CellChange[]): Promise<WriteResult> {
    return (await this.run((context, sync) => restoreValues(context, changes, sync), true)).value;
  }
}
