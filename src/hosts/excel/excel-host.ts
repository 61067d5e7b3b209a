import type { WritePlan } from "../../core/plan";
import type { TemplateKind } from "../../core/templates";
import type {
  CellChange, CellEdit, FlagRecord, HostCapabilities, InsertedTemplate, InsertTemplateOptions, ReadResult, ReadScope, WorkbookHost, WriteResult,
} from "../host";
import { excelCapabilities } from "./capabilities";
import { readFlagRecord } from "./flag-store";
import { insertTemplate } from "./insert-template";
import { savedProfile, saveProfile } from "./profile-setting";
import { loadWorkbook } from "./read";
import { restoreValues } from "./restore";
import { watchChanges } from "./watch-changes";
import { clearFlagCells, flagCells, writeValues } from "./write";

/** The workbook open in Excel, through Office.js. Every call is one Excel.run with a fixed number of syncs. */
export class ExcelHost implements WorkbookHost {
  private readonly caps: HostCapabilities = excelCapabilities();
  /** The flag record as last read from the workbook; undefined when it must be read again. */
  private knownFlags: FlagRecord[] | undefined;

  capabilities(): HostCapabilities {
    return this.caps;
  }

  /** Excel.run waiting for cell edit mode to end, as one undo step where Excel supports it; counts its syncs. */
  private run<T>(batch: (context: Excel.RequestContext, sync: () => Promise<void>) => Promise<T>): Promise<T> {
    const options: Excel.RunOptions = { delayForCellEdit: true, ...(this.caps.undoGroup ? { mergeUndoGroup: true } : {}) };
    return Excel.run(options, (context) => batch(context, () => context.sync()));
  }

  async read(scope: ReadScope): Promise<ReadResult> {
    let syncs = 0;
    const loaded = await this.run((context) => loadWorkbook(context, scope, async () => {
      syncs++;
      await context.sync();
    }));
    this.knownFlags = loaded.flags;
    return { snapshot: { sheets: loaded.sheets }, flags: loaded.flags, protectedSheets: loaded.protectedSheets, syncs };
  }

  writeValues(plan: WritePlan): Promise<WriteResult> {
    return this.run((context, sync) => writeValues(context, plan, sync));
  }

  async flag(plan: WritePlan, previous: FlagRecord[]): Promise<WriteResult> {
    try {
      return await this.run((context, sync) => flagCells(context, plan, previous, this.caps, sync));
    } finally {
      // Whatever happened, the record in the workbook is the truth now: read it again before clearing.
      this.knownFlags = undefined;
    }
  }

  /**
   * Clears the recorded flags: two syncs with the record known from the last read or flag, two more to read it
   * first when the pane has not seen it (a workbook saved, closed and reopened).
   */
  clearFlags(): Promise<WriteResult> {
    return this.run(async (context, sync) => {
      let syncs = 0;
      const counted = async () => {
        syncs++;
        await sync();
      };
      const previous = this.knownFlags ?? (await readFlagRecord(context, counted));
      const result = previous.length > 0 ? await clearFlagCells(context, previous, this.caps, counted) : undefined;
      this.knownFlags = [];
      return { changes: [], flagged: 0, ...result, syncs };
    });
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.run(async (context, sync) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await sync();
    });
  }

  insertTemplate(kind: TemplateKind, options: InsertTemplateOptions): Promise<InsertedTemplate> {
    return this.run((context, sync) => insertTemplate(context, kind, options, sync));
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

  restoreValues(changes: CellChange[]): Promise<WriteResult> {
    return this.run((context, sync) => restoreValues(context, changes, sync));
  }
}
