import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { addDays, localParts, toInstant } from "../time/amsterdam.ts";
import { formatDay, joinNames } from "../render/format.ts";
import { translator } from "../i18n/index.ts";
import { listAbsences } from "./list-absences.ts";
import { absenceLabel } from "../render/absence.ts";
import { checkInRoundDigestSection } from "./get-check-in-round.ts";

const DAY_MS = 24 * 60 * 60_000;
export const DIGEST_WINDOW_DAYS = 7;
export const DUE_SOON_DAYS = 14;
export const QUIET_OWNER_DAYS = 28;

/**
 * The coördinator's weekoverzicht for the 7 days up to `end`: per pillar what was
 * finished, started and updated, what is overdue and what is due within 14 days; new
 * agenda items; owners with open actions but no update for 4 weeks.
 */
export async function buildWeeklyDigest(tx: Tx, input: { wijkId: string; end: Date; lang?: string }): Promise<string> {
  const { wijkId, end } = input;
  const lang = input.lang ?? "nl";
  const t = translator(lang);
  const day = (date: Date) => formatDay(date, end, lang);
  const start = new Date(end.getTime() - DIGEST_WINDOW_DAYS * DAY_MS);
  const today = localParts(end);
  const startOfToday = toInstant(today);
  const soonLimit = toInstant(addDays(today, DUE_SOON_DAYS + 1));
  const [wijk, pillars, actions, changes, notes, items] = await Promise.all([
    tx.wijk.findUniqueOrThrow({ where: { id: wijkId } }),
    tx.pillar.findMany({ where: { wijkId }, orderBy: { position: "asc" } }),
    tx.action.findMany({
      where: { wijkId, deletedAt: null },
      include: { owners: { include: { person: { select: { id: true, displayName: true, leftAt: true } } } } },
    }),
    tx.historyEntry.findMany({ where: { wijkId, field: "status", undoneAt: null, createdAt: { gt: start, lte: end } } }),
    tx.progressNote.findMany({ where: { action: { wijkId }, removedAt: null, createdAt: { gt: start, lte: end } }, select: { actionId: true } }),
    tx.agendaItem.findMany({ where: { wijkId, createdAt: { gt: start, lte: end }, proposerId: { not: null } }, orderBy: { createdAt: "asc" } }),
  ]);
  const byId = new Map(actions.map((a) => [a.id, a]));
  const statusTo = (to: string) => new Set(changes.filter((c) => c.toValue === to && c.actionId && byId.get(c.actionId)?.status === to).map((c) => c.actionId!));
  const finished = statusTo("klaar");
  const started = statusTo("bezig");
  const updated = new Set(notes.map((n) => n.actionId));
  const owners = (a: (typeof actions)[number]) => joinNames(a.owners.map((o) => o.person.displayName), lang) || t("digest.noOwner");
  const open = actions.filter((a) => (OPEN_STATUSES as readonly string[]).includes(a.status));

  const sections: string[] = [];
  const groups = [...pillars.map((p) => ({ id: p.id as string | null, name: p.name })), { id: null, name: t("digest.noPillar") }];
  for (const group of groups) {
    const inGroup = (ids: Iterable<string>) => [...ids].map((id) => byId.get(id)!).filter((a) => a && a.pillarId === group.id);
    const lines: string[] = [];
    const list = (emoji: string, label: string, rows: string[]) => {
      if (rows.length) lines.push(`${emoji} ${label}: ${rows.join("; ")}`);
    };
    list("✅", t("digest.done"), inGroup(finished).map((a) => a.title));
    list("🔧", t("digest.started"), inGroup(started).map((a) => a.title));
    list("📝", t("digest.updated"), inGroup(updated).map((a) => a.title));
    const mine = open.filter((a) => a.pillarId === group.id && a.deadline);
    list("⚠️", t("digest.overdue"), mine.filter((a) => a.deadline! < startOfToday).sort(byDeadline).map((a) => `${a.title} (${day(a.deadline!)}, ${owners(a)})`));
    list("📅", t("digest.dueSoon", { days: DUE_SOON_DAYS }), mine.filter((a) => a.deadline! >= startOfToday && a.deadline! < soonLimit).sort(byDeadline).map((a) => `${a.title} (${day(a.deadline!)}, ${owners(a)})`));
    if (!lines.length && group.id === null) continue;
    sections.push(`*${group.name}*\n${lines.length ? lines.join("\n") : t("digest.nothing")}`);
  }

  const checkIn = await checkInRoundDigestSection(tx, { wijkId, end, t, lang });
  if (checkIn) sections.push(checkIn);

  if (items.length) {
    const proposers = new Map(
      (await tx.person.findMany({ where: { id: { in: items.map((i) => i.proposerId!) } }, select: { id: true, displayName: true } })).map((p) => [p.id, p.displayName]),
    );
    sections.push(`${t("digest.newItems")}\n${items.map((i) => `- ${i.text} (${proposers.get(i.proposerId!) ?? "?"})`).join("\n")}`);
  }

  const quietSince = new Date(end.getTime() - QUIET_OWNER_DAYS * DAY_MS);
  const quiet = new Map<string, { name: string; actions: string[] }>();
  for (const a of open) {
    if (a.lastActivityAt > quietSince) continue;
    for (const o of a.owners) {
      if (o.person.leftAt) continue;
      const entry = quiet.get(o.person.id) ?? { name: o.person.displayName, actions: [] };
      entry.actions.push(t("digest.lastUpdate", { title: a.title, date: day(a.lastActivityAt) }));
      quiet.set(o.person.id, entry);
    }
  }
  if (quiet.size) {
    sections.push(`${t("digest.quiet", { weeks: QUIET_OWNER_DAYS / 7 })}\n${[...quiet.values()].map((q) => `- ${q.name}: ${q.actions.join("; ")}`).join("\n")}`);
  }
  // Who is away (/afwezig) as the digest goes out, with their stand-in.
  const absences = await listAbsences(tx, { wijkId, now: end });
  if (absences.length) sections.push(`${t("absence.digest")}\n${absences.map((a) => `- ${a.personName}: ${absenceLabel(a, end, lang)}`).join("\n")}`);
  const lastDay = toInstant(addDays(today, -1));
  return `${t("digest.title", { wijk: wijk.name, from: day(start), to: day(lastDay) })}\n\n${sections.join("\n\n")}`;
}

function byDeadline(a: { deadline: Date | null }, b: { deadline: Date | null }): number {
  return (a.deadline?.getTime() ?? 0) - (b.deadline?.getTime() ?? 0);
}
