import { isUtf8 } from "node:buffer";

const GB18030 = new TextDecoder("gb18030", { fatal: true });

/**
 * A file name's bytes as text to show: UTF-8, else GB18030 (a superset of GBK, the names Windows zip tools and old
 * Samba shares leave behind), else UTF-8 with U+FFFD where neither reads.
 */
export function fileName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString("utf8");
  try {
    return GB18030.decode(bytes);
  } catch {
    return bytes.toString("utf8");
  }
}
