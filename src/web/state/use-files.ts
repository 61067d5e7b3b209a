import { startTransition, useReducer, useRef, useState } from "react";
import { fileProblemOf, sizeProblem } from "../../hosts/xlsx/file-error";
import { checkFile } from "../check/client";
import { rememberedProfile, rememberProfile } from "../profile-memory";
import { filesReducer, initialFilesState, type CheckedFile, type FilesState } from "./files-state";

export interface FilesCommands {
  add(files: readonly File[]): Promise<void>;
  select(id: number): void;
  remove(id: number): void;
  /** Checks every file again with another 口径, and remembers it in this browser. */
  setProfile(profile: string): void;
}

/** The files on the page, the 口径 they are checked with, and the commands that change them. */
export function useFiles(): [FilesState & { profile: string }, FilesCommands] {
  const [state, dispatch] = useReducer(filesReducer, initialFilesState);
  const [profile, setProfile] = useState(rememberedProfile);
  const nextId = useRef(1);
  // The 口径 as of now, for files still being read when it changes.
  const currentProfile = useRef(profile);

  /**
   * Results are rendered as a transition: React builds the results view in slices between which the page stays
   * responsive, instead of in one task that froze it for a few hundred milliseconds (1,000 tables).
   */
  const showChecked = (file: CheckedFile) => startTransition(() => dispatch({ type: "checked", file }));

  async function read(id: number, file: File): Promise<void> {
    const tooBig = sizeProblem(file.size);
    if (tooBig) {
      dispatch({ type: "failed", id, problem: tooBig });
      return;
    }
    let data: Uint8Array;
    try {
      data = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      dispatch({ type: "failed", id, problem: fileProblemOf(error) });
      return;
    }
    // Read and checked by the check worker: the page stays responsive, and shows each phase as it starts.
    // A workbook of several sheets shows its first sheet with findings while the rest are read and checked.
    const reply = await checkFile(
      { name: file.name, data, profile: currentProfile.current },
      (progress) => dispatch({ type: "progress", id, progress }),
      ({ snapshot, check, of }) => showChecked({ id, name: file.name, status: "checked", data, snapshot, check, checkingRest: of }),
    );
    if (reply.type === "checked") {
      showChecked({ id, name: file.name, status: "checked", data, snapshot: reply.snapshot, check: reply.check });
    } else if (reply.type === "failed") {
      dispatch({ type: "failed", id, problem: reply.problem });
    }
  }

  /** A file already read, checked again with the 口径 of now (its list stays in place meanwhile). */
  async function recheck(id: number, name: string, data: Uint8Array): Promise<void> {
    const reply = await checkFile({ name, data, profile: currentProfile.current }, () => undefined);
    if (reply.type === "checked") startTransition(() => dispatch({ type: "rechecked", id, check: reply.check }));
  }

  const commands: FilesCommands = {
    async add(files) {
      const batch = files.map((file) => ({ file, id: nextId.current++ }));
      dispatch({ type: "add", files: batch.map(({ file, id }) => ({ id, name: file.name })) });
      for (const { file, id } of batch) await read(id, file);
    },
    select: (id) => dispatch({ type: "select", id }),
    remove: (id) => dispatch({ type: "remove", id }),
    setProfile(next) {
      currentProfile.current = next;
      setProfile(next);
      rememberProfile(next);
      for (const file of state.files) {
        if (file.status === "checked") void recheck(file.id, file.name, file.data);
      }
    },
  };
  return [{ ...state, profile }, commands];
}
