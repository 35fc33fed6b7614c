import type { Tx } from "../db.ts";

/** How an erased person is shown everywhere from now on. */
export const ERASED_NAME = "oud-lid";

/**
 * Erases a person on request (AVG/GDPR right to erasure): the name becomes "oud-lid",
 * organisation and role go, platform identities, direct chats, pending questions and
 * their reminders are removed. Their actions, notes and history stay (the plan's record),
 * but no longer point to anyone recognisable.
 */
export async function erasePerson(tx: Tx, input: { personId: string; at: Date }): Promise<void> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: input.personId }, include: { identities: true } });
  const platformIds = person.identities.map((i) => ({ platform: i.platform, senderId: i.externalId }));
  if (platformIds.length) await tx.pendingPrompt.deleteMany({ where: { OR: platformIds } });
  await tx.identity.deleteMany({ where: { personId: person.id } });
  await tx.chat.deleteMany({ where: { personId: person.id, kind: "direct" } });
  await tx.reminder.updateMany({ where: { targetPersonId: person.id, cancelledAt: null }, data: { cancelledAt: input.at } });
  await tx.person.update({
    where: { id: person.id },
    data: {
      displayName: ERASED_NAME,
      organisationId: null,
      pillarId: null,
      role: "kartrekker",
      digestSubscribed: false,
      leftAt: person.leftAt ?? input.at,
      erasedAt: input.at,
    },
  });
}
