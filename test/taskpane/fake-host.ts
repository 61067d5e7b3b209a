/**
 * An in-memory WorkbookHost for the task pane's jsdom tests: it records every call, writes values into its snapshot
 * (so that re-validation sees them), keeps a flag record, and fails or waits on demand.
 */
import type { Language } from "../../src/core/messages";
import type { WritePlan } from "../../src/core/plan";
import { parseAddress, type WorkbookSnapshot } from "../../src/core/snapshot";
import { buildTemplate, type TemplateKind } from "../../src/core/templates";
import type {
  CellChange, CellEdit, ClearResult, FlagRecord, FlagResult, HostCapabilities, InsertedTemplate, InsertTemplateOptions, ReadResult, ReadScope, WorkbookHost,
  WriteResult,
} from "../../src/hosts/host";

type Operation = "read" | "writeValues" | "flag" | "clearFlags" | "select" | "insertTemplate" | "restoreValues" | "saveProfile";

export class FakeHost implements WorkbookHost {
  readonly calls: string[] = [];
  readonly reads: ReadScope[] = [];
  readonly selections: { sheet: string; cell: string }[] = [];
  readonly flagCalls: { plan: WritePlan; language: Language }[] = [];
  readonly writes: WritePlan[] = [];
  readonly templates: { kind: TemplateKind; options: InsertTemplateOptions }[] = [];
  readonly restores: CellChange[][] = [];
  /** The 口径 kept "in the workbook's settings". */
  profileSetting: string | undefined;
  private changeListeners: ((edit: CellEdit) => void)[] = [];
  /** The flags recorded "in the workbook"; undefined once the record was deleted, "damaged" when unreadable. */
  record: FlagRecord[] | undefined | "damaged" = [];
  /** Cells holding a person's threaded comment ("Sheet!A1"): flagged without a note. */
  commentedCells = new Set<string>();
  /** Who listens for Excel waiting on cell editing (the pane). */
  cellEditListener: ((waiting: boolean) => void) | undefined;
  protectedSheets: string[] = [];
  activeSheet: string;
  /** The next call of an operation throws this error (once). */
  readonly failures = new Map<Operation, unknown>();
  /** The next call of an operation waits for this promise first (once). */
  readonly gates = new Map<Operation, Promise<void>>();

  constructor(
    public snapshot: WorkbookSnapshot,
    private readonly caps: HostCapabilities = { notes: true, undoGroup: true },
  ) {
    this.activeSheet = snapshot.sheets[0]?.name ?? "";
  }

  capabilities(): HostCapabilities {
    return this.caps;
  }

  private async enter(operation: Operation, call: string): Promise<void> {
    this.calls.push(call);
    const gate = this.gates.get(operation);
    this.gates.delete(operation);
    if (gate) await gate;
    const failure = this.failures.get(operation);
    this.failures.delete(operation);
    if (failure !== undefined) throw failure;
  }

  async read(scope: ReadScope): Promise<ReadResult> {
    await this.enter("read", `read:${scope}`);
    this.reads.push(scope);
    const sheets = scope === "workbook" ? this.snapshot.sheets : this.snapshot.sheets.filter((s) => s.name === this.activeSheet);
    return {
      snapshot: JSON.parse(JSON.stringify({ sheets })) as WorkbookSnapshot,
      flags: Array.isArray(this.record) ? this.record.map((f) => ({ ...f })) : [],
      record: this.record === undefined ? "none" : this.record === "damaged" ? "damaged" : "read",
      protectedSheets: [...this.protectedSheets],
      syncs: 2,
    };
  }

  async writeValues(plan: WritePlan): Promise<WriteResult> {
    await this.enter("writeValues", "writeValues");
    this.writes.push(plan);
    for (const v of plan.values) {
      const sheet = this.snapshot.sheets.find((s) => s.name === v.sheet);
      const at = parseAddress(v.cell);
      const cell = at && sheet?.cells.find((c) => c.row === at.row && c.col === at.col);
      if (cell) cell.value = v.value;
      else if (at && sheet) sheet.cells.push({ ...at, value: v.value });
    }
    const changes = plan.values.map((v) => ({ sheet: v.sheet, cell: v.cell, before: v.previous, after: v.value }));
    return { changes, flagged: 0, syncs: 2 };
  }

