import type { Tx } from "../db.ts";
import { createWijk } from "./create-wijk.ts";
import { WIJK_TEMPLATES, type TemplateId } from "../templates/wijk-templates.ts";
import { readWijkSettings, writeWijkSettings } from "../db/wijk-settings.ts";
import type { WijkRow } from "../db/rows.ts";
import { fold } from "../parse/text.ts";

/**
 * `wijk nieuw "<naam>" --sjabloon <…>`: a new wijk with the template's pillars and goals.
 * An existing wijk of that name is left exactly as it is (its pillars may have been
 * changed since), so a rerun changes nothing.
 */
export async function createWijkFromTemplate(
  tx: Tx,
  input: { name: string; template: TemplateId; planYear?: number; now?: Date },
): Promise<{ wijk: WijkRow; created: boolean }> {
  const template = WIJK_TEMPLATES[input.template];
  const name = input.name.trim().replace(/\s+/g, " ");
  // "spt" and "SPT" are the same wijk to the people typing it (as in findWijkByName).
  const sameName = (await tx.wijk.findMany({ select: { name: true } })).find((w) => fold(w.name) === fold(name));
  const { wijk, created } = await createWijk(tx, { name: sameName?.name ?? name, pillars: template.pillars, planYear: input.planYear, now: input.now });
  if (!created) return { wijk, created };
  const settings = { ...readWijkSettings(wijk), template: template.id, pillarWord: template.pillarWord };
  return { wijk: await writeWijkSettings(tx, wijk.id, settings), created };
}
