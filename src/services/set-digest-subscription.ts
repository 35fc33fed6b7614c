import type { Tx } from "../db.ts";

/** /weekoverzicht aan|uit. */
export async function setDigestSubscription(tx: Tx, input: { personId: string; subscribed: boolean }) {
  return tx.person.update({ where: { id: input.personId }, data: { digestSubscribed: input.subscribed } });
}
