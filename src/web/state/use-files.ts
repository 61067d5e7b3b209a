import { useReducer, useRef, useState } from "react";
import { checkWorkbook } from "../../core/engine";
import { builtInProfiles, defaultProfile } from "../../core/profile";
import { sizeProblem, unreadableReason, WorkbookFileError } from "../../hosts/xlsx/file-error";
import { rememberedProfile, rememberProfile } from "../profile-memory";
import { loadXlsx } from "../xlsx";
import { filesReducer, initialFilesState, type FilesState } from "./files-state";

export interface FilesCommands {
  /** Reads and checks the files one after another (one workbook in memory at a time while reading). */
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
  const rules = () => builtInProfiles[currentProfile.current] ?? defaultProfile;

  async function read(id: number, file: File): Promise<void> {
    try {
      const tooBig = sizeProblem(file.size);
      if (tooBig) throw new WorkbookFileError(file.name, tooBig);
      const data = new Uint8Array(await file.arrayBuffer());
      const { readWorkbookSnapshot } = await loadXlsx();
      const snapshot = readWorkbookSnapshot(file.name, data);
      dispatch({ type: "checked", file: { id, name: file.name, status: "checked", data, snapshot, check: checkWorkbook(snapshot, rules()) } });
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
    setProfile(next) {
      currentProfile.current = next;
      setProfile(next);
      rememberProfile(next);
      for (const file of state.files) {
        if (file.status === "checked") dispatch({ type: "rechecked", id: file.id, check: checkWorkbook(file.snapshot, rules()) });
      }
    },
  };
  return [{ ...state, profile }, commands];
}
