import { promises as fs } from "node:fs";
import { partsLostInPackage } from "./package-parts";

/** What a copy written by exceljs will lack, one description per kind of part, from the input file's zip entries. */
export async function partsLostOnCopy(file: string): Promise<string[]> {
  return partsLostInPackage(await fs.readFile(file));
}
