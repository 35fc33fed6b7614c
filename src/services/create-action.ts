import type { Tx } from "../db.ts";
import { encodeDate, encodeIdSet } from "../db/action-fields.ts";
import { recordHistory, type ChangeMeta } from "./change-action.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { ActionRow } from "../db/rows.ts";
import { ActionIndexCache, markActionNamesChanged } from "../action-names/action-index.ts";
import { cleanLabel } from "../parse/clean-text.ts";

export interface CreateActionOptions {
  title: string;
  shortName?: string | null;
  pillarId?: string | null;
  goalId?: string | null;
  ageGroup?: string | null;
  status?: string;
  deadline?: Date | null;
  startDate?: Date | null;
  ownerIds: string[];
  partnerIds?: string[];
  reachIntended?: number | null;
  reachReached?: number | null;
  budgetPlannedCents?: number | null;
  budgetSpentCents?: number | null;
  planYear?: number | null;
}

/**
 * Creates an action with one "created" history batch; refuses a duplicate title in the wijk
 * (checked against the app's name indexes, or a fresh one when none is handed in).
 */
export async function createAction(tx: Tx, meta: ChangeMeta, typed: CreateActionOptions, indexes = new ActionIndexCache()): Promise<ActionRow> {
  const options = { ...typed, title: cleanLabel(typed.title), shortName: typed.shortName ? cleanLabel(typed.shortName) : typed.shortName };
  if ((await indexes.get(tx, meta.wijkId)).withTitle(options.title).length) {
    throw new AppError("CONFLICT", localText("action.exists", { title: options.title }));
  }
  const action = await tx.action.create({
    data: {
      wijkId: meta.wijkId,
      title: options.title,
      shortName: options.shortName ?? null,
      pillarId: options.pillarId ?? null,
      goalId: options.goalId ?? null,
      ageGroup: options.ageGroup ?? null,
      status: options.status ?? "gepland",
      deadline: options.deadline ?? null,
      startDate: options.startDate ?? null,
      reachIntended: options.reachIntended ?? null,
      reachReached: options.reachReached ?? null,
      budgetPlannedCents: options.budgetPlannedCents ?? null,
      budgetSpentCents: options.budgetSpentCents ?? null,
      planYear: options.planYear ?? null,
      createdAt: meta.at,
      lastActivityAt: meta.at,
      owners: { create: options.ownerIds.map((personId) => ({ personId })) },
      partners: { create: (options.partnerIds ?? []).map((organisationId) => ({ organisationId })) },
    },
  });
  await markActionNamesChanged(tx, meta.wijkId);
  await recordHistory(tx, meta, action.id, [
    { field: "created", from: null, to: "1" },
    { field: "title", from: null, to: action.title },
    ...(action.pillarId ? [{ field: "pillar" as const, from: null, to: action.pillarId }] : []),
    ...(action.deadline ? [{ field: "deadline" as const, from: null, to: encodeDate(action.deadline) }] : []),
    ...(options.ownerIds.length ? [{ field: "owners" as const, from: null, to: encodeIdSet(options.ownerIds) }] : []),
  ]);
  return action;
}
