import type { CatalogueText } from "../plural.ts";
import type { nlMeetingMorning } from "../nl/meetingMorning.ts";

/** English texts of the message to the groups on the morning of a meeting (keys as in nl/meetingMorning.ts). */
export const enMeetingMorning: Record<keyof typeof nlMeetingMorning, CatalogueText> = {
  "meetingMorning.text": "☕ The steering group meets today at {time}{place}. {items}: type /agenda. To record decisions: /besluit <text> [agendapunt <no>]",
  "meetingMorning.place": " ({place})",
  "meetingMorning.items": { one: "1 agenda item", other: "{count} agenda items" },
};
