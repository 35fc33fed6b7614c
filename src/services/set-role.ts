import type { Tx } from "../db.ts";
import type { Role } from "../domain.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { PersonRow } from "../db/rows.ts";

/** /rol: only a coördinator sets roles; an aanjager needs a pillar. */
export async function setRole(tx: Tx, input: { actor: PersonRow; person: PersonRow; role: Role; pillarId: string | null }): Promise<PersonRow> {
  if (input.actor.role !== "coordinator") {
    throw new AppError("FORBIDDEN", localText("role.forbidden"));
  }
  if (input.role === "aanjager" && !input.pillarId) {
    throw new AppError("INVALID", localText("role.needsPillar"));
  }
  return tx.person.update({ where: { id: input.person.id }, data: { role: input.role, pillarId: input.pillarId } });
}
