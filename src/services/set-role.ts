import type { Tx } from "../db.ts";
import type { Role } from "../domain.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { PersonRow } from "../db/rows.ts";
import type { ChangeMeta } from "./change-action.ts";

/** History field of a role that was set (fromValue, toValue: the person's RoleState before and after, as JSON). */
export const ROLE_FIELD = "role";

/** Who had which role (and pillar): what the history keeps of a /rol, so /ongedaan can put it back. */
export interface RoleState {
  personId: string;
  role: string;
  pillarId: string | null;
}

/**
 * /rol: only a coördinator sets roles; an aanjager needs a pillar. A real change is recorded
 * in the history (undone with /ongedaan); the same role and pillar again records nothing.
 */
export async function setRole(tx: Tx, input: { meta: ChangeMeta; actor: PersonRow; person: PersonRow; role: Role; pillarId: string | null }): Promise<PersonRow> {
  if (input.actor.role !== "coordinator") {
    throw new AppError("FORBIDDEN", localText("role.forbidden"));
  }
  if (input.role === "aanjager" && !input.pillarId) {
    throw new AppError("INVALID", localText("role.needsPillar"));
  }
  const before = await tx.person.findUniqueOrThrow({ where: { id: input.person.id }, select: { role: true, pillarId: true } });
  const updated = await tx.person.update({ where: { id: input.person.id }, data: { role: input.role, pillarId: input.pillarId } });
  if (before.role === updated.role && before.pillarId === updated.pillarId) return updated;
  const state = (s: { role: string; pillarId: string | null }): string => JSON.stringify({ personId: updated.id, role: s.role, pillarId: s.pillarId } satisfies RoleState);
  await tx.historyEntry.create({
    data: {
      wijkId: input.meta.wijkId,
      personId: input.meta.personId,
      batchId: input.meta.batchId,
      field: ROLE_FIELD,
      fromValue: state(before),
      toValue: state(updated),
      platform: input.meta.platform,
      chatId: input.meta.chatId,
      messageId: input.meta.messageId,
      createdAt: input.meta.at,
    },
  });
  return updated;
}
