import { FLAG_RECORD_NAMESPACE, flagRecordXml, LEGACY_FLAG_SHEET, parseFlagRecordXml, parseLegacyRecord, type FlagRecordState } from "../flag-record";
import type { FlagRecord } from "../host";

/** The record's loads of a first sync: the parts in its namespace, and the previous version's very hidden sheet. */
export interface RecordLookup {
  parts: Excel.CustomXmlPartScopedCollection;
  legacy: Excel.Range;
}

/** After the first sync: the record's XML queued for the second, when there is a part. */
export interface PendingRecord {
  partIds: string[];
  legacyFlags: FlagRecord[] | undefined;
  xml: OfficeExtension.ClientResult<string> | undefined;
}

/** The record as found in the workbook, with what is needed to replace it. */
export interface StoredRecord {
  state: FlagRecordState;
  /** The record's custom XML parts (a second one is a leftover, removed on write). */
  partIds: string[];
  /** Whether the previous version's very hidden sheet holds a record. */
  legacy: boolean;
}

export function queueRecordLookup(context: Excel.RequestContext): RecordLookup {
  const parts = context.workbook.customXmlParts.getByNamespace(FLAG_RECORD_NAMESPACE);
  parts.load("items/id");
  const legacy = context.workbook.worksheets.getItemOrNullObject(LEGACY_FLAG_SHEET).getUsedRangeOrNullObject(true).load("values");
  return { parts, legacy };
}

/** Queues the first part's XML (for the next sync). */
export function queueRecordXml(context: Excel.RequestContext, lookup: RecordLookup): PendingRecord {
  const partIds = lookup.parts.items.map((p) => p.id);
  return {
    partIds,
    legacyFlags: lookup.legacy.isNullObject ? undefined : parseLegacyRecord(lookup.legacy.values),
    xml: partIds.length > 0 ? context.workbook.customXmlParts.getItem(partIds[0]).getXml() : undefined,
  };
}

/** The record once its XML is synced: the custom XML part when there is one, else the previous version's sheet. */
export function storedRecord(pending: PendingRecord): StoredRecord {
  const legacy = pending.legacyFlags !== undefined;
  if (pending.xml) return { state: parseFlagRecordXml(pending.xml.value), partIds: pending.partIds, legacy };
  return { state: pending.legacyFlags ? { kind: "read", flags: pending.legacyFlags } : { kind: "none" }, partIds: [], legacy };
}

/** Queues the record's part (empty) when the workbook has none; its id is known after the sync. */
export function queueRecordPart(context: Excel.RequestContext, pending: PendingRecord): Excel.CustomXmlPart | undefined {
  if (pending.partIds.length > 0) return undefined;
  return context.workbook.customXmlParts.add(flagRecordXml([])).load("id");
}

/**
 * Queues the record's replacement: its part's XML, leftover parts deleted, and the previous version's sheet emptied
 * (its flags are in the part now, or cleared). Queued, not synced: it goes with the batch it records.
 */
export function queueRecord(context: Excel.RequestContext, stored: StoredRecord, partId: string | undefined, flags: FlagRecord[]): void {
  const parts = context.workbook.customXmlParts;
  if (partId !== undefined) parts.getItem(partId).setXml(flagRecordXml(flags));
  for (const id of stored.partIds) if (id !== partId) parts.getItem(id).delete();
  if (stored.legacy) context.workbook.worksheets.getItem(LEGACY_FLAG_SHEET).getRange().clear();
}
