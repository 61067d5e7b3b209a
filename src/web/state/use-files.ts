import { useReducer, useRef } from "react";
import { checkWorkbook } from "../../core/engine";
import { sizeProblem, unreadableReason, WorkbookFileError } from "../../hosts/xlsx/file-error";
import { loadXlsx } from "../xlsx";
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
    try {
      const tooBig = sizeProblem(file.size);
      if (tooBig) throw new WorkbookFileError(file.name, tooBig);
      const data = new Uint8Array(await file.arrayBuffer());
      const { readWorkbookSnapshot } = await loadXlsx();
      const snapshot = readWorkbookSnapshot(file.name, data);
      dispatch({ type: "checked", file: { id, name: file.name, status: "checked", data, snapshot, check: checkWorkbook(snapshot) } });
    } catch (error) {
      dispatch({ type: "failed", id, reason: unreadableReason(error) });
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
