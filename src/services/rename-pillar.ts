import type { Tx } from "../db.ts";
import { localText } from "../i18n/index.ts";
import { fold } from "../parse/text.ts";
import { AppError } from "../core/errors.ts";
import { matchPillar } from "./find-pillar.ts";
import { PILLAR_NAME_MAX_CHARS } from "./add-pillar.ts";
import type { PillarRow } from "../db/rows.ts";
import { markActionNamesChanged } from "../action-names/action-index.ts";
import { cleanLabel } from "../parse/clean-text.ts";

/**
 * Renames a pillar; actions, goals and people keep pointing at it. Rerunning after the
 * rename changes nothing (the old name is gone, the new one is there).
 */
export async function renamePillar(
  tx: Tx,
  input: { wijkId: string; from: string; to: string },
): Promise<{ pillar: PillarRow; changed: boolean; previousName: string }> {
  const to = cleanLabel(input.to);
  if (!to) throw new AppError("INVALID", localText("pillar.nameMissing"));
  if (to.length > PILLAR_NAME_MAX_CHARS) throw new AppError("INVALID", localText("pillar.nameTooLong"));
  const pillars = await tx.pillar.findMany({ where: { wijkId: input.wijkId }, orderBy: { position: "asc" } });
  const target = pillars.find((p) => fold(p.name) === fold(to));
  const source = pillars.find((p) => fold(p.name) === fold(input.from)) ?? matchPillar(pillars, input.from);
  if (!source) {
    if (target) return { pillar: target, changed: false, previousName: target.name };
    throw new AppError("NOT_FOUND", localText("pillar.notFound", { name: input.from, pillars: pillars.map((p) => p.name).join(", ") || "–" }));
  }
  if (source.name === to) return { pillar: source, changed: false, previousName: source.name };
  if (target && target.id !== source.id) throw new AppError("CONFLICT", localText("pillar.nameTaken", { name: target.name }));
  const pillar = await tx.pillar.update({ where: { id: source.id }, data: { name: to } });
  // The name index labels candidates with their pillar.
  await markActionNamesChanged(tx, pillar.wijkId);
  return { pillar, changed: true, previousName: source.name };
}
