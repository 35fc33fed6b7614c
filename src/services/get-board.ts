import type { Tx } from "../db.ts";
import { listActions, type ActionListItem } from "./list-actions.ts";
import { listAbsences, type AbsenceListing } from "./list-absences.ts";

export interface Board {
  wijkName: string;
  /** `name` is null for the actions without a pillar (the renderer names that group in the reader's language). */
  pillars: { name: string | null; byStatus: Record<string, ActionListItem[]> }[];
  /** Who is away now (/afwezig), shown under the pillars. */
  absences?: AbsenceListing[];
}

/** The overview: per pillar (in the wijk's order) its actions grouped by status. */
export async function getBoard(tx: Tx, input: { wijkId: string; now: Date }): Promise<Board> {
  const wijk = await tx.wijk.findUniqueOrThrow({ where: { id: input.wijkId }, include: { pillars: { orderBy: { position: "asc" } } } });
  const actions = await listActions(tx, { wijkId: input.wijkId, filter: { kind: "all" }, now: input.now });
  const pillars = wijk.pillars.map((p) => ({ id: p.id as string | null, name: p.name as string | null, byStatus: {} as Record<string, ActionListItem[]> }));
  const loose = { id: null, name: null, byStatus: {} as Record<string, ActionListItem[]> };
  for (const action of actions) {
    const pillar = pillars.find((p) => p.id === action.pillarId) ?? loose;
    (pillar.byStatus[action.status] ??= []).push(action);
  }
  const all = Object.keys(loose.byStatus).length ? [...pillars, loose] : pillars;
  const absences = await listAbsences(tx, { wijkId: input.wijkId, now: input.now });
  return { wijkName: wijk.name, pillars: all.map(({ name, byStatus }) => ({ name, byStatus })), absences };
}
