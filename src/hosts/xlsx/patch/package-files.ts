import { entryContent, readZip, type ZipArchive, type ZipEntry } from "../zip-read";
import { writeZip, type OutputEntry } from "./zip-write";

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/**
 * The parts of an .xlsx package by name (zip entry names, without a leading slash; matched case-insensitively, as
 * OPC part names are): read as text on demand, changed or added as text, written back with every other entry
 * copied as it was.
 */
export class PackageFiles {
  private readonly archive: ZipArchive;
  private readonly byName = new Map<string, ZipEntry>();
  private readonly changed = new Map<string, { name: string; text: string }>();
  private readonly read = new Map<string, string>();

  constructor(bytes: Uint8Array) {
    this.archive = readZip(bytes);
    for (const entry of this.archive.entries) this.byName.set(entry.name.toLowerCase(), entry);
  }

  has(name: string): boolean {
    const key = name.toLowerCase();
    return this.byName.has(key) || this.changed.has(key);
  }

  /** The first part name `stem` + n + `extension` (n = 1, 2, …) the package does not have. */
  freeName(stem: string, extension: string): string {
    let n = 1;
    while (this.has(`${stem}${n}${extension}`)) n++;
    return `${stem}${n}${extension}`;
  }

  /** The names of all parts, including added ones. */
  names(): string[] {
    const added = [...this.changed.entries()].filter(([key]) => !this.byName.has(key)).map(([, c]) => c.name);
    return [...this.archive.entries.map((e) => e.name), ...added];
  }

  text(name: string): string | undefined {
    const key = name.toLowerCase();
    const changed = this.changed.get(key);
    if (changed) return changed.text;
    const cached = this.read.get(key);
    if (cached !== undefined) return cached;
    const entry = this.byName.get(key);
    if (!entry) return undefined;
    const text = decoder.decode(entryContent(entry));
    this.read.set(key, text);
    return text;
  }

  /** Sets a part's text; a part set to the text it has stays as it was stored. */
  setText(name: string, text: string): void {
    if (text === this.text(name)) return;
    const key = name.toLowerCase();
    this.changed.set(key, { name: this.byName.get(key)?.name ?? name, text });
  }

  /** The package as zip bytes: changed parts in their places, added parts at the end, the rest copied. */
  toBytes(): Uint8Array {
    const out: OutputEntry[] = this.archive.entries.map((entry) => {
      const changed = this.changed.get(entry.name.toLowerCase());
      return changed ? { name: entry.name, content: encoder.encode(changed.text), like: entry } : { kept: entry };
    });
    for (const [key, { name, text }] of this.changed) {
      if (!this.byName.has(key)) out.push({ name, content: encoder.encode(text) });
    }
    return writeZip(out, this.archive);
  }
}
