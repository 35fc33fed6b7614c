import type { Tx } from "../db.ts";
import { onBehalfText } from "../render/absence.ts";

/** The line above a reminder that goes to a stand-in, with the absent person's name looked up. */
export async function onBehalfLine(tx: Tx, input: { personId: string; lastDay: Date; now: Date; lang?: string }): Promise<string> {
  const person = await tx.person.findUnique({ where: { id: input.personId }, select: { displayName: true } });
  return onBehalfText({ name: person?.displayName ?? null, lastDay: input.lastDay }, input.now, input.lang);
}
