import type { Meeting } from "../generated/sqlite/client.ts";
import type { Translate } from "../i18n/index.ts";
import type { ScheduleSettings } from "../scheduler/settings.ts";
import { describeMeeting } from "./agenda.ts";
import { leadMoment } from "../scheduler/meeting-moments.ts";
import { describeDay } from "../parse/dates.ts";

/**
 * The answer to a meeting just planned (/vergadering nieuw, /datumprikker kies): when and
 * where, agenda items carried along, and when the agenda cycle asks for items and sends the agenda.
 */
export function meetingPlannedText(input: { meeting: Pick<Meeting, "startsAt" | "place">; carried: number; settings: ScheduleSettings; now: Date; t: Translate; lang: string }): string {
  const { meeting, carried, settings, now, t, lang } = input;
  const call = leadMoment(meeting, settings.meetings.callForItemsDaysBefore, settings);
  const agenda = leadMoment(meeting, settings.meetings.agendaDaysBefore, settings);
  const plan = [
    call && call > now ? t("meeting.callPlan", { day: describeDay(call, lang) }) : undefined,
    agenda && agenda > now ? t("meeting.agendaPlan", { day: describeDay(agenda, lang) }) : undefined,
  ].filter(Boolean);
  return [
    t("meeting.planned", { when: describeMeeting(meeting, now, lang) }),
    carried ? t("meeting.carried", { count: carried }) : "",
    plan.length ? `${capitalizeFirst(plan.join("; "))}.` : "",
    t("meeting.propose"),
  ].filter(Boolean).join("\n");
}

/** "on Friday …" reads as a sentence start in English; Dutch day names stay lower case, as before. */
function capitalizeFirst(text: string): string {
  return /^on /.test(text) ? `O${text.slice(1)}` : text;
}
