import { randomBytes } from "node:crypto";
import type { Tx } from "../db.ts";
import type { WijkRow } from "../db/rows.ts";
import { cleanLabel } from "../parse/clean-text.ts";

/** An unguessable token for read-only links (128 bits, URL-safe). */
export function newOverviewToken(): string {
  return randomBytes(16).toString("base64url");
}

/**
 * Creates a wijk with its pillars (and goals), or returns the existing one unchanged: safe to rerun.
 * Dated `now`, the caller's (injectable) clock: wijken are taken oldest first (planning, coördinator messages).
 */
export async function createWijk(
  tx: Tx,
  input: { name: string; pillars: { name: string; goals?: string[] }[]; planYear?: number; now?: Date },
): Promise<{ wijk: WijkRow; created: boolean }> {
  const name = cleanLabel(input.name);
  const existing = await tx.wijk.findUnique({ where: { name } });
  if (existing) return { wijk: existing, created: false };
  const wijk = await tx.wijk.create({
    data: { name, overviewToken: newOverviewToken(), planYear: input.planYear ?? null, createdAt: input.now },
  });
  for (const [position, pillar] of input.pillars.entries()) {
    await tx.pillar.create({
      data: {
        wijkId: wijk.id,
        name: cleanLabel(pillar.name),
        position,
        goals: { create: (pillar.goals ?? []).map((title, i) => ({ wijkId: wijk.id, title: cleanLabel(title), position: i })) },
      },
    });
  }
  return { wijk, created: true };
}
