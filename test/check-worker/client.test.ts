/** @jest-environment jsdom */
import { deserialize, serialize } from "v8";
import { answerChecks } from "../../src/check-worker/answer";
import { checkClient } from "../../src/check-worker/client";
import type { CheckPhase, CheckReply, Preliminary, TicketedRequest, WorkerMessage } from "../../src/check-worker/protocol";
import { checkWorkbook } from "../../src/core/engine";
import { builtInProfiles } from "../../src/core/profile";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { checkSnapshot, type SnapshotCheckRequest } from "../../src/taskpane/check/check-snapshot";
import { workbookWithProblems } from "../taskpane/fixtures";

/** What crosses between threads is a structured clone (v8's serializer is the one structuredClone uses). */
const clone = <T>(value: T): T => deserialize(serialize(value)) as T;

/** Several sheets, findings of each severity, a total to write back. */
const snapshot = workbookWithProblems();
const checked = (profile: string): CheckReply<string> => ({ type: "checked", snapshot, check: checkWorkbook(snapshot, builtInProfiles[profile]) });

/**
 * A Worker as the browser gives one, driven by the test: it keeps what the page posts; `answer` posts back what the
 * worker script would (each message a task of its own); `failToLoad` is the error event of a script that did not load.
 */
class FakeWorker {
  static started: FakeWorker[] = [];
  static refuse = false;
  onmessage: ((event: MessageEvent<WorkerMessage<string>>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  received: TicketedRequest<SnapshotCheckRequest>[] = [];
  terminated = false;

  constructor(readonly url: string) {
    if (FakeWorker.refuse) throw new DOMException("workers are not allowed here", "SecurityError");
    FakeWorker.started.push(this);
  }

  postMessage(message: TicketedRequest<SnapshotCheckRequest>): void {
    this.received.push(clone(message));
  }

  /** The messages the check worker posts for one request it received. */
  messagesFor(request: TicketedRequest<SnapshotCheckRequest>): WorkerMessage<string>[] {
    const posted: WorkerMessage<string>[] = [];
    answerChecks(checkSnapshot, (m) => posted.push(m))(request);
    return posted;
  }

  async answer(messages: WorkerMessage<string>[]): Promise<void> {
    for (const m of messages) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      this.onmessage?.(new MessageEvent("message", { data: clone(m) }));
    }
  }

  failToLoad(): void {
    this.onerror?.(new Event("error"));
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** A client as a page makes one, counting the requests it had to check on the page's own thread. */
function client() {
  const onPage: SnapshotCheckRequest[] = [];
  const check = checkClient<SnapshotCheckRequest, string>(async (request, onPhase) => {
    onPage.push(request);
    return checkSnapshot(request, onPhase);
  });
  return { check, onPage };
}

function nameWorker(url: string | undefined): void {
  document.head.innerHTML = url === undefined ? "" : `<meta name="perfcheck-check-worker" content="${url}" />`;
}

beforeEach(() => {
  FakeWorker.started = [];
  FakeWorker.refuse = false;
  nameWorker("check-worker.0123abcd.js");
  Object.assign(globalThis, { Worker: FakeWorker });
});

afterAll(() => {
  delete (globalThis as { Worker?: unknown }).Worker;
});

describe("the check client, with a check worker", () => {
  it("posts the request to the worker the page names, and joins its answer, sheet by sheet, into the check the page would make", async () => {
    const { check, onPage } = client();
    const phases: CheckPhase[] = [];
    const replied = check({ snapshot, profile: "hubei" }, (p) => phases.push(p));
    const [worker] = FakeWorker.started;
    expect(worker.url).toBe("check-worker.0123abcd.js");
    expect(worker.received).toEqual([{ ticket: 1, request: { snapshot, profile: "hubei" } }]);

    const messages = worker.messagesFor(worker.received[0]);
    const sheets = messages.flatMap((m) => (m.type === "sheet" ? [m.part] : []));
    expect(sheets).toHaveLength(snapshot.sheets.length);
    // The pane sent the workbook: its cells do not come back.
    expect(sheets.filter((part) => part.snapshot !== undefined)).toEqual([]);
    expect(messages.at(-1)?.type).toBe("plan");
    await worker.answer(messages);
    expect(await replied).toEqual(checked("hubei"));
    expect(phases).toEqual([{ phase: "checking", sheets: snapshot.sheets.length }]);
    expect(onPage).toEqual([]);
  });

  it("starts one worker, and answers each request under its own ticket whatever order the answers come in", async () => {
    const { check } = client();
    const phases: Record<string, CheckPhase[]> = { default: [], hubei: [] };
    const first = check({ snapshot, profile: "default" }, (p) => phases.default.push(p));
    const second = check({ snapshot, profile: "hubei" }, (p) => phases.hubei.push(p));
    expect(FakeWorker.started).toHaveLength(1);
    const [worker] = FakeWorker.started;
    expect(worker.received.map((r) => [r.ticket, r.request.profile])).toEqual([
      [1, "default"],
      [2, "hubei"],
    ]);

    // The second request's answer first, then the two interleaved message by message.
    const [a, b] = worker.received.map((r) => worker.messagesFor(r));
    const interleaved = b.flatMap((m, i) => (i < a.length ? [m, a[i]] : [m])).concat(a.slice(b.length));
    await worker.answer(interleaved);
    expect(await first).toEqual(checked("default"));
    expect(await second).toEqual(checked("hubei"));
    expect(checked("default")).not.toEqual(checked("hubei"));
    expect(phases.default).toHaveLength(1);
    expect(phases.hubei).toHaveLength(1);

    // A later request goes to the same worker, under a new ticket.
    const third = check({ snapshot, profile: "default" }, () => undefined);
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.received[2].ticket).toBe(3);
    await worker.answer(worker.messagesFor(worker.received[2]));
    expect(await third).toEqual(checked("default"));
  });

  it("passes on a preliminary result and a failure, each to the request it belongs to", async () => {
    const { check } = client();
    const preliminaries: Preliminary[] = [];
    const replied = check({ snapshot, profile: "default" }, () => undefined, (p) => preliminaries.push(p));
    const [worker] = FakeWorker.started;
    const first = { sheets: [snapshot.sheets[0]] };
    const preliminary: Preliminary = { snapshot: first, check: checkWorkbook(first), of: snapshot.sheets.length };
    await worker.answer([
      { ticket: 1, type: "preliminary", preliminary },
      // A message for a ticket the page no longer waits for is ignored.
      { ticket: 9, type: "failed", problem: "stale" },
      { ticket: 1, type: "failed", problem: "无法读取" },
    ]);
    expect(await replied).toEqual({ type: "failed", problem: "无法读取" });
    expect(preliminaries).toEqual([preliminary]);
  });
});

describe("the check client, where no worker can check", () => {
  it("checks on the page's own thread when the page names no worker", async () => {
    nameWorker(undefined);
    const { check, onPage } = client();
    expect(await check({ snapshot, profile: "hubei" }, () => undefined)).toEqual(checked("hubei"));
    expect(FakeWorker.started).toEqual([]);
    expect(onPage).toHaveLength(1);
  });

  it("checks on the page's own thread when the browser has no Worker", async () => {
    delete (globalThis as { Worker?: unknown }).Worker;
    const { check, onPage } = client();
    expect(await check({ snapshot, profile: "default" }, () => undefined)).toEqual(checked("default"));
    expect(onPage).toHaveLength(1);
  });

  it("checks on the page's own thread when the browser refuses the worker, and does not ask again", async () => {
    FakeWorker.refuse = true;
    const { check, onPage } = client();
    const phases: CheckPhase[] = [];
    expect(await check({ snapshot, profile: "default" }, (p) => phases.push(p))).toEqual(checked("default"));
    FakeWorker.refuse = false;
    expect(await check({ snapshot, profile: "hubei" }, () => undefined)).toEqual(checked("hubei"));
    expect(FakeWorker.started).toEqual([]);
    expect(onPage.map((r) => r.profile)).toEqual(["default", "hubei"]);
    expect(phases).toEqual([{ phase: "checking", sheets: snapshot.sheets.length }]);
  });

  it("checks what the worker was sent on the page's own thread when its script fails to load, and later requests too", async () => {
    const { check, onPage } = client();
    const first = check({ snapshot, profile: "default" }, () => undefined);
    const second = check({ snapshot, profile: "hubei" }, () => undefined);
    const [worker] = FakeWorker.started;
    // Half an answer, then the error: the page's own check replaces it.
    await worker.answer(worker.messagesFor(worker.received[0]).slice(0, 2));
    worker.failToLoad();
    expect(worker.terminated).toBe(true);
    expect(await first).toEqual(checked("default"));
    expect(await second).toEqual(checked("hubei"));
    expect(onPage.map((r) => r.profile)).toEqual(["default", "hubei"]);

    expect(await check({ snapshot, profile: "default" }, () => undefined)).toEqual(checked("default"));
    expect(FakeWorker.started).toHaveLength(1);
    expect(worker.received).toHaveLength(2);
    expect(onPage).toHaveLength(3);
  });
});

describe("the pane's check of what it read", () => {
  it("answers a workbook the engine cannot check with the engine's message, never throwing", () => {
    const broken = { sheets: [{ name: "表", cells: null, merges: [] }] } as unknown as WorkbookSnapshot;
    const phases: CheckPhase[] = [];
    const reply = checkSnapshot({ snapshot: broken, profile: "default" }, (p) => phases.push(p));
    expect(reply).toEqual({ type: "failed", problem: expect.stringMatching(/\S/) });
    expect(phases).toEqual([{ phase: "checking", sheets: 1 }]);
    // In the worker: the phase, then the problem, under the request's ticket.
    const posted: WorkerMessage<string>[] = [];
    answerChecks(checkSnapshot, (m) => posted.push(m))({ ticket: 4, request: { snapshot: broken, profile: "default" } });
    expect(posted).toEqual([
      { ticket: 4, type: "phase", phase: { phase: "checking", sheets: 1 } },
      { ticket: 4, ...reply },
    ]);
  });

  it("checks with the default 口径 when asked for one it does not know", () => {
    expect(checkSnapshot({ snapshot, profile: "shanghai" }, () => undefined)).toEqual(checked("default"));
  });
});
