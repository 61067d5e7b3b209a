import { inflateRawSync } from "node:zlib";

/**
 * Node's own zlib as the reader's inflater (ooxml/zip.ts's Inflater), for the command line: several times faster
 * than fflate, and stopped by zlib itself the moment a part's output would pass its declared size.
 */
export function inflateWithZlib(compressed: Uint8Array, size: number): Uint8Array | undefined {
  try {
    // maxOutputLength must be at least 1; an empty part that inflates to a byte is caught below.
    const out = inflateRawSync(compressed, { maxOutputLength: Math.max(size, 1) });
    return out.length > size ? undefined : out;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return undefined;
    throw e;
  }
}
