import { isoMonth, localParts, toInstant } from "../time/amsterdam.ts";
import { nextAllowedMoment } from "../scheduler/quiet-hours.ts";
import { parseClockTime } from "../scheduler/settings.ts";
import { inWindow, leadMoment } from "../scheduler/meeting-moments.ts";
import { meetingsWithMomentIn } from "../scheduler/meeting-lookup.ts";
import { renderCheckInRoundAnswers, renderCheckInRoundInvite } from "../render/check-in-round.ts";
import { translator } from "../i18n/index.ts";
import { findCheckInRoundRecipients } from "../services/find-check-in-round-recipients.ts";
import { openCheckInRound } from "../services/open-check-in-round.ts";
import { recipientLanguage } from "../scheduler/recipient-language.ts";
import type { JobContext, PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";
import { absenceRouter } from "../rules/absence-routing.ts";

/**
 * The check-in round: `checkInRound.daysBeforeMeeting` days (default 12) before each
 * stuurgroep meeting at the reminder hour — or monthly on `checkInRound.monthlyDay` —
 * every owner of open actions gets one DM with their actions, answered per action with
 * a number or a tap. The key names the round and the person: never twice. An owner who
 * is away: their actions are in their stand-in's DM (saying for whom), or they are asked
 * on their first morning back.
 */
export const checkInRoundJob: ScheduledJob = {
  id: "checkin-round",
  async schedule(ctx, window) {
    const { daysBeforeMeeting, monthlyDay } = ctx.settings.checkInRound;
    const rounds = monthlyDay ? await monthlyRounds(ctx, window, monthlyDay) : daysBeforeMeeting ? await meetingRounds(ctx, window, daysBeforeMeeting) : [];
    const planned: PlannedDelivery[] = [];
    for (const r of rounds) {
      // Someone away when the round goes out: their actions go to their stand-in (in the stand-in's
      // one check-in, saying for whom), or, without one, they are asked on their first morning back
      // if that is before the meeting.
      const route = await absenceRouter(ctx.db, ctx.wijk.id, { from: r.dueAt, to: r.dueAt });
      const to = new Map<string, { dueAt: Date; standInFor: { personId: string; lastDay: string }[] }>();
      const entry = (personId: string, dueAt: Date) => {
        const found = to.get(personId) ?? { dueAt, standInFor: [] };
        to.set(personId, found);
        return found;
      };
      for (const personId of await findCheckInRoundRecipients(ctx.db, { wijkId: ctx.wijk.id, round: r.round })) {
        const where = route(personId, r.dueAt);
        if (where.kind === "stand-in") {
          entry(where.personId, r.dueAt).standInFor.push({ personId, lastDay: where.lastDay.toISOString() });
          continue;
        }
        const dueAt = where.kind === "deliver" ? r.dueAt : firstMorningBack(ctx, where.backAt);
        if (dueAt < r.closesAt) entry(personId, dueAt);
      }
      for (const [personId, e] of to) {
        planned.push({
          key: `checkin-round:${ctx.wijk.id}:${r.round}:${personId}`,
          dueAt: e.dueAt,
          recipient: { personId },
          data: {
            round: r.round,
            meetingId: r.meetingId,
            closesAt: r.closesAt.toISOString(),
            ...(e.standInFor.length ? { standInFor: JSON.stringify(e.standInFor) } : {}),
          },
        });
      }
    }
    return planned;
  },
  async handler(ctx, delivery) {
    if (!("personId" in delivery.recipient)) return null;
    const personId = delivery.recipient.personId;
    const { round, meetingId, closesAt } = delivery.data;
    const route = await absenceRouter(ctx.db, ctx.wijk.id, { from: ctx.now, to: ctx.now });
    // Gone away after the round was planned: not asked now (absent people get no check-in questions).
    if (route(personId, ctx.now).kind !== "deliver") return null;
    // Those they stand in for who are still away with them as stand-in (someone back early is not asked through them).
    const standInFor = (delivery.data.standInFor ? (JSON.parse(String(delivery.data.standInFor)) as { personId: string }[]) : []).flatMap((a) => {
      const r = route(a.personId, ctx.now);
      return r.kind === "stand-in" && r.personId === personId ? [{ personId: a.personId, lastDay: r.lastDay }] : [];
    });
    const invite = await ctx.db.$transaction((tx) =>
      openCheckInRound(tx, {
        wijkId: ctx.wijk.id,
        personId,
        round: String(round),
        meetingId: meetingId === null ? null : String(meetingId),
        closesAt: new Date(String(closesAt)),
        sentAt: delivery.dueAt,
        now: ctx.now,
        standInFor,
      }),
    );
    return invite && renderCheckInRoundInvite(invite, translator(invite.lang), invite.lang, ctx.now);
  },
  async answers(ctx, delivery) {
    return renderCheckInRoundAnswers(translator(await recipientLanguage(ctx.db, delivery)));
  },
};

interface PlannedRound {
  round: string;
  dueAt: Date;
  meetingId: string | null;
  closesAt: Date;
}

async function meetingRounds(ctx: JobContext, window: { from: Date; to: Date }, daysBefore: number): Promise<PlannedRound[]> {
  const rounds: PlannedRound[] = [];
  for (const { meeting: m, at: dueAt } of await meetingsWithMomentIn(ctx, window, (m) => leadMoment(m, daysBefore, ctx.settings))) {
    rounds.push({ round: `meeting:${m.id}`, dueAt, meetingId: m.id, closesAt: m.startsAt });
  }
  return rounds;
}

/** Monthly on a set day; a meeting before the next round makes it that meeting's round (it closes when the meeting starts). */
async function monthlyRounds(ctx: JobContext, window: { from: Date; to: Date }, day: number): Promise<PlannedRound[]> {
  const { hour, minute } = parseClockTime(ctx.settings.reminders.sendAt);
  const moment = (year: number, month: number) => nextAllowedMoment(toInstant({ year, month, day }, hour, minute), ctx.settings.quietHours, ctx.holidays);
  const rounds: PlannedRound[] = [];
  const next = (c: { year: number; month: number }) => (c.month === 12 ? { year: c.year + 1, month: 1 } : { year: c.year, month: c.month + 1 });
  const to = localParts(window.to);
  // From the month before: a round moved out of quiet hours or holidays may fall in the next month.
  const from = localParts(window.from);
  for (let c = from.month === 1 ? { year: from.year - 1, month: 12 } : { year: from.year, month: from.month - 1 }; c.year < to.year || (c.year === to.year && c.month <= to.month); c = next(c)) {
    const dueAt = moment(c.year, c.month);
    if (!inWindow(dueAt, window)) continue;
    const following = next(c);
    const nextRound = moment(following.year, following.month);
    const meeting = await ctx.db.meeting.findFirst({
      where: { wijkId: ctx.wijk.id, closedAt: null, startsAt: { gt: dueAt, lte: nextRound } },
      orderBy: { startsAt: "asc" },
    });
    rounds.push({ round: `month:${isoMonth(c)}`, dueAt, meetingId: meeting?.id ?? null, closesAt: meeting?.startsAt ?? nextRound });
  }
  return rounds;
}

/** The reminder hour of the day someone is back (outside quiet hours and holidays). */
function firstMorningBack(ctx: JobContext, backAt: Date): Date {
  const { hour, minute } = parseClockTime(ctx.settings.reminders.sendAt);
  const p = localParts(backAt);
  return nextAllowedMoment(toInstant({ year: p.year, month: p.month, day: p.day }, hour, minute), ctx.settings.quietHours, ctx.holidays);
}
