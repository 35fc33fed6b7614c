import type { Tx } from "../db.ts";

/** Marks a person as left: they keep their history but get no more messages and are not found by name. */
export async function markPersonLeft(tx: Tx, input: { personId: string; at: Date }): Promise<{ alreadyLeft: boolean }> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId } });
  if (person.leftAt) return { alreadyLeft: true };
  await tx.person.update({ where: { id: input.personId }, data: { leftAt: input.at, digestSubscribed: false } });
  return { alreadyLeft: false };
}
