/**
 * The batch machinery of the stand-in Excel: a request context that queues operations and runs them at sync, and API
 * objects whose properties are readable only after load() and sync(), as in Office.js. Each sync's response is
 * measured as Office.js sends it (the JSON of what was loaded, in UTF-8) and refused above Excel on the web's cap.
 */
import { utf8Length } from "../../src/hosts/excel/response-budget";
import type { StandInWorkbook } from "./excel-stand-in";
import { recalculate } from "./recalculate";

export interface StandInOptions {
  /** The highest ExcelApi minor version isSetSupported admits: 14 for Excel 2021 LTSC. Default 20. */
  maxApiMinor?: number;
  /** Milliseconds each sync waits, to simulate Excel on the web. */
  syncDelayMs?: number;
  /** Called for every queued operation at sync; throwing there fails the sync (a write failing midway). */
  beforeOperation?: (name: string) => void;
  /** The largest response a sync may return, in bytes; default Excel on the web's 5,000,000. */
  responseLimitBytes?: number;
  /**
   * Operations Excel cannot undo, refused with UndoNotSupported in a run with mergeUndoGroup (before any operation
   * of the sync applies); default hiding a sheet, as on Windows and Mac.
   */
  undoUnsupported?: string[];
}

/** Excel on the web refuses a response above 5 MB; the stand-in applies the cap everywhere. */
export const RESPONSE_LIMIT_BYTES = 5_000_000;

/** An error as Office.js raises one (OfficeExtension.Error): a name, a code to act on, a message to show. */
export class StandInError extends Error {
  override readonly name = "RichApi.Error";
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

type Op = { name: string; run: () => void };

/** What one sync returned: the bytes of its response, measured while the loads run. */
export interface SyncResponse {
  bytes: number;
}

export class Context {
  readonly ops: Op[] = [];
  readonly application = { suspendScreenUpdatingUntilNextSync: () => this.queue("suspendScreenUpdating", () => undefined) };
  /** The response of the sync under way. */
  response: SyncResponse = { bytes: 0 };

  constructor(
    readonly wb: StandInWorkbook,
    private readonly options: StandInOptions,
    readonly runOptions: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } = {},
  ) {}

  queue(name: string, run: () => void): void {
    this.ops.push({ name, run });
  }

  async sync(): Promise<void> {
    this.wb.syncCount++;
    if (this.wb.cellEditing) {
      if (!this.runOptions.delayForCellEdit) throw new StandInError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
      await this.wb.cellEditing;
    }
    if (this.options.syncDelayMs) await new Promise((r) => setTimeout(r, this.options.syncDelayMs));
    const ops = this.ops.splice(0);
    const undoUnsupported = this.options.undoUnsupported ?? ["setVisibility"];
    const refused = this.runOptions.mergeUndoGroup ? ops.find((op) => undoUnsupported.includes(op.name)) : undefined;
    if (refused) throw new StandInError("UndoNotSupported", `${refused.name} cannot be undone as part of an undo group.`);
    this.response = { bytes: 0 };
    try {
      for (const op of ops) {
        this.options.beforeOperation?.(op.name);
        op.run();
      }
    } finally {
      // Excel calculates automatically after values or formulas change, whatever part of the batch applied.
      if (ops.some((op) => op.name === "setValues" || op.name === "setFormulas")) recalculate(this.wb);
    }
    const limit = this.options.responseLimitBytes ?? RESPONSE_LIMIT_BYTES;
    this.wb.maxResponseBytes = Math.max(this.wb.maxResponseBytes, this.response.bytes);
    if (this.response.bytes > limit) {
      throw new StandInError("ResponsePayloadSizeLimitExceeded", `The response payload size (${this.response.bytes} bytes) has exceeded the limit.`);
    }
  }
}

/** An API object whose properties are filled in at sync by the load operations queued for it. */
export class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Context) {}

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw new StandInError("PropertyNotLoaded", `The property '${name}' is not available. Load it and call context.sync().`);
    return this.loaded.get(name) as T;
  }

  protected resolve(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected readers(): Record<string, () => unknown> {
    return {};
  }

  /**
   * Resolves the named properties now; "items/name" loads `name` on each item of a collection. Leaf values count
   * toward the sync's response as their JSON does.
   */
  loadNow(names: string[]): void {
    const readers = this.readers();
    // Objects from *OrNullObject methods always learn whether they exist; a null object loads nothing else.
    if (readers.isNullObject) {
      const isNull = Boolean(readers.isNullObject());
      this.resolve("isNullObject", isNull);
      if (isNull) return;
    }
    const nested = new Map<string, string[]>();
    for (const name of names) {
      const [head, ...rest] = name.split("/");
      const reader = readers[head];
      if (!reader) throw new Error(`stand-in cannot load '${name}'`);
      if (rest.length > 0) nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      else if (!nested.has(head)) {
        const value = reader();
        this.resolve(head, value);
        this.ctx.response.bytes += utf8Length(head) + 3 + utf8Length(JSON.stringify(value) ?? "");
      }
    }
    for (const [head, subNames] of nested) {
      const value = readers[head]();
      this.resolve(head, value);
      for (const child of Array.isArray(value) ? value : [value]) (child as ClientObject).loadNow(subNames);
    }
  }

  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    this.ctx.queue("load", () => this.loadNow(names));
    return this;
  }
}

/** A client object with a fixed set of loadable fields. */
export class ClientObjectWith<T extends object> extends ClientObject {
  constructor(ctx: Context, private readonly fields: { [K in keyof T]: () => T[K] }) {
    super(ctx);
    for (const key of Object.keys(fields)) {
      Object.defineProperty(this, key, { get: () => this.get(key) });
    }
  }
  protected override readers() {
    return this.fields as Record<string, () => unknown>;
  }
}
