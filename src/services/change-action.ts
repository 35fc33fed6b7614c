import type { Tx } from "../db.ts";
import { readFields, writeField, type ActionField, type FieldValues } from "./action-fields.ts";
import { cleanLabel } from "./clean-text.ts";

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
 * changed. Returns those changes (empty when nothing was different).
 */
export async function changeAction(tx: Tx, meta: ChangeMeta, actionId: string, values: FieldValues): Promise<FieldChange[]> {
  const fields = Object.keys(values) as ActionField[];
  const current = await readFields(tx, actionId, fields);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const typed = values[field] ?? null;
    const to = typeof typed === "string" && (field === "title" || field === "shortName") ? cleanLabel(typed) : typed;
    const from = current[field] ?? null;
    if (from === to) continue;
    await writeField(tx, actionId, field, to, from, meta.at);
    changes.push({ field, from, to });
  }
  await recordHistory(tx, meta, actionId, changes);
  return changes;
}

export async function recordHistory(tx: Tx, meta: ChangeMeta, actionId: string, changes: readonly FieldChange[]): Promise<void> {
  if (!changes.length) return;
  await tx.historyEntry.createMany({
    data: changes.map((c) => ({
      wijkId: meta.wijkId,
      actionId,
      personId: meta.personId,
      batchId: meta.batchId,
      field: c.field,
      fromValue: c.from,
      toValue: c.to,
      platform: meta.platform,
      chatId: meta.chatId,
      messageId: meta.messageId,
      createdAt: meta.at,
    })),
  });
}
