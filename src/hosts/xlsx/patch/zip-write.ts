import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import type { ZipArchive, ZipEntry } from "../zip-read";

/** An entry copied as it was read, or one with new content (replacing `like`, whose place, name and date it keeps). */
export type OutputEntry = { kept: ZipEntry } | { name: string; content: Uint8Array; like?: ZipEntry };

const UTF8_NAME = 0x800;
const DEFLATED = 8;
const VERSION = 20;

const utf8 = new TextEncoder();

function centralView(entry: ZipEntry): DataView {
  return new DataView(entry.central.buffer, entry.central.byteOffset, entry.central.byteLength);
}

/** How a written entry is named and dated; a replaced entry keeps its name as stored, its date and file attributes. */
interface Identity {
  name: Uint8Array;
  flags: number;
  time: number;
  date: number;
  externalAttributes: number;
}

function identityOf(entry: ZipEntry): Identity {
  const v = centralView(entry);
  return {
    name: entry.central.subarray(46, 46 + v.getUint16(28, true)),
    flags: v.getUint16(8, true) & UTF8_NAME,
    time: v.getUint16(12, true),
    date: v.getUint16(14, true),
    externalAttributes: v.getUint32(38, true),
  };
}

/** A new entry's identity: a UTF-8 name (flagged as such when not ASCII), with the date given. */
function newIdentity(name: string, like: Identity): Identity {
  const bytes = utf8.encode(name);
  return { name: bytes, flags: bytes.length !== name.length ? UTF8_NAME : 0, time: like.time, date: like.date, externalAttributes: 0 };
}

interface Built {
  local: Uint8Array;
  central: Uint8Array;
}

function header(length: number, fill: (v: DataView) => void, name: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(length + name.length);
  fill(new DataView(bytes.buffer));
  bytes.set(name, length);
  return bytes;
}

function buildEntry(identity: Identity, content: Uint8Array): Built {
  const data = deflateSync(content);
  const crc = crc32(content);
  const common = (v: DataView, at: number) => {
    v.setUint16(at, VERSION, true);
    v.setUint16(at + 2, identity.flags, true);
    v.setUint16(at + 4, DEFLATED, true);
    v.setUint16(at + 6, identity.time, true);
    v.setUint16(at + 8, identity.date, true);
    v.setUint32(at + 10, crc, true);
    v.setUint32(at + 14, data.length, true);
    v.setUint32(at + 18, content.length, true);
    v.setUint16(at + 22, identity.name.length, true);
  };
  const localHeader = header(30, (v) => {
    v.setUint32(0, 0x04034b50, true);
    common(v, 4);
  }, identity.name);
  const local = new Uint8Array(localHeader.length + data.length);
  local.set(localHeader);
  local.set(data, localHeader.length);
  const central = header(46, (v) => {
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, VERSION, true);
    common(v, 6);
    v.setUint32(38, identity.externalAttributes, true);
  }, identity.name);
  return { local, central };
}

/** The central record with the local header offset set, wherever the entry keeps it. */
function placed(central: Uint8Array, field: ZipEntry["offsetField"], offset: number): Uint8Array {
  // A copy in a buffer of its own: a Node Buffer's slice() is a view of the input, whose bytes this would overwrite.
  const copy = new Uint8Array(central);
  const v = new DataView(copy.buffer);
  v.setUint32(field.at, offset, true);
  if (field.wide) v.setUint32(field.at + 4, 0, true);
  return copy;
}

/**
 * A zip archive of `entries` in order: kept entries are copied byte for byte (local header, compressed data, data
 * descriptor), new content is deflated. New entries take the date of the archive's first entry, so that patching
 * the same file twice gives the same bytes.
 */
export function writeZip(entries: OutputEntry[], source: ZipArchive): Uint8Array {
  const first = identityOf(source.entries[0]);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    if ("kept" in e) {
      locals.push(e.kept.record);
      centrals.push(placed(e.kept.central, e.kept.offsetField, offset));
      offset += e.kept.record.length;
      continue;
    }
    const built = buildEntry(e.like ? identityOf(e.like) : newIdentity(e.name, first), e.content);
    locals.push(built.local);
    centrals.push(placed(built.central, { at: 42, wide: false }, offset));
    offset += built.local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  if (entries.length > 0xffff || offset + centralSize > 0xffffffff) throw new Error("archive too large to write without zip64");
  const end = new Uint8Array(22 + source.comment.length);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, centralSize, true);
  v.setUint32(16, offset, true);
  v.setUint16(20, source.comment.length, true);
  end.set(source.comment, 22);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
