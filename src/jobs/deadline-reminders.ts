import { isoDay, localParts } from "../time/amsterdam.ts";
import { planDeadlineReminders, type DeadlineMoment } from "../services/plan-deadline-reminders.ts";
import { findActionsDueBy } from "../services/find-actions-due-by.ts";
import { getDeadlineReminderAnswers } from "../services/get-deadline-reminder-answers.ts";
import { getDeadlineReminders } from "../services/get-deadline-reminders.ts";
import { renderDeadlineReminder, renderDeadlineReminderAnswers } from "../render/deadline-reminder.ts";
import { translator } from "../i18n/index.ts";
import type { DueDelivery, JobContext, PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";
import { recipientLanguage, recipientLanguages } from "../scheduler/recipient-language.ts";
import { absenceRouterOf, rowsOfWijk } from "../scheduler/every-wijk.ts";
import { getPersonName } from "../services/get-person-name.ts";
import { onBehalfText } from "../render/absence.ts";
import { findOpenReminders } from "../services/find-open-reminders.ts";

/**
 * Deadline reminders to every owner of an open action (DM where they have one, else a
 * mention in the kartrekkers group). Computed from the current actions at each tick:
 * finishing, stopping or parking an action leaves nothing due; a /snooze hides the
 * moments until its time and sends one reminder then. An owner who is away (/afwezig): the
 * reminder goes to their stand-in, saying for whom, or is held (their return message covers it).
 */
export const deadlineRemindersJob: ScheduledJob = {
  id: "deadline",
  async schedule(ctx, window) {
    // A deadline further ahead than the earliest reminder moment cannot have anything due in
    // this window (quiet hours and holidays only ever move moments later): skip those in SQL.
    const earliestDaysBefore = Math.max(0, ...ctx.settings.reminders.daysBefore);
    const latestDeadline = new Date(window.to.getTime() + (earliestDaysBefore + 2) * 86_400_000);
    const actions = await findActionsDueBy(ctx.db, { wijkId: ctx.wijk.id, latest: latestDeadline });
    // Every wijk's snoozes in one read (not "actionId in (…all open actions…)": a large wijk exceeds the database's parameter limit).
    const snoozes = await rowsOfWijk(ctx, "snoozes", (wijkIds) => findOpenReminders(ctx.db, { wijkIds, kind: "snooze" }));
    const snoozesByAction = new Map<string, typeof snoozes>();
    for (const s of snoozes) if (s.actionId && s.nextAt) snoozesByAction.set(s.actionId, [...(snoozesByAction.get(s.actionId) ?? []), s]);
    const route = await absenceRouterOf(ctx, window);
    const planned: PlannedDelivery[] = [];
    // The owner, their stand-in (saying for whom), or nobody: held while away without one, and
    // nobody when the stand-in owns the action too (they get their own).
    const to = (ownerIds: string[], personId: string, at: Date): { recipient: { personId: string }; data: Record<string, string> } | undefined => {
      const r = route(personId, at);
      if (r.kind === "deliver") return { recipient: { personId }, data: {} };
      if (r.kind === "hold" || ownerIds.includes(r.personId)) return undefined;
      return { recipient: { personId: r.personId }, data: { forPersonId: personId, lastDay: r.lastDay.toISOString() } };
    };
    // Many actions share a deadline: each deadline's moments (and its day) are worked out once.
    const momentsOf = new Map<number, { day: string; iso: string; moments: DeadlineMoment[] }>();
    for (const action of actions) {
      const deadline = action.deadline;
      const mine = snoozesByAction.get(action.id) ?? [];
      const snoozed = (at: Date) => mine.some((s) => at > s.createdAt && at < s.nextAt!);
      let planFor = momentsOf.get(deadline.getTime());
      if (!planFor) {
        planFor = {
          day: isoDay(localParts(deadline)),
          iso: deadline.toISOString(),
          moments: planDeadlineReminders({ deadline, settings: ctx.settings, holidays: ctx.holidays, window }),
        };
        momentsOf.set(deadline.getTime(), planFor);
      }
      const { day, iso } = planFor;
      for (const m of planFor.moments) {
        if (snoozed(m.dueAt)) continue;
        for (const ownerId of action.ownerIds) {
          const via = to(action.ownerIds, ownerId, m.dueAt);
          if (!via) continue;
          planned.push({
            key: `deadline:${action.id}:${day}:${m.moment}:${ownerId}`,
            dueAt: m.dueAt,
            recipient: via.recipient,
            data: { actionId: action.id, deadline: iso, moment: m.moment, ...via.data },
          });
        }
      }
      for (const s of mine) {
        if (s.nextAt! <= window.from || s.nextAt! > window.to) continue;
        for (const ownerId of action.ownerIds) {
          const via = to(action.ownerIds, ownerId, s.nextAt!);
          if (!via) continue;
          planned.push({
            key: `deadline:snooze:${s.id}:${ownerId}`,
            dueAt: s.nextAt!,
            recipient: via.recipient,
            data: { actionId: action.id, deadline: null, moment: "snooze", ...via.data },
          });
        }
      }
    }
    return planned;
  },
  async handler(ctx, delivery) {
    return (await deadlineReminderTexts(ctx, [delivery]))[0];
  },
  handleMany: deadlineReminderTexts,
  async answers(ctx, delivery) {
    const answers = await getDeadlineReminderAnswers(ctx.db, { actionId: String(delivery.data.actionId) });
    return answers && renderDeadlineReminderAnswers(answers, translator(await recipientLanguage(ctx.db, delivery)));
  },
};

/** The reminders' texts in a few queries: every action and recipient's language loaded once. */
async function deadlineReminderTexts(ctx: JobContext, deliveries: readonly DueDelivery[]): Promise<(string | null)[]> {
  const langs = await recipientLanguages(ctx.db, deliveries);
  const reminders = await getDeadlineReminders(
    ctx.db,
    deliveries.map((delivery) => ({
      actionId: String(delivery.data.actionId),
      now: ctx.now,
      expectedDeadline: delivery.data.deadline === null ? null : String(delivery.data.deadline),
    })),
  );
  // One action's reminders read the same in one language (its data comes from the action and
  // today): rendered once per action, expected deadline and language.
  const rendered = new Map<string, string>();
  const texts = reminders.map((r, i) => {
    if (!r) return null;
    const { data } = deliveries[i];
    const key = `${String(data.actionId)}\u0000${String(data.deadline)}\u0000${langs[i] ?? ""}`;
    let text = rendered.get(key);
    if (text === undefined) rendered.set(key, (text = renderDeadlineReminder(r, translator(langs[i]), ctx.now, langs[i])));
    return text;
  });
  // A stand-in's reminder says for whom (rare: one query each).
  for (const [i, delivery] of deliveries.entries()) {
    const text = texts[i];
    if (!text || !delivery.data.forPersonId) continue;
    const name = await getPersonName(ctx.db, String(delivery.data.forPersonId));
    texts[i] = `${onBehalfText({ name, lastDay: new Date(String(delivery.data.lastDay)) }, ctx.now, langs[i])}\n${text}`;
  }
  return texts;
}
