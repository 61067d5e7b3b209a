/** The part of a stream a progress bar needs (process.stderr, or a fake in tests). */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number): void;
  clear(): void;
}

const WIDTH = 20;
const SILENT: Progress = { update: () => undefined, clear: () => undefined };

/** `\r[####    ] 3/10` on a terminal, for more than 3 files; silent otherwise (pipes, CI logs, short runs). */
export function progressBar(stream: ProgressStream, total: number): Progress {
  if (!stream.isTTY || total <= 3) return SILENT;
  let length = 0;
  return {
    update(done) {
      const filled = Math.round((done / total) * WIDTH);
      const line = `[${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${done}/${total}`;
      length = line.length;
      stream.write(`\r${line}`);
    },
    clear() {
      if (length > 0) stream.write(`\r${" ".repeat(length)}\r`);
    },
  };
}
