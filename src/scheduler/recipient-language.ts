import type { Db } from "../db.ts";
import { sqlOf } from "../db/sql.ts";
import { textList } from "../db-lists.ts";
import type { DueDelivery } from "./types.ts";
import { DEFAULT_LANGUAGE, normalizeLanguage } from "../i18n/index.ts";

/** Ids per IN list (SQLite and PostgreSQL both cap the number of query parameters). */
const IDS_PER_QUERY = 500;

/**
 * The language a scheduled message is written in: a person's own (/taal), and Dutch —
 * the wijk's language — for anything sent to a group.
 */
export async function recipientLanguage(db: Db, delivery: Pick<DueDelivery, "recipient">): Promise<string> {
  if (!("personId" in delivery.recipient)) return DEFAULT_LANGUAGE;
  const person = await db.person.findUnique({ where: { id: delivery.recipient.personId }, select: { language: true } });
  return normalizeLanguage(person?.language);
}

/**
 * recipientLanguage of many deliveries, in their order: through the driver where there is one
 * (one statement, the ids as one JSON list: no Prisma compile per wijk), else one Prisma query
 * per IDS_PER_QUERY people.
 */
export async function recipientLanguages(db: Db, deliveries: readonly Pick<DueDelivery, "recipient">[]): Promise<string[]> {
  const personIds = [...new Set(deliveries.flatMap((d) => ("personId" in d.recipient ? [d.recipient.personId] : [])))];
  const language = new Map<string, string | null>();
  const driver = sqlOf(db);
  if (driver) {
    if (personIds.length) {
      const people = await driver.all<{ id: string; language: string }>(`SELECT "id", "language" FROM "Person" WHERE "id" IN ${textList(driver)}`, [JSON.stringify(personIds)]);
      for (const p of people) language.set(p.id, p.language);
    }
  } else {
    for (let i = 0; i < personIds.length; i += IDS_PER_QUERY) {
      const people = await db.person.findMany({ where: { id: { in: personIds.slice(i, i + IDS_PER_QUERY) } }, select: { id: true, language: true } });
      for (const p of people) language.set(p.id, p.language);
    }
  }
  return deliveries.map((d) => ("personId" in d.recipient ? normalizeLanguage(language.get(d.recipient.personId)) : DEFAULT_LANGUAGE));
}
