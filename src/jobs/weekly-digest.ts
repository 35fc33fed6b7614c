import { isoDay, weekdayOf } from "../time/amsterdam.ts";
import { dailyMomentsIn } from "../scheduler/daily-moments.ts";
import { getWeeklyDigest } from "../services/get-weekly-digest.ts";
import { renderWeeklyDigest } from "../render/weekly-digest.ts";
import { listDigestRecipients, listDigestRecipientsOf } from "../services/list-digest-recipients.ts";
import { rowsOfWijk } from "../scheduler/every-wijk.ts";
import type { PlannedDelivery, ScheduledJob } from "../scheduler/types.ts";
import { recipientLanguage } from "../scheduler/recipient-language.ts";

/** The weekoverzicht to the coördinator(s) and subscribers, default Monday 08:30 (per wijk: settings.digest). */
export const weeklyDigestJob: ScheduledJob = {
  id: "digest",
  async schedule(ctx, window) {
    const recipients = await rowsOfWijk(ctx, "digest recipients", (wijkIds) => listDigestRecipientsOf(ctx.db, wijkIds));
    if (!recipients.length) return [];
    const planned: PlannedDelivery[] = [];
    for (const { day, at } of dailyMomentsIn(window, ctx.settings.digest.at)) {
      if (weekdayOf(day) !== ctx.settings.digest.weekday) continue;
      const date = isoDay(day);
      for (const person of recipients) {
        planned.push({ key: `digest:${ctx.wijk.id}:${date}:${person.id}`, dueAt: at, recipient: { personId: person.id }, data: { personId: person.id } });
      }
    }
    return planned;
  },
  async handler(ctx, delivery) {
    const still = await listDigestRecipients(ctx.db, ctx.wijk.id);
    if (!still.some((p) => p.id === delivery.data.personId)) return null;
    const lang = await recipientLanguage(ctx.db, delivery);
    return renderWeeklyDigest(await getWeeklyDigest(ctx.db, { wijkId: ctx.wijk.id, end: delivery.dueAt }), lang, delivery.dueAt);
  },
};
