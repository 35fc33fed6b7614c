import type { Tx } from "../db.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { PersonRow } from "../db/rows.ts";
import { fold, isNearWord, words } from "../parse/text.ts";
import type { Mention } from "../core/types.ts";

/**
 * A person of the wijk named in a command: "@Sanne", "Sanne", "sanne de vries".
 * Platform mentions (ids) win; otherwise names are matched forgivingly on full name or
 * first name. People who left are not found.
 */
export async function findPerson(
  tx: Tx,
  input: { wijkId: string; ref: string; platform: string; mentions?: Mention[] },
): Promise<PersonRow> {
  const ref = input.ref.trim().replace(/^@/, "");
  const viaMention = (input.mentions ?? []).find(
    (m) => m.name && fold(m.name) === fold(ref),
  ) ?? ((input.mentions ?? []).length === 1 ? input.mentions![0] : undefined);
  if (viaMention) {
    const identity = await tx.identity.findFirst({
      where: { wijkId: input.wijkId, platform: input.platform, externalId: viaMention.id },
      include: { person: true },
    });
    if (identity && !identity.person.leftAt) return identity.person;
  }
  const people = await tx.person.findMany({ where: { wijkId: input.wijkId, leftAt: null } });
  const matches = matchPeople(people, ref);
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) {
    throw new AppError("INVALID", localText("person.ambiguous", { ref, names: matches.map((p) => p.displayName).join(", ") }));
  }
  throw new AppError("NOT_FOUND", localText("person.notFound", { ref }));
}

export function matchPeople<T extends { displayName: string }>(people: readonly T[], ref: string): T[] {
  const q = fold(ref);
  if (!q) return [];
  const full = people.filter((p) => fold(p.displayName) === q);
  if (full.length) return full;
  const first = people.filter((p) => words(p.displayName)[0] === q);
  if (first.length) return first;
  const qWords = words(ref);
  return people.filter((p) => {
    const pw = words(p.displayName);
    return qWords.every((w) => pw.some((x) => x.startsWith(w) || isNearWord(w, x)));
  });
}
