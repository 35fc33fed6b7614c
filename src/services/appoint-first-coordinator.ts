import type { Tx } from "../db.ts";

/** The first member of a wijk without a coördinator (the one who binds its first chat) becomes its coördinator; true when that happened. */
export async function appointFirstCoordinator(tx: Tx, input: { wijkId: string; personId: string }): Promise<boolean> {
  const coordinators = await tx.person.count({ where: { wijkId: input.wijkId, role: "coordinator", leftAt: null } });
  if (coordinators) return false;
  await tx.person.update({ where: { id: input.personId }, data: { role: "coordinator" } });
  return true;
}
