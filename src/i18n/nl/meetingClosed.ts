import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the message to the groups after a meeting is closed. */
export const nlMeetingClosed = {
  // Messages to the groups around a meeting (src/jobs/meeting-*.ts, src/services/close-meeting.ts)
  "meetingClosed.title": "🏛️ *Uit de stuurgroep van {day}*",
  "meetingClosed.decisions": "Besluiten:\n{lines}",
  "meetingClosed.atItem": " (bij: {text})",
  "meetingClosed.noDecisions": "Er zijn geen besluiten genoteerd.",
  "meetingClosed.carriedTo": "Niet behandeld, door naar de vergadering van {day}:\n{lines}",
  "meetingClosed.carriedNext": "Niet behandeld, door naar de volgende vergadering:\n{lines}",
  "meetingClosed.lateDecision": "🏛️ *Nog een besluit van de stuurgroep van {day}*\n{text}",
} as const satisfies Record<string, CatalogueText>;
