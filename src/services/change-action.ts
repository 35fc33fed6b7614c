import type { Tx } from "../db.ts";
import { columnData, columnValues, isPlainChange, readFields, writeField, type ActionField, type FieldValues } from "../db/action-fields.ts";
import type { ActionRow } from "../db/rows.ts";
import { cleanLabel } from "../parse/clean-text.ts";

/** Who made a change, and from which chat message: written on every history row. */
export interface ChangeMeta {
  wijkId: string;
  personId: string | null;
  batchId: string;
  platform?: string;
  chatId?: string;
  messageId?: string;
  at: Date;
}

export interface FieldChange {
  field: ActionField;
  from: string | null;
  to: string | null;
}

/**
 * Change fields of an action and append one history row per field that really
 * changed. Returns those changes (empty when nothing was different). `loaded` is the
 * action's row as read earlier in this same transaction: its values are the "from" side,
 * without reading the row again.
 */
export async function changeAction(tx: Tx, meta: ChangeMeta, actionId: string, values: FieldValues, loaded?: ActionRow): Promise<FieldChange[]> {
  const fields = Object.keys(values) as ActionField[];
  const current = loaded && isPlainChange(fields) ? columnValues(loaded, fields) : await readFields(tx, actionId, fields);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const typed = values[field] ?? null;
    const to = typeof typed === "string" && (field === "title" || field === "shortName") ? cleanLabel(typed) : typed;
    const from = current[field] ?? null;
    if (from === to) continue;
    changes.push({ field, from, to });
  }
  if (!changes.length) return changes;
  // Plain columns that do not touch the name index: one update for all of them (nothing read back).
  if (isPlainChange(changes.map((c) => c.field))) {
    await tx.action.update({ where: { id: actionId }, data: { ...columnData(changes), lastActivityAt: meta.at }, select: { id: true } });
    await recordHistory(tx, meta, actionId, changes);
    return changes;
  }
  for (const c of changes) await writeField(tx, actionId, c.field, c.to, c.from, meta.at);
  await recordHistory(tx, meta, actionId, changes);
  return changes;
}

export async function recordHistory(tx: Tx, meta: ChangeMeta, actionId: string, changes: readonly FieldChange[]): Promise<void> {
  if (!changes.length) return;
  await tx.historyEntry.createMany({ data: changes.map((c) => ({ ...historyRow(meta, c), actionId })) });
}

function historyRow(meta: ChangeMeta, c: FieldChange) {
  return {
    wijkId: meta.wijkId,
    personId: meta.personId,
    batchId: meta.batchId,
    field: c.field,
    fromValue: c.from,
    toValue: c.to,
    platform: meta.platform,
    chatId: meta.chatId,
    messageId: meta.messageId,
    createdAt: meta.at,
  };
}
