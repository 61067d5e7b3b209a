import { progressBar } from "../../src/cli/progress";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

test("on a terminal with more than 3 files: a bar per file on one line, cleared at the end", () => {
  const s = stream(true);
  const bar = progressBar(s, 10);
  bar.update(3);
  bar.update(10);
  bar.clear();
  expect(s.written).toEqual([
    "\r[######              ] 3/10",
    "\r[####################] 10/10",
    `\r${" ".repeat(28)}\r`,
  ]);
});

test("silent when stderr is not a terminal, or for 3 files or fewer", () => {
  for (const [s, total] of [[stream(false), 10], [stream(true), 3]] as const) {
    const bar = progressBar(s, total);
    bar.update(1);
    bar.clear();
    expect(s.written).toEqual([]);
  }
});
