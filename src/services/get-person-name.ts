import type { Tx } from "../db.ts";

/** A person's display name, or null when they are gone (erased). */
export async function getPersonName(tx: Tx, personId: string): Promise<string | null> {
  const person = await tx.person.findUnique({ where: { id: personId }, select: { displayName: true } });
  return person?.displayName ?? null;
}
