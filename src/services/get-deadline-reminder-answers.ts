import type { Tx } from "../db.ts";

/** What the one-tap answers under a deadline reminder need: the action by id and its names. */
export interface DeadlineReminderAnswers {
  actionId: string;
  title: string;
  pillarName: string | null;
  name: string;
}

/** The action behind the one-tap answers, or null when it has no open deadline. */
export async function getDeadlineReminderAnswers(tx: Tx, input: { actionId: string }): Promise<DeadlineReminderAnswers | null> {
  const action = await tx.action.findUnique({ where: { id: input.actionId }, include: { pillar: { select: { name: true } } } });
  if (!action || action.deletedAt || !action.deadline) return null;
  return { actionId: action.id, title: action.title, pillarName: action.pillar?.name ?? null, name: action.shortName ?? action.title };
}
