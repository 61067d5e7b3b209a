import { addressOf, parseAddress, type Position } from "../../src/core/snapshot";

/** The A1 address of a model cell (undefined for none): expectations name cells as a spreadsheet shows them. */
export function a1(cell: Position | undefined): string | undefined {
  return cell && addressOf(cell);
}

/** The position of an A1 address, for expectations on the cells a model holds (`{ ...at("G16"), value: 100 }`). */
export function at(address: string): Position {
  const p = parseAddress(address);
  if (!p) throw new Error(`not an A1 address: ${address}`);
  return p;
}
