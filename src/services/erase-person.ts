import type { Tx } from "../db.ts";
import { chatHash } from "./record-dead-letter.ts";
import { findLinkedPersonIds } from "./find-linked-person-ids.ts";
import { removeWhatsAppLidMappings } from "../db/whatsapp-auth-store.ts";

/** How an erased person is shown everywhere from now on. */
export const ERASED_NAME = "oud-lid";

/**
 * Erases a person on request (AVG/GDPR right to erasure), in every wijk their platform
 * accounts are known in. Their actions, notes and history stay (the plan's record) under
 * "oud-lid"; everything that could still reach them or point to them goes:
 * - their reminders (set by them, or for them) stop and are deleted, with what was planned for them;
 * - every platform id of theirs: identities (WhatsApp jids and LIDs too, and the WhatsApp
 *   session's LID↔phone-number entries), their direct chats, the chat and message ids in
 *   history of changes typed in those chats, processed-message records and dead letters of
 *   those chats, questions waiting for their answer, scheduled messages addressed to them,
 *   link codes;
 * - their organisation, when no other person belongs to it and no action has it as partner.
 * Returns the ids of the person rows erased.
 */
export async function erasePerson(tx: Tx, input: { personId: string; at: Date }): Promise<string[]> {
  const personIds = [input.personId, ...(await findLinkedPersonIds(tx, input.personId))];
  for (const personId of personIds) await eraseOnePerson(tx, personId, input.at);
  return personIds;
}

async function eraseOnePerson(tx: Tx, personId: string, at: Date): Promise<void> {
  const person = await tx.person.findUniqueOrThrow({ where: { id: personId }, include: { identities: true } });
  const accounts = person.identities.map((i) => ({ platform: i.platform, externalId: i.externalId }));
  const directChats = await tx.chat.findMany({ where: { personId, kind: "direct" }, select: { id: true, platform: true, externalId: true } });
  // Chats that are theirs alone: the direct chats the bot knows, and on Telegram and WhatsApp
  // a private chat's id is the account's own id.
  const privateChats = [...directChats.map((c) => ({ platform: c.platform, chatId: c.externalId })), ...accounts.map((a) => ({ platform: a.platform, chatId: a.externalId }))];

  await stopReminders(tx, { wijkId: person.wijkId, personId, directChatIds: directChats.map((c) => c.id) });
  const addressedToThem = [personId, ...directChats.map((c) => c.id)].map((id) => ({ payload: { contains: `"${id}"` } }));
  await tx.delivery.deleteMany({ where: { wijkId: person.wijkId, OR: addressedToThem } });

  if (privateChats.length) {
    await tx.historyEntry.updateMany({ where: { OR: privateChats }, data: { platform: null, chatId: null, messageId: null } });
    await tx.processedMessage.deleteMany({ where: { OR: privateChats } });
    await tx.deadLetter.deleteMany({ where: { chatHash: { in: privateChats.map((c) => chatHash(c.platform, c.chatId)) } } });
    await tx.pendingPrompt.deleteMany({ where: { OR: [...privateChats, ...accounts.map((a) => ({ platform: a.platform, senderId: a.externalId }))] } });
  }
  await removeWhatsAppLidMappings(tx, accounts.filter((a) => a.platform === "whatsapp").map((a) => a.externalId));
  // When they were away, and for whom they stood in, is theirs too.
  await tx.absence.deleteMany({ where: { personId } });
  await tx.absence.updateMany({ where: { standInId: personId }, data: { standInId: null } });
  await tx.identityLinkCode.deleteMany({ where: { personId } });
  // Wrong /ik koppel codes are counted per platform account for a few minutes; theirs go too.
  if (accounts.length) await tx.identityLinkGuess.deleteMany({ where: { OR: accounts.map((a) => ({ platform: a.platform, senderId: a.externalId })) } });
  await tx.chat.deleteMany({ where: { id: { in: directChats.map((c) => c.id) } } });
  await tx.identity.deleteMany({ where: { personId } });

  await tx.person.update({
    where: { id: personId },
    data: {
      displayName: ERASED_NAME,
      organisationId: null,
      pillarId: null,
      role: "kartrekker",
      digestSubscribed: false,
      leftAt: person.leftAt ?? at,
      erasedAt: at,
    },
  });
  if (person.organisationId) await removeOrganisationIfUnused(tx, person.organisationId);
}

/** Their own reminders — set by them (for anyone, or a group) or set for them — and what was planned for those. */
async function stopReminders(tx: Tx, input: { wijkId: string; personId: string; directChatIds: string[] }): Promise<void> {
  const reminders = await tx.reminder.findMany({
    where: { wijkId: input.wijkId, OR: [{ creatorId: input.personId }, { targetPersonId: input.personId }, { targetChatId: { in: input.directChatIds } }] },
    select: { id: true },
  });
  if (!reminders.length) return;
  await tx.delivery.deleteMany({ where: { wijkId: input.wijkId, OR: reminders.map((r) => ({ payload: { contains: `"${r.id}"` } })) } });
  await tx.reminder.deleteMany({ where: { id: { in: reminders.map((r) => r.id) } } });
}

async function removeOrganisationIfUnused(tx: Tx, organisationId: string): Promise<void> {
  const [members, partnerships] = await Promise.all([
    tx.person.count({ where: { organisationId } }),
    tx.actionPartner.count({ where: { organisationId } }),
  ]);
  if (members === 0 && partnerships === 0) await tx.organisation.delete({ where: { id: organisationId } });
}
