import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the message to the groups on the morning of a meeting. */
export const nlMeetingMorning = {
  // Messages to the groups around a meeting (src/jobs/meeting-*.ts, src/services/close-meeting.ts)
  "meetingMorning.text": "☕ Vandaag om {time} vergadert de stuurgroep{place}. {items}: typ /agenda. Besluiten noteren: /besluit <tekst> [agendapunt <nr>]",
  "meetingMorning.place": " ({place})",
  "meetingMorning.items": { one: "1 agendapunt", other: "{count} agendapunten" },
} as const satisfies Record<string, CatalogueText>;
