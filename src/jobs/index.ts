import type { ScheduledJob } from "../scheduler/types.ts";
import { deadlineRemindersJob } from "./deadline-reminders.ts";
import { adhocRemindersJob } from "./adhoc-reminders.ts";
import { weeklyDigestJob } from "./weekly-digest.ts";
import { meetingCallForItemsJob } from "./meeting-call-for-items.ts";
import { meetingAgendaJob } from "./meeting-agenda.ts";
import { meetingMorningJob } from "./meeting-morning.ts";
import { meetingCloseJob } from "./meeting-close.ts";
import { midYearCheckInJob } from "./mid-year-check-in.ts";
import { checkInReminderJob } from "./check-in-reminder.ts";
import { datePollReminderJob } from "./date-poll-reminder.ts";
import { checkInRoundJob } from "./check-in-round.ts";
import { orphanedActionsJob } from "./orphaned-actions.ts";
import { retentionJob } from "./retention.ts";
import { absenceReturnJob } from "./absence-return.ts";

/** Every scheduled job; the scheduler plans and sends them in one tick. */
export const jobs: readonly ScheduledJob[] = [
  deadlineRemindersJob,
  adhocRemindersJob,
  weeklyDigestJob,
  meetingCallForItemsJob,
  meetingAgendaJob,
  meetingMorningJob,
  meetingCloseJob,
  midYearCheckInJob,
  checkInRoundJob,
  checkInReminderJob,
  datePollReminderJob,
  orphanedActionsJob,
  retentionJob,
  absenceReturnJob,
];
