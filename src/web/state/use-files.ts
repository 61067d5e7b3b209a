import { useReducer, useRef } from "react";
import { sizeProblem, unreadableReason } from "../../hosts/xlsx/file-error";
import { checkFile } from "../check/client";
import { filesReducer, initialFilesState, type FilesState } from "./files-state";

export interface FilesCommands {
  /** Reads and checks the files one after another (one workbook in memory at a time while reading). */
  add(files: readonly File[]): Promise<void>;
  select(id: number): void;
  remove(id: number): void;
}

/** The files on the page and the commands that change them. */
export function useFiles(): [FilesState, FilesCommands] {
  const [state, dispatch] = useReducer(filesReducer, initialFilesState);
  const nextId = useRef(1);

  async function read(id: number, file: File): Promise<void> {
    const tooBig = sizeProblem(file.size);
    if (tooBig) {
      dispatch({ type: "failed", id, reason: tooBig });
      return;
    }
    let data: Uint8Array;
    try {
      data = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      dispatch({ type: "failed", id, reason: unreadableReason(error) });
      return;
    }
    // Read and checked by the check worker: the page stays responsive, and shows each phase as it starts.
    const reply = await checkFile({ id, name: file.name, data }, (progress) => dispatch({ type: "progress", id, progress }));
    if (reply.type === "checked") {
      dispatch({ type: "checked", file: { id, name: file.name, status: "checked", data, snapshot: reply.snapshot, check: reply.check } });
    } else if (reply.type === "failed") {
      dispatch({ type: "failed", id, reason: reply.reason });
    }
  }

  const commands: FilesCommands = {
    async add(files) {
      const batch = files.map((file) => ({ file, id: nextId.current++ }));
      dispatch({ type: "add", files: batch.map(({ file, id }) => ({ id, name: file.name })) });
      for (const { file, id } of batch) await read(id, file);
    },
    select: (id) => dispatch({ type: "select", id }),
    remove: (id) => dispatch({ type: "remove", id }),
  };
  return [state, commands];
}
