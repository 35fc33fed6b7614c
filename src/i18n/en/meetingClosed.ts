import type { CatalogueText } from "../plural.ts";
import type { nlMeetingClosed } from "../nl/meetingClosed.ts";

/** English texts of the message to the groups after a meeting is closed (keys as in nl/meetingClosed.ts). */
export const enMeetingClosed: Record<keyof typeof nlMeetingClosed, CatalogueText> = {
  "meetingClosed.title": "🏛️ *From the steering group meeting of {day}*",
  "meetingClosed.decisions": "Decisions:\n{lines}",
  "meetingClosed.atItem": " (on: {text})",
  "meetingClosed.noDecisions": "No decisions were recorded.",
  "meetingClosed.carriedTo": "Not dealt with, moved to the meeting of {day}:\n{lines}",
  "meetingClosed.carriedNext": "Not dealt with, moved to the next meeting:\n{lines}",
  "meetingClosed.lateDecision": "🏛️ *One more decision from the steering group meeting of {day}*\n{text}",
};
