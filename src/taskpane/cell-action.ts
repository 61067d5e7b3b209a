import { createContext, useContext } from "react";
import type { StringKey } from "./strings";

/**
 * What clicking a finding or a table card's locate button does, in words: the task pane selects the cell in Excel,
 * the web page shows a preview of the sheet around it. The components are the same; the page says which.
 */
export interface CellAction {
  /** A finding's title; `{cell}` is Sheet!A1. */
  cellLabel: StringKey;
  /** A table card's locate button; `{sheet}` and `{range}`. */
  tableLabel: StringKey;
}

export const CellActionContext = createContext<CellAction>({ cellLabel: "selectCell", tableLabel: "tableLocateLabel" });

export function useCellAction(): CellAction {
  return useContext(CellActionContext);
}
