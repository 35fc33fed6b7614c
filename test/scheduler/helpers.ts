import type { Db } from "../../src/db.ts";
import { localParts, toInstant } from "../../src/time/amsterdam.ts";

/** Local time "YYYY-MM-DD HH:MM" (Europe/Amsterdam). */
export function local(date: Date): string {
  const p = localParts(date);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2026-03-31 09:00" → the instant in Europe/Amsterdam. */
export function at(text: string): Date {
  const [date, time = "00:00"] = text.split(" ");
  const [year, month, day] = date.split("-").map(Number);
  const [hour, minute] = time.split(":").map(Number);
  return toInstant({ year, month, day }, hour, minute);
}

export async function personId(db: Db, name: string): Promise<string> {
  return (await db.person.findFirstOrThrow({ where: { displayName: name } })).id;
}

/** The demo wijk's actions without deadlines, so a test sees only the reminders it sets up. */
export async function clearDemoDeadlines(db: Db): Promise<void> {
  await db.action.updateMany({ data: { deadline: null } });
}

export async function addAction(db: Db, input: { wijkId: string; title: string; owner: string; deadline: string; now: Date }): Promise<string> {
  const owner = await personId(db, input.owner);
  const action = await db.action.create({
    data: {
      wijkId: input.wijkId,
      title: input.title,
      status: "bezig",
      deadline: at(input.deadline),
      createdAt: input.now,
      lastActivityAt: input.now,
      owners: { create: { personId: owner } },
    },
  });
  return action.id;
}
