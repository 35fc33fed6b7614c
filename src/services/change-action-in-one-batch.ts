import { newCuid, type Sql, type SqlStatement } from "../db/sql.ts";
import { columnData, columnValues, isPlainChange, type ActionField, type FieldValues } from "../db/action-fields.ts";
import type { ChangeMeta, FieldChange } from "./change-action.ts";
import type { ActionRow } from "../db/rows.ts";

const HISTORY_COLUMNS = `"id", "wijkId", "actionId", "personId", "batchId", "field", "fromValue", "toValue", "platform", "chatId", "messageId", "createdAt"`;

/** The message a change came from, recorded in the same batch (a redelivery then gets silence). */
export interface ProcessedKey {
  platform: string;
  chatId: string;
  messageId: string;
  at: Date;
}

/**
 * changeAction for plain columns (status, dates, numbers: nothing the name index reads), as
 * one batch through the driver (src/db/sql.ts): the update, one history row per changed
 * field and the processed message, all or nothing (on PostgreSQL one statement). The "from" side is the row as loaded;
 * the update only applies while the row is still exactly that (its updatedAt), so a change
 * by someone else in between is never overwritten: then nothing is written and the result
 * is undefined (the caller takes the ordinary path). Fields that are not plain: undefined too.
 */
export async function changeActionInOneBatch(
  sql: Sql,
  input: { meta: ChangeMeta; loaded: ActionRow; values: FieldValues; processed: ProcessedKey },
): Promise<FieldChange[] | undefined> {
  const { meta, loaded, values } = input;
  const fields = Object.keys(values) as ActionField[];
  if (!isPlainChange(fields)) return undefined;
  const current = columnValues(loaded, fields);
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const to = values[field] ?? null;
    const from = current[field] ?? null;
    if (from !== to) changes.push({ field, from, to });
  }
  if (!changes.length) return changes;
  const data: Record<string, string | number | Date | null> = { ...(columnData(changes) as Record<string, string | number | Date | null>), lastActivityAt: meta.at, updatedAt: new Date() };
  const columns = Object.keys(data);
  const update = `UPDATE "Action" SET ${columns.map((c) => `"${c}" = ?`).join(", ")} WHERE "id" = ? AND "updatedAt" = ? AND "deletedAt" IS NULL`;
  const updateParams = [...columns.map((c) => data[c]), loaded.id, loaded.updatedAt];
  const historyParams = changes.map((c) => [newCuid(), meta.wijkId, loaded.id, meta.personId, meta.batchId, c.field, c.from, c.to, meta.platform ?? null, meta.chatId ?? null, meta.messageId ?? null, meta.at]);
  const { platform, chatId, messageId, at } = input.processed;
  if (sql.dialect === "postgres") {
    // One statement, so one round trip and atomic by itself: the rows are written only when the update applied.
    const [{ n }] = await sql.all<{ n: number }>(
      `WITH "u" AS (${update} RETURNING "id"),
       "h" AS (INSERT INTO "HistoryEntry" (${HISTORY_COLUMNS}) SELECT * FROM (VALUES ${changes.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamp(3))").join(", ")}) AS "v" WHERE EXISTS (SELECT 1 FROM "u")),
       "m" AS (INSERT INTO "ProcessedMessage" ("platform", "chatId", "messageId", "processedAt") SELECT ?, ?, ?, ?::timestamp(3) WHERE EXISTS (SELECT 1 FROM "u"))
       SELECT count(*)::int AS "n" FROM "u"`,
      [...updateParams, ...historyParams.flat(), platform, chatId, messageId, at],
    );
    return n === 1 ? changes : undefined;
  }
  const statements: SqlStatement[] = [
    { sql: update, params: updateParams, expectChanges: 1 },
    ...historyParams.map((params) => ({ sql: `INSERT INTO "HistoryEntry" (${HISTORY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, params })),
    { sql: `INSERT INTO "ProcessedMessage" ("platform", "chatId", "messageId", "processedAt") VALUES (?, ?, ?, ?)`, params: [platform, chatId, messageId, at] },
  ];
  return (await sql.batch(statements)) ? changes : undefined;
}
