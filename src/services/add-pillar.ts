import type { Tx } from "../db.ts";
import { localText } from "../i18n/index.ts";
import { fold } from "../parse/text.ts";
import { AppError } from "../core/errors.ts";
import type { PillarRow } from "../db/rows.ts";
import { cleanLabel } from "../parse/clean-text.ts";

/** Longest pillar name: it appears in every action line. */
export const PILLAR_NAME_MAX_CHARS = 60;

/**
 * Adds a pillar at the end, or returns the existing one with the same name (any case or
 * accents) unchanged: safe to rerun.
 */
export async function addPillar(
  tx: Tx,
  input: { wijkId: string; name: string; goals?: readonly string[] },
): Promise<{ pillar: PillarRow; created: boolean }> {
  const name = cleanLabel(input.name);
  if (!name) throw new AppError("INVALID", localText("pillar.nameMissing"));
  if (name.length > PILLAR_NAME_MAX_CHARS) throw new AppError("INVALID", localText("pillar.nameTooLong"));
  const pillars = await tx.pillar.findMany({ where: { wijkId: input.wijkId }, orderBy: { position: "asc" } });
  const existing = pillars.find((p) => fold(p.name) === fold(name));
  if (existing) return { pillar: existing, created: false };
  const position = pillars.length ? Math.max(...pillars.map((p) => p.position)) + 1 : 0;
  const pillar = await tx.pillar.create({
    data: {
      wijkId: input.wijkId,
      name,
      position,
      goals: { create: (input.goals ?? []).map((title, i) => ({ wijkId: input.wijkId, title: cleanLabel(title), position: i })) },
    },
  });
  return { pillar, created: true };
}
