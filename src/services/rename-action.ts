import type { Tx } from "../db.ts";
import { localText } from "../i18n/index.ts";
import { ActionIndexCache } from "../action-names/action-index.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import { AppError } from "../core/errors.ts";

/** Gives an action a new title; refuses a title another action of the wijk has (the same rule as createAction). */
export async function renameAction(tx: Tx, meta: ChangeMeta, input: { actionId: string; title: string }, indexes = new ActionIndexCache()): Promise<void> {
  const taken = (await indexes.get(tx, meta.wijkId)).withTitle(input.title).some((a) => a.id !== input.actionId);
  if (taken) throw new AppError("CONFLICT", localText("rename.exists", { title: input.title }));
  await changeAction(tx, meta, input.actionId, { title: input.title });
}
