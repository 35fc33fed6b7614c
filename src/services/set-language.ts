import type { Tx } from "../db.ts";
import { normalizeLanguage } from "../i18n/index.ts";

/** The language a person is spoken to in (/taal); an unknown code becomes Dutch. */
export async function setLanguage(tx: Tx, input: { personId: string; language: string }): Promise<void> {
  await tx.person.update({ where: { id: input.personId }, data: { language: normalizeLanguage(input.language) } });
}
