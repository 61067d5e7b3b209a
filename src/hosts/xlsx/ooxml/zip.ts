import { Inflate } from "fflate";
import { readZip, type ZipEntry } from "../zip-read";
import { LimitError, MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from "./limits";

const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: what one step can inflate to is bounded (deflate's 1032:1). */
const INFLATE_STEP = 32 * 1024;

const utf8 = new TextDecoder();

/**
 * An .xlsx package's zip for reading: entries by the central directory (zip-read.ts), inflated with fflate one part
 * at a time on request. Every part read counts against MAX_INFLATED_BYTES, first by its declared size and then by
 * the bytes actually inflated, so a crafted entry stops early instead of filling memory.
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(data: Uint8Array) {
    const { entries } = readZip(data);
    if (entries.length > MAX_ZIP_ENTRIES) throw new LimitError({ code: "too-many-entries", limit: MAX_ZIP_ENTRIES });
    // Some zip tools write Windows separators; a leading "/" is tolerated as exceljs does. Part names ignore case (OPC).
    for (const entry of entries) this.entries.set(entry.name.replace(/\\/g, "/").replace(/^\//, "").toLowerCase(), entry);
  }

  /** The part's text (UTF-8), or undefined when the package has no such part. */
  text(name: string): string | undefined {
    const entry = this.entries.get(name.toLowerCase());
    return entry && utf8.decode(this.inflate(entry));
  }

  private inflate(entry: ZipEntry): Uint8Array {
    if (entry.size > MAX_INFLATED_BYTES - this.inflated) throw new LimitError({ code: "too-much-inflated", limit: MAX_INFLATED_BYTES / 1048576 });
    this.inflated += entry.size;
    const { compressed } = entry;
    if (entry.method === STORED) return compressed.subarray(0, entry.size);
    if (entry.method !== DEFLATED) throw new Error(`zip entry ${entry.name}: unknown compression method ${entry.method}`);
    const out = new Uint8Array(entry.size);
    let length = 0;
    const inflater = new Inflate((chunk) => {
      if (chunk.length > out.length - length) throw new Error(`zip entry ${entry.name} inflates beyond its declared size`);
      out.set(chunk, length);
      length += chunk.length;
    });
    let at = 0;
    do {
      inflater.push(compressed.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= compressed.length);
      at += INFLATE_STEP;
    } while (at < compressed.length);
    return out.subarray(0, length);
  }
}
