/**
 * The batch machinery of the stand-in Excel: a request context that queues operations and runs them at sync, and API
 * objects whose properties are readable only after load() and sync(), as in Office.js.
 */
import type { StandInWorkbook } from "./excel-stand-in";

export interface StandInOptions {
  /** The highest ExcelApi minor version isSetSupported admits: 14 for Excel 2021 LTSC. Default 20. */
  maxApiMinor?: number;
  /** Milliseconds each sync waits, to simulate Excel on the web. */
  syncDelayMs?: number;
  /** Called for every queued operation at sync; throwing there fails the sync (a write failing midway). */
  beforeOperation?: (name: string) => void;
}

class NotLoadedError extends Error {
  code = "PropertyNotLoaded";
}

type Op = { name: string; run: () => void };

export class Context {
  readonly ops: Op[] = [];
  readonly application = { suspendScreenUpdatingUntilNextSync: () => this.queue("suspendScreenUpdating", () => undefined) };

  constructor(readonly wb: StandInWorkbook, private readonly options: StandInOptions) {}

  queue(name: string, run: () => void): void {
    this.ops.push({ name, run });
  }

  async sync(): Promise<void> {
    this.wb.syncCount++;
    if (this.options.syncDelayMs) await new Promise((r) => setTimeout(r, this.options.syncDelayMs));
    const ops = this.ops.splice(0);
    for (const op of ops) {
      this.options.beforeOperation?.(op.name);
      op.run();
    }
  }
}

/** An API object whose properties are filled in at sync by the load operations queued for it. */
export class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Context) {}

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw new NotLoadedError(`The property '${name}' is not available. Load it and call context.sync().`);
    return this.loaded.get(name) as T;
  }

  protected resolve(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected readers(): Record<string, () => unknown> {
    return {};
  }

  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? "").split(",")).map((p) => p.trim()).filter(Boolean);
    const readers = this.readers();
    this.ctx.queue("load", () => {
      // Objects from *OrNullObject methods always learn whether they exist; a null object loads nothing else.
      if (readers.isNullObject) {
        const isNull = Boolean(readers.isNullObject());
        this.resolve("isNullObject", isNull);
        if (isNull) return;
      }
      for (const name of names) {
        const reader = readers[name.split("/")[0]];
        if (!reader) throw new Error(`stand-in cannot load '${name}'`);
        this.resolve(name.split("/")[0], reader());
      }
    });
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
