import { inflateSync } from "fflate";

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;
const ENCRYPTED = 0x1;
const HAS_DESCRIPTOR = 0x8;
const STORED = 0;
const DEFLATED = 8;

/** An entry of a zip archive, with the bytes needed to copy it unchanged. */
export interface ZipEntry {
  name: string;
  /** Its central directory record, as read. */
  central: Uint8Array;
  /** Its local header, compressed data and data descriptor, as read. */
  record: Uint8Array;
  method: number;
  compressed: Uint8Array;
  size: number;
  /** Where the local header offset is in `central`, and whether it is a zip64 field (8 bytes). */
  offsetField: { at: number; wide: boolean };
}

export interface ZipArchive {
  entries: ZipEntry[];
  comment: Uint8Array;
}

const utf8 = new TextDecoder();

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(v: DataView, at: number): number {
  return v.getUint32(at, true) + v.getUint32(at + 4, true) * 2 ** 32;
}

function findEocd(v: DataView): number {
  for (let at = v.byteLength - 22; at >= Math.max(0, v.byteLength - 22 - 0xffff); at--) {
    if (v.getUint32(at, true) === EOCD) return at;
  }
  throw new Error("not a zip archive: no end of central directory");
}

/** Where the central directory starts and how many entries it has, from the (zip64) end record. */
function centralDirectory(v: DataView, eocd: number): { offset: number; count: number } {
  const count = v.getUint16(eocd + 10, true);
  const offset = v.getUint32(eocd + 16, true);
  if (offset !== MAX32 && count !== 0xffff) return { offset, count };
  const locator = eocd - 20;
  if (locator < 0 || v.getUint32(locator, true) !== ZIP64_LOCATOR) throw new Error("zip64 end record missing");
  const end = u64(v, locator + 8);
  if (v.getUint32(end, true) !== ZIP64_EOCD) throw new Error("zip64 end record missing");
  return { offset: u64(v, end + 48), count: u64(v, end + 32) };
}

/** The zip64 extra field's values replace the 32-bit ones that are 0xFFFFFFFF, in this order. */
function zip64Values(v: DataView, extraStart: number, extraEnd: number, wanted: boolean[]): { values: number[]; at: number[] } {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = v.getUint16(at, true);
    const length = v.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA) {
      const values: number[] = [];
      const positions: number[] = [];
      let field = at + 4;
      for (const w of wanted) {
        if (!w) continue;
        positions.push(field);
        values.push(u64(v, field));
        field += 8;
      }
      return { values, at: positions };
    }
    at += 4 + length;
  }
  throw new Error("zip64 extra field missing");
}

function descriptorLength(v: DataView, at: number, zip64: boolean): number {
  const signed = at + 4 <= v.byteLength && v.getUint32(at, true) === DESCRIPTOR;
  return (signed ? 4 : 0) + (zip64 ? 20 : 12);
}

function readEntry(bytes: Uint8Array, v: DataView, at: number): { entry: ZipEntry; next: number } {
  if (v.getUint32(at, true) !== CENTRAL) throw new Error("corrupt zip central directory");
  const flags = v.getUint16(at + 8, true);
  if (flags & ENCRYPTED) throw new Error("encrypted zip entries are not supported");
  const method = v.getUint16(at + 10, true);
  const nameLength = v.getUint16(at + 28, true);
  const extraLength = v.getUint16(at + 30, true);
  const commentLength = v.getUint16(at + 32, true);
  const extraStart = at + 46 + nameLength;
  const next = extraStart + extraLength + commentLength;
  let size = v.getUint32(at + 24, true);
  let compressedSize = v.getUint32(at + 20, true);
  let localOffset = v.getUint32(at + 42, true);
  let offsetField = { at: 42, wide: false };
  const wide = [size === MAX32, compressedSize === MAX32, localOffset === MAX32];
  if (wide.some(Boolean)) {
    const { values, at: positions } = zip64Values(v, extraStart, extraStart + extraLength, wide);
    if (wide[0]) size = values.shift() as number;
    if (wide[1]) compressedSize = values.shift() as number;
    if (wide[2]) {
      localOffset = values.shift() as number;
      offsetField = { at: (positions.pop() as number) - at, wide: true };
    }
  }
  if (v.getUint32(localOffset, true) !== LOCAL) throw new Error("corrupt zip local header");
  const dataStart = localOffset + 30 + v.getUint16(localOffset + 26, true) + v.getUint16(localOffset + 28, true);
  const dataEnd = dataStart + compressedSize;
  const recordEnd = flags & HAS_DESCRIPTOR ? dataEnd + descriptorLength(v, dataEnd, wide[0] || wide[1]) : dataEnd;
  if (recordEnd > bytes.length) throw new Error("truncated zip entry");
  return {
    entry: {
      name: utf8.decode(bytes.subarray(at + 46, extraStart)),
      central: bytes.subarray(at, next),
      record: bytes.subarray(localOffset, recordEnd),
      method,
      compressed: bytes.subarray(dataStart, dataEnd),
      size,
      offsetField,
    },
    next,
  };
}

/**
 * The entries of a zip archive from its central directory, as views into `bytes`: nothing is inflated. Names are
 * read as UTF-8, which OOXML part names are (ASCII in practice, UTF-8 flagged otherwise).
 */
export function readZip(bytes: Uint8Array): ZipArchive {
  const v = view(bytes);
  const eocd = findEocd(v);
  const { offset, count } = centralDirectory(v, eocd);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    const { entry, next } = readEntry(bytes, v, at);
    entries.push(entry);
    at = next;
  }
  const commentLength = v.getUint16(eocd + 20, true);
  return { entries, comment: bytes.subarray(eocd + 22, eocd + 22 + commentLength) };
}

/** An entry's uncompressed content. */
export function entryContent(entry: ZipEntry): Uint8Array {
  if (entry.method === STORED) return entry.compressed;
  if (entry.method === DEFLATED) return inflateSync(entry.compressed, { out: new Uint8Array(entry.size) });
  throw new Error(`${entry.name}: unsupported zip compression method ${entry.method}`);
}
