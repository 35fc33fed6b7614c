import type { Db, Tx } from "../db.ts";
import { MID_YEAR, type CheckInItem, type Verdict } from "../check-in/check-in-items.ts";

/** The mid-year check-ins of one plan year, for the web overview and the year summary. */
export async function listCheckIns(tx: Tx | Db, input: { wijkId: string; year: number }) {
  const rows = await tx.checkIn.findMany({ where: { wijkId: input.wijkId, year: input.year, round: MID_YEAR }, orderBy: { sentAt: "asc" } });
  const people = new Map(
    (await tx.person.findMany({ where: { id: { in: rows.map((r) => r.personId) } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
  );
  return rows.map((r) => {
    const answers = JSON.parse(r.answers) as Record<string, Verdict>;
    return {
      personName: people.get(r.personId) ?? "?",
      sentAt: r.sentAt,
      answeredAt: r.answeredAt,
      items: (JSON.parse(r.items) as CheckInItem[]).map((i) => ({ title: i.title, actionId: i.actionId, verdict: answers[String(i.n)] ?? null })),
    };
  });
}
