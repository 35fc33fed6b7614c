import type { Tx } from "../db.ts";
import { fold } from "../parse/text.ts";

/** Whether someone of the wijk (also a former member) is called exactly this ("@Sanne de Vries" is one person, not Sanne + a pillar). */
export async function isDisplayNameInUse(tx: Tx, input: { wijkId: string; name: string }): Promise<boolean> {
  const people = await tx.person.findMany({ where: { wijkId: input.wijkId }, select: { displayName: true } });
  const name = fold(input.name);
  return people.some((p) => fold(p.displayName) === name);
}
