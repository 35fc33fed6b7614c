import type { CatalogueText } from "./plural.ts";
import { nlRecurrence } from "./nl/recurrence.ts";
import { nlCore } from "./nl/core.ts";
import { nlDate } from "./nl/date.ts";
import { nlStatus } from "./nl/status.ts";
import { nlHelp } from "./nl/help.ts";
import { nlMe } from "./nl/me.ts";
import { nlPillar } from "./nl/pillar.ts";
import { nlHandover } from "./nl/handover.ts";
import { nlLeave } from "./nl/leave.ts";
import { nlPlan } from "./nl/plan.ts";
import { nlCheckin } from "./nl/checkin.ts";
import { nlVerdict } from "./nl/verdict.ts";
import { nlBotStatus } from "./nl/botStatus.ts";
import { nlWhatsappState } from "./nl/whatsappState.ts";
import { nlTelegramState } from "./nl/telegramState.ts";
import { nlTelegram } from "./nl/telegram.ts";
import { nlWhatsappLogout } from "./nl/whatsappLogout.ts";
import { nlAction } from "./nl/action.ts";
import { nlNew } from "./nl/new.ts";
import { nlUpdate } from "./nl/update.ts";
import { nlOwner } from "./nl/owner.ts";
import { nlReach } from "./nl/reach.ts";
import { nlBudget } from "./nl/budget.ts";
import { nlAge } from "./nl/age.ts";
import { nlPartner } from "./nl/partner.ts";
import { nlRename } from "./nl/rename.ts";
import { nlDelete } from "./nl/delete.ts";
import { nlInfo } from "./nl/info.ts";
import { nlList } from "./nl/list.ts";
import { nlUndo } from "./nl/undo.ts";
import { nlBoard } from "./nl/board.ts";
import { nlHistory } from "./nl/history.ts";
import { nlField } from "./nl/field.ts";
import { nlFree } from "./nl/free.ts";
import { nlPerson } from "./nl/person.ts";
import { nlWho } from "./nl/who.ts";
import { nlRole } from "./nl/role.ts";
import { nlBind } from "./nl/bind.ts";
import { nlLink } from "./nl/link.ts";
import { nlData } from "./nl/data.ts";
import { nlForget } from "./nl/forget.ts";
import { nlOverview } from "./nl/overview.ts";
import { nlMeeting } from "./nl/meeting.ts";
import { nlAgenda } from "./nl/agenda.ts";
import { nlItem } from "./nl/item.ts";
import { nlDecision } from "./nl/decision.ts";
import { nlMonthly } from "./nl/monthly.ts";
import { nlMeetingCall } from "./nl/meetingCall.ts";
import { nlMeetingMorning } from "./nl/meetingMorning.ts";
import { nlMeetingClosed } from "./nl/meetingClosed.ts";
import { nlDatePoll } from "./nl/datePoll.ts";
import { nlDeadline } from "./nl/deadline.ts";
import { nlReminder } from "./nl/reminder.ts";
import { nlSnooze } from "./nl/snooze.ts";
import { nlHoliday } from "./nl/holiday.ts";
import { nlDigest } from "./nl/digest.ts";
import { nlScheduler } from "./nl/scheduler.ts";
import { nlCli } from "./nl/cli.ts";
import { nlWeb } from "./nl/web.ts";
import { nlUnderstand } from "./nl/understand.ts";
import { nlFollowUp } from "./nl/followUp.ts";
import { nlChart } from "./nl/chart.ts";
import { nlReport } from "./nl/report.ts";
import { nlStorage } from "./nl/storage.ts";
import { nlMemberLeft } from "./nl/memberLeft.ts";
import { nlRound } from "./nl/round.ts";
import { nlAbsence } from "./nl/absence.ts";
import { nlButtons } from "./nl/buttons.ts";
import { nlCalendar } from "./nl/calendar.ts";

/**
 * Dutch, the default language and the source of the message keys. Placeholders are
 * `{name}`; texts stay short because they are read on a phone in a group chat.
 * Every key with the prefix `x.` lives in nl/x.ts (and its English text in en/x.ts);
 * this file only assembles those parts.
 */
export const nl = {
  // `language.*` stays here and not in a part of its own: these keys describe the catalogue
  // itself (its name and Intl locale in its own language, and /taal's answers in it).
  // The /taal answers sit among the parts, where `taal sjabloon` and `taal controleer` list them.
  "language.name": "Nederlands",
  /** Used for number and money formats (Intl). */
  "language.locale": "nl-NL",

  ...nlRecurrence,
  ...nlCore,
  ...nlDate,
  ...nlStatus,
  ...nlHelp,
  ...nlMe,

  // /taal
  "language.set": "Ik praat vanaf nu Nederlands met je.",
  "language.current": "Ik praat {language} met je. Andere taal: /taal {options}",
  "language.unknown": "Die taal ken ik niet. Kies uit: {options}.",

  ...nlPillar,
  ...nlHandover,
  ...nlLeave,
  ...nlPlan,
  ...nlCheckin,
  ...nlVerdict,
  ...nlBotStatus,
  ...nlWhatsappState,
  ...nlTelegramState,
  ...nlTelegram,
  ...nlWhatsappLogout,
  ...nlAction,
  ...nlNew,
  ...nlUpdate,
  ...nlOwner,
  ...nlReach,
  ...nlBudget,
  ...nlAge,
  ...nlPartner,
  ...nlRename,
  ...nlDelete,
  ...nlInfo,
  ...nlList,
  ...nlUndo,
  ...nlBoard,
  ...nlHistory,
  ...nlField,
  ...nlFree,
  ...nlPerson,
  ...nlWho,
  ...nlRole,
  ...nlBind,
  ...nlLink,
  ...nlData,
  ...nlForget,
  ...nlOverview,
  ...nlMeeting,
  ...nlAgenda,
  ...nlItem,
  ...nlDecision,
  ...nlMonthly,
  ...nlMeetingCall,
  ...nlMeetingMorning,
  ...nlMeetingClosed,
  ...nlDatePoll,
  ...nlDeadline,
  ...nlReminder,
  ...nlSnooze,
  ...nlHoliday,
  ...nlDigest,
  ...nlScheduler,
  ...nlCli,
  ...nlWeb,
  ...nlUnderstand,
  ...nlFollowUp,
  ...nlChart,
  ...nlReport,
  ...nlStorage,
  ...nlMemberLeft,
  ...nlRound,
  ...nlAbsence,
  ...nlButtons,
  ...nlCalendar,
} as const satisfies Record<string, CatalogueText>;

export type MessageKey = keyof typeof nl;
