import type { Db } from "../../src/db.ts";
import { markActionNamesChanged } from "../../src/action-names/action-index.ts";

/** Adds `count` actions (spread over the wijk's pillars and people) in bulk, for benchmarks. */
export async function addBulkActions(db: Db, wijkId: string, count: number, now: Date): Promise<void> {
  const pillars = await db.pillar.findMany({ where: { wijkId } });
  const people = await db.person.findMany({ where: { wijkId } });
  const statuses = ["gepland", "bezig", "klaar", "gepland", "bezig", "geparkeerd"];
  const words = ["speeltuin", "voorlezen", "sport", "ouders", "jeugd", "school", "buurt", "gezond", "muziek", "taal", "zwemmen", "kunst"];
  const batch = 500;
  for (let start = 0; start < count; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      rows.push({
        id: `bench-${wijkId.slice(-6)}-${i}`,
        wijkId,
        title: `${words[i % words.length]} ${words[(i * 7) % words.length]} project ${i}`,
        pillarId: pillars[i % pillars.length].id,
        status: statuses[i % statuses.length],
        deadline: new Date(now.getTime() + ((i % 200) - 50) * 86_400_000),
        ageGroup: ["0-4", "4-12", "12+", "algemeen"][i % 4],
        reachIntended: 100 + (i % 50),
        reachReached: i % 80,
        budgetPlannedCents: 100_000 + i,
        budgetSpentCents: 50_000,
        createdAt: now,
        lastActivityAt: now,
      });
    }
    await db.action.createMany({ data: rows });
    await db.actionOwner.createMany({ data: rows.map((r, k) => ({ actionId: r.id, personId: people[(start + k) % people.length].id })) });
  }
  await markActionNamesChanged(db, wijkId);
}
