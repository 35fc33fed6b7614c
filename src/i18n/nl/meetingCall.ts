import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the call to the meeting sent to the groups beforehand. */
export const nlMeetingCall = {
  // Messages to the groups around a meeting (src/jobs/meeting-*.ts, src/services/close-meeting.ts)
  "meetingCall.text": "📣 *Agendapunten gezocht* voor de stuurgroep van {meeting}.\nWat moet de stuurgroep weten of besluiten? Stuur het{before} in met:\n/agendapunt <tekst> [besluit|bespreking|informatie] [actie <naam>]",
  "meetingCall.before": " vóór {day}",
} as const satisfies Record<string, CatalogueText>;
