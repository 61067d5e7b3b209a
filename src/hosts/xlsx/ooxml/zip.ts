import { Inflate, inflateSync } from "fflate";
import { readZip, type ZipEntry } from "../zip-read";
import { LimitError, MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from "./limits";

const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time: what one step can inflate to is bounded (deflate's 1032:1). */
const INFLATE_STEP = 32 * 1024;
/**
 * Parts of up to this many compressed bytes inflate in one call, into a buffer one byte longer than declared: a
 * lying part is caught after the call, having made the inflater run through at most 1032 times this (64 MB of
 * output dropped past the buffer's end, a fraction of a second) rather than being stopped step by step.
 */
const ONE_CALL_MAX = 64 * 1024;

/**
 * Inflates a part's raw deflate data: its bytes, or undefined as soon as it is known to inflate to more than `size`
 * (the size the zip declares). Throws on damaged data.
 */
export type Inflater = (compressed: Uint8Array, size: number) => Uint8Array | undefined;

/** fflate's inflater, for every host (the web page has no other synchronous one); large parts in bounded steps. */
export function inflateWithFflate(compressed: Uint8Array, size: number): Uint8Array | undefined {
  if (compressed.length <= ONE_CALL_MAX) {
    const out = inflateSync(compressed, { out: new Uint8Array(size + 1) });
    return out.length > size ? undefined : out;
  }
  const out = new Uint8Array(size);
  let length = 0;
  let beyond = false;
  const inflater = new Inflate((chunk) => {
    if (chunk.length > out.length - length) beyond = true;
    else out.set(chunk, length);
    length += chunk.length;
  });
  let at = 0;
  do {
    inflater.push(compressed.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= compressed.length);
    if (beyond) return undefined;
    at += INFLATE_STEP;
  } while (at < compressed.length);
  return out.subarray(0, length);
}

const utf8 = new TextDecoder();

/**
 * An .xlsx package's zip for reading: entries by the central directory (zip-read.ts), inflated one part at a time
 * on request. Every part read counts against MAX_INFLATED_BYTES, first by its declared size and then by the bytes
 * actually inflated, so a crafted entry stops early instead of filling memory.
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    data: Uint8Array,
    private readonly inflater: Inflater = inflateWithFflate,
  ) {
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
    if (compressed.length === 0) return compressed;
    let out: Uint8Array | undefined;
    try {
      out = this.inflater(compressed, entry.size);
    } catch {
      // Each inflater words damage its own way; the reason is the same whichever host reads the file.
      throw new Error(`zip entry ${entry.name}: damaged compressed data`);
    }
    if (out === undefined) throw new Error(`zip entry ${entry.name} inflates beyond its declared size`);
    return out;
  }
}