  async flag(plan: WritePlan, language: Language): Promise<FlagResult> {
    await this.enter("flag", "flag");
    this.flagCalls.push({ plan, language });
    const found = this.record === undefined ? "none" : this.record === "damaged" ? "damaged" : "read";
    const commented = plan.flags.filter((f) => this.commentedCells.has(`${f.sheet}!${f.cell}`)).length;
    this.record = plan.flags.map((f) => ({ sheet: f.sheet, cell: f.cell, originalFill: null, fill: f.fill, noteAdded: this.caps.notes }));
    return { changes: [], flagged: plan.flags.length, syncs: 3, record: found, commented };
  }

  async clearFlags(): Promise<ClearResult> {
    await this.enter("clearFlags", "clearFlags");
    if (!Array.isArray(this.record)) return { record: this.record === undefined ? "none" : "damaged", restored: 0, keptUserChanges: 0, syncs: 1 };
    const restored = this.record.length;
    this.record = [];
    return { record: "read", restored, keptUserChanges: 0, syncs: 4 };
  }

  watchCellEdit(listener: (waiting: boolean) => void): () => void {
    this.cellEditListener = listener;
    return () => (this.cellEditListener = undefined);
  }

  async select(sheet: string, cell: string): Promise<void> {
    await this.enter("select", `select:${sheet}!${cell}`);
    this.selections.push({ sheet, cell });
    this.activeSheet = sheet;
  }

  /** Adds the template's sheets (named as the templates are, without the host's unique names) with nothing in them. */
  async insertTemplate(kind: TemplateKind, options: InsertTemplateOptions): Promise<InsertedTemplate> {
    await this.enter("insertTemplate", `insertTemplate:${kind}:${options.target}`);
    this.templates.push({ kind, options });
    const layouts = buildTemplate(kind, { rowsPerGroup: options.rowsPerGroup, profile: options.profile });
    for (const l of layouts) this.snapshot.sheets.push({ name: l.sheetName, cells: [], merges: [] });
    const first = layouts.find((l) => l.cells.some((c) => c.input)) ?? layouts[0];
    const cell = first.cells.find((c) => c.input)?.address ?? "A1";
    this.activeSheet = first.sheetName;
    return {
      tables: layouts.map((l) => ({ sheet: l.sheetName, range: l.ref, newSheet: true })),
      selected: { sheet: first.sheetName, cell },
      syncs: 2,
    };
  }

  /** The person edits a cell: the value changes and the pane hears of it, as from worksheets.onChanged. */
  edit(sheetName: string, address: string, value: string | number): void {
    const sheet = this.snapshot.sheets.find((s) => s.name === sheetName);
    const at = parseAddress(address);
    const cell = at && sheet?.cells.find((c) => c.row === at.row && c.col === at.col);
    if (cell) cell.value = value;
    else if (at && sheet) sheet.cells.push({ ...at, value });
    for (const listener of this.changeListeners) listener({ sheet: sheetName, address });
  }

  get watching(): boolean {
    return this.changeListeners.length > 0;
  }

  async watchChanges(listener: (edit: CellEdit) => void): Promise<() => Promise<void>> {
    this.changeListeners.push(listener);
    return async () => {
      this.changeListeners = this.changeListeners.filter((l) => l !== listener);
    };
  }

  savedProfile(): string | undefined {
    return this.profileSetting;
  }

  async saveProfile(name: string): Promise<void> {
    await this.enter("saveProfile", `saveProfile:${name}`);
    this.profileSetting = name;
  }

  /** Puts back each cell's value before, where it still holds the value written. */
  async restoreValues(changes: CellChange[]): Promise<WriteResult> {
    await this.enter("restoreValues", "restoreValues");
    this.restores.push(changes);
    const restored: CellChange[] = [];
    for (const change of changes) {
      const sheet = this.snapshot.sheets.find((s) => s.name === change.sheet);
      const at = parseAddress(change.cell);
      const cell = at && sheet?.cells.find((c) => c.row === at.row && c.col === at.col);
      if (!cell || cell.value !== change.after) continue;
      cell.value = change.before as typeof cell.value;
      restored.push({ ...change, before: change.after, after: change.before });
    }
    return { changes: restored, flagged: 0, syncs: 2 };
  }
}


/** A promise with its resolve function, to hold an operation while the test looks at the busy pane. */
export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
