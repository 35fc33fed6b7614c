import type { CatalogueText } from "../plural.ts";
import type { nlMeetingCall } from "../nl/meetingCall.ts";

/** English texts of the call to the meeting sent to the groups beforehand (keys as in nl/meetingCall.ts). */
export const enMeetingCall: Record<keyof typeof nlMeetingCall, CatalogueText> = {
  "meetingCall.text": "📣 *Agenda items wanted* for the steering group meeting of {meeting}.\nWhat should the steering group know or decide? Send it in{before} with:\n/agendapunt <text> [besluit|bespreking|informatie] [actie <name>]",
  "meetingCall.before": " before {day}",
};
