import type { CatalogueText } from "../plural.ts";
import type { nlItem } from "../nl/item.ts";

/** English texts of /agendapunt: items on a meeting's agenda (keys as in nl/item.ts). */
export const enItem: Record<keyof typeof nlItem, CatalogueText> = {
  "item.textShape": "what should be on the agenda? Give the subject in a few words",
  "item.textLong": "keep the agenda item short (at most 300 characters)",
  "item.actionMissing": "give the action's name after 'actie'",
  "item.onMeeting": "the agenda of {when} as item {number}",
  "item.onNext": "the agenda of the next meeting (not planned yet)",
  "item.added": "📌 \"{text}\" ({kind}{action}) is on {where}. The coordinator decides the order.",
  "item.action": ", action {title}",
};
