import type { Tx } from "../db.ts";
import { fold, isNearWord } from "../parse/text.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import type { PillarRow } from "../db/rows.ts";

/** A pillar of the wijk by forgiving name ("gezond", "Gezondheid", "kansrijk"). */
export async function findPillar(tx: Tx, input: { wijkId: string; name: string }): Promise<PillarRow> {
  const pillars = await tx.pillar.findMany({ where: { wijkId: input.wijkId }, orderBy: { position: "asc" } });
  const match = matchPillar(pillars, input.name);
  if (match) return match;
  const names = pillars.map((p) => p.name).join(", ");
  throw new AppError("NOT_FOUND", localText("pillar.unknown", { name: input.name, pillars: names || localText("pillar.noneYet") }));
}

export function matchPillar<T extends { name: string }>(pillars: readonly T[], name: string): T | undefined {
  const q = fold(name);
  if (!q) return undefined;
  return (
    pillars.find((p) => fold(p.name) === q) ??
    pillars.find((p) => fold(p.name).startsWith(q) && q.length >= 3) ??
    pillars.find((p) => isNearWord(q, fold(p.name)))
  );
}
