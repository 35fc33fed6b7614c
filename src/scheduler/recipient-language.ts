import type { Db } from "../db.ts";
import type { DueDelivery } from "./types.ts";
import { DEFAULT_LANGUAGE, normalizeLanguage } from "../i18n/index.ts";

/**
 * The language a scheduled message is written in: a person's own (/taal), and Dutch —
 * the wijk's language — for anything sent to a group.
 */
export async function recipientLanguage(db: Db, delivery: Pick<DueDelivery, "recipient">): Promise<string> {
  if (!("personId" in delivery.recipient)) return DEFAULT_LANGUAGE;
  const person = await db.person.findUnique({ where: { id: delivery.recipient.personId }, select: { language: true } });
  return normalizeLanguage(person?.language);
}
