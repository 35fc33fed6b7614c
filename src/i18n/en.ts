import type { CatalogueText } from "./plural.ts";
import type { MessageKey } from "./nl.ts";
import { enRecurrence } from "./en/recurrence.ts";
import { enCore } from "./en/core.ts";
import { enDate } from "./en/date.ts";
import { enStatus } from "./en/status.ts";
import { enHelp } from "./en/help.ts";
import { enMe } from "./en/me.ts";
import { enPillar } from "./en/pillar.ts";
import { enHandover } from "./en/handover.ts";
import { enLeave } from "./en/leave.ts";
import { enPlan } from "./en/plan.ts";
import { enCheckin } from "./en/checkin.ts";
import { enVerdict } from "./en/verdict.ts";
import { enBotStatus } from "./en/botStatus.ts";
import { enWhatsappState } from "./en/whatsappState.ts";
import { enTelegramState } from "./en/telegramState.ts";
import { enTelegram } from "./en/telegram.ts";
import { enWhatsappLogout } from "./en/whatsappLogout.ts";
import { enAction } from "./en/action.ts";
import { enNew } from "./en/new.ts";
import { enUpdate } from "./en/update.ts";
import { enOwner } from "./en/owner.ts";
import { enReach } from "./en/reach.ts";
import { enBudget } from "./en/budget.ts";
import { enAge } from "./en/age.ts";
import { enPartner } from "./en/partner.ts";
import { enRename } from "./en/rename.ts";
import { enDelete } from "./en/delete.ts";
import { enInfo } from "./en/info.ts";
import { enList } from "./en/list.ts";
import { enUndo } from "./en/undo.ts";
import { enBoard } from "./en/board.ts";
import { enHistory } from "./en/history.ts";
import { enField } from "./en/field.ts";
import { enFree } from "./en/free.ts";
import { enPerson } from "./en/person.ts";
import { enWho } from "./en/who.ts";
import { enRole } from "./en/role.ts";
import { enBind } from "./en/bind.ts";
import { enLink } from "./en/link.ts";
import { enData } from "./en/data.ts";
import { enForget } from "./en/forget.ts";
import { enOverview } from "./en/overview.ts";
import { enMeeting } from "./en/meeting.ts";
import { enAgenda } from "./en/agenda.ts";
import { enItem } from "./en/item.ts";
import { enDecision } from "./en/decision.ts";
import { enMonthly } from "./en/monthly.ts";
import { enMeetingCall } from "./en/meetingCall.ts";
import { enMeetingMorning } from "./en/meetingMorning.ts";
import { enMeetingClosed } from "./en/meetingClosed.ts";
import { enDatePoll } from "./en/datePoll.ts";
import { enDeadline } from "./en/deadline.ts";
import { enReminder } from "./en/reminder.ts";
import { enSnooze } from "./en/snooze.ts";
import { enHoliday } from "./en/holiday.ts";
import { enDigest } from "./en/digest.ts";
import { enScheduler } from "./en/scheduler.ts";
import { enCli } from "./en/cli.ts";
import { enWeb } from "./en/web.ts";
import { enUnderstand } from "./en/understand.ts";
import { enFollowUp } from "./en/followUp.ts";
import { enChart } from "./en/chart.ts";
import { enReport } from "./en/report.ts";
import { enStorage } from "./en/storage.ts";
import { enMemberLeft } from "./en/memberLeft.ts";
import { enRound } from "./en/round.ts";
import { enAbsence } from "./en/absence.ts";
import { enButtons } from "./en/buttons.ts";
import { enCalendar } from "./en/calendar.ts";

/**
 * English, per person (/taal en). Command words stay typed as shown (/actie, /wie …); English aliases work too.
 * Every key with the prefix `x.` lives in en/x.ts, beside its Dutch text in nl/x.ts.
 */
export const en: Record<MessageKey, CatalogueText> = {
  // `language.*` stays here and not in a part of its own: these keys describe the catalogue
  // itself (its name and Intl locale in its own language, and /taal's answers in it).
  // The /taal answers sit among the parts, where `taal sjabloon` and `taal controleer` list them.
  "language.name": "English",
  "language.locale": "en-GB",

  ...enRecurrence,
  ...enCore,
  ...enDate,
  ...enStatus,
  ...enHelp,
  ...enMe,

  "language.set": "From now on I'll talk to you in English.",
  "language.current": "I talk to you in {language}. Other language: /language {options}",
  "language.unknown": "I don't know that language. Choose from: {options}.",

  ...enPillar,
  ...enHandover,
  ...enLeave,
  ...enPlan,
  ...enCheckin,
  ...enVerdict,
  ...enBotStatus,
  ...enWhatsappState,
  ...enTelegramState,
  ...enTelegram,
  ...enWhatsappLogout,
  ...enAction,
  ...enNew,
  ...enUpdate,
  ...enOwner,
  ...enReach,
  ...enBudget,
  ...enAge,
  ...enPartner,
  ...enRename,
  ...enDelete,
  ...enInfo,
  ...enList,
  ...enUndo,
  ...enBoard,
  ...enHistory,
  ...enField,
  ...enFree,
  ...enPerson,
  ...enWho,
  ...enRole,
  ...enBind,
  ...enLink,
  ...enData,
  ...enForget,
  ...enOverview,
  ...enMeeting,
  ...enAgenda,
  ...enItem,
  ...enDecision,
  ...enMonthly,
  ...enMeetingCall,
  ...enMeetingMorning,
  ...enMeetingClosed,
  ...enDatePoll,
  ...enDeadline,
  ...enReminder,
  ...enSnooze,
  ...enHoliday,
  ...enDigest,
  ...enScheduler,
  ...enCli,
  ...enWeb,
  ...enUnderstand,
  ...enFollowUp,
  ...enChart,
  ...enReport,
  ...enStorage,
  ...enMemberLeft,
  ...enRound,
  ...enAbsence,
  ...enButtons,
  ...enCalendar,
};
