import type { Tx } from "../db.ts";
import { recordHistory, type ChangeMeta } from "./change-action.ts";
import { cleanStoredText } from "../parse/clean-text.ts";

/** A progress note ("voortgang") on an action; recorded in history so it can be undone. */
export async function addProgressNote(tx: Tx, meta: ChangeMeta, actionId: string, text: string) {
  const note = await tx.progressNote.create({
    data: { actionId, personId: meta.personId, text: cleanStoredText(text), createdAt: meta.at },
  });
  await tx.action.update({ where: { id: actionId }, data: { lastActivityAt: meta.at } });
  await recordHistory(tx, meta, actionId, [{ field: "note", from: null, to: note.id }]);
  return note;
}
