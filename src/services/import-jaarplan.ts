import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../db.ts";
import { createAction } from "./create-action.ts";
import { addProgressNote } from "./add-progress-note.ts";
import { findOrCreateOrganisation } from "./find-or-create-organisation.ts";
import type { ChangeMeta } from "./change-action.ts";
import { AppError } from "../core/errors.ts";
import { localText } from "../i18n/index.ts";
import { fold } from "../parse/text.ts";
import { cleanDisplayName, cleanLabel } from "../parse/clean-text.ts";
import { checkJaarplan, type JaarplanCheck } from "./check-jaarplan.ts";
import type { JaarplanSheet } from "../parse/jaarplan-file.ts";

/**
 * Imports the checked rows in one transaction. Any refused row means nothing is written
 * (throws AppError); history is written for every action as if typed in the chat.
 */
export async function importJaarplan(db: Db, input: { wijkId: string; sheet: JaarplanSheet; now: Date }): Promise<JaarplanCheck> {
  return db.$transaction(
    async (tx) => {
      const check = await checkJaarplan(tx, input);
      if (check.problems.length) throw new AppError("INVALID", localText("cli.import.refusedRows", { count: check.problems.length }));
      const meta: ChangeMeta = { wijkId: input.wijkId, personId: null, batchId: randomUUID(), platform: "import", at: input.now };
      const pillars = new Map((await tx.pillar.findMany({ where: { wijkId: input.wijkId } })).map((p) => [p.name, p.id]));
      const people = new Map((await tx.person.findMany({ where: { wijkId: input.wijkId, leftAt: null } })).map((p) => [fold(p.displayName), p.id]));
      const goals = new Map<string, string>();
      const orgs = new Map<string, string>();
      for (const action of check.actions) {
        const pillarId = action.pillar ? pillars.get(action.pillar)! : null;
        const goalId = action.goal && pillarId ? await goalFor(tx, goals, input.wijkId, pillarId, action.goal) : null;
        const ownerIds: string[] = [];
        for (const name of action.owners) {
          let id = people.get(fold(name));
          if (!id) {
            id = (await tx.person.create({ data: { wijkId: input.wijkId, displayName: cleanDisplayName(name), createdAt: input.now } })).id;
            people.set(fold(name), id);
          }
          if (!ownerIds.includes(id)) ownerIds.push(id);
        }
        const partnerIds: string[] = [];
        for (const name of action.partners) {
          let id = orgs.get(fold(name));
          if (!id) {
            id = (await findOrCreateOrganisation(tx, input.wijkId, name)).id;
            orgs.set(fold(name), id);
          }
          if (!partnerIds.includes(id)) partnerIds.push(id);
        }
        const created = await createAction(tx, meta, {
          title: action.title,
          pillarId,
          goalId,
          status: action.status,
          ageGroup: action.ageGroup,
          deadline: action.deadline,
          startDate: action.status === "gepland" ? null : input.now,
          ownerIds,
          partnerIds,
          reachIntended: action.reachIntended,
          reachReached: action.reachReached,
          budgetPlannedCents: action.budgetPlannedCents,
          budgetSpentCents: action.budgetSpentCents,
        });
        if (action.result) await addProgressNote(tx, meta, created.id, action.result);
      }
      return check;
    },
    // A plan of hundreds of rows takes longer than Prisma's 5-second default.
    { timeout: 300_000, maxWait: 30_000 },
  );
}

async function goalFor(tx: Tx, cache: Map<string, string>, wijkId: string, pillarId: string, title: string): Promise<string> {
  const key = `${pillarId}\u0000${fold(title)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const goals = await tx.goal.findMany({ where: { pillarId }, select: { id: true, title: true, position: true } });
  const found = goals.find((g) => fold(g.title) === fold(title));
  const id =
    found?.id ??
    (await tx.goal.create({ data: { wijkId, pillarId, title: cleanLabel(title), position: goals.reduce((n, g) => Math.max(n, g.position + 1), 0) } })).id;
  cache.set(key, id);
  return id;
}
