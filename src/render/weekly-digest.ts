import { translator } from "../i18n/index.ts";
import { formatDay, joinNames } from "./format.ts";
import { absenceLabel } from "./absence.ts";
import { checkInRoundDigestLines } from "./check-in-round.ts";
import { DUE_SOON_DAYS, QUIET_OWNER_DAYS, type DigestDeadline, type WeeklyDigest } from "../services/get-weekly-digest.ts";

/**
 * The weekoverzicht in the reader's language: a section per pillar (the actions without a
 * pillar only when there is something to say), the check-in round, new agenda items, quiet
 * owners and who is away. `now` is the moment it goes out (dates are said relative to it).
 */
export function renderWeeklyDigest(data: WeeklyDigest, lang: string, now: Date): string {
  const t = translator(lang);
  const day = (date: Date) => formatDay(date, now, lang);
  const deadlineRow = (a: DigestDeadline) => `${a.title} (${day(a.deadline)}, ${joinNames(a.owners, lang) || t("digest.noOwner")})`;

  const sections: string[] = [];
  for (const pillar of data.pillars) {
    const lines: string[] = [];
    const list = (emoji: string, label: string, rows: string[]) => {
      if (rows.length) lines.push(`${emoji} ${label}: ${rows.join("; ")}`);
    };
    list("✅", t("digest.done"), pillar.done);
    list("🔧", t("digest.started"), pillar.started);
    list("📝", t("digest.updated"), pillar.updated);
    list("⚠️", t("digest.overdue"), pillar.overdue.map(deadlineRow));
    list("📅", t("digest.dueSoon", { days: DUE_SOON_DAYS }), pillar.dueSoon.map(deadlineRow));
    if (!lines.length && pillar.name === null) continue;
    sections.push(`*${pillar.name ?? t("digest.noPillar")}*\n${lines.length ? lines.join("\n") : t("digest.nothing")}`);
  }
  if (data.checkInRound) sections.push(checkInRoundDigestLines(data.checkInRound, t, lang, now));
  if (data.newItems.length) {
    sections.push(`${t("digest.newItems")}\n${data.newItems.map((i) => `- ${i.text} (${i.proposerName ?? "?"})`).join("\n")}`);
  }
  if (data.quietOwners.length) {
    const rows = data.quietOwners.map((q) => `- ${q.name}: ${q.actions.map((a) => t("digest.lastUpdate", { title: a.title, date: day(a.lastActivityAt) })).join("; ")}`);
    sections.push(`${t("digest.quiet", { weeks: QUIET_OWNER_DAYS / 7 })}\n${rows.join("\n")}`);
  }
  if (data.absences.length) sections.push(`${t("absence.digest")}\n${data.absences.map((a) => `- ${a.personName}: ${absenceLabel(a, now, lang)}`).join("\n")}`);
  return `${t("digest.title", { wijk: data.wijkName, from: day(data.from), to: day(data.to) })}\n\n${sections.join("\n\n")}`;
}
