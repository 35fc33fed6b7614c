import type { Tx } from "../db.ts";
import { fold } from "../parse/text.ts";
import { cleanLabel } from "../parse/clean-text.ts";

/**
 * The wijk's organisation with this name, created when it is new. A name typed in other
 * capitals, or as a whole-word part of exactly one organisation's name ("Lefier" for
 * "Woningcorporatie Lefier", "ggd" for "GGD Groningen"), is that organisation: people
 * shorten names, and a second "Lefier" beside the first would split its actions.
 */
export async function findOrCreateOrganisation(tx: Tx, wijkId: string, typed: string) {
  const name = cleanLabel(typed);
  const exact = await tx.organisation.findUnique({ where: { wijkId_name: { wijkId, name } } });
  if (exact) return exact;
  const wanted = fold(name);
  if (wanted.length >= 3) {
    const all = await tx.organisation.findMany({ where: { wijkId }, orderBy: { name: "asc" } });
    const same = all.filter((o) => fold(o.name) === wanted);
    if (same.length === 1) return same[0];
    const containing = all.filter((o) => ` ${fold(o.name)} `.includes(` ${wanted} `));
    if (containing.length === 1) return containing[0];
  }
  return tx.organisation.upsert({ where: { wijkId_name: { wijkId, name } }, create: { wijkId, name }, update: {} });
}
