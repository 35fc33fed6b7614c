import type { CatalogueText } from "../plural.ts";
import type { nlNew } from "../nl/new.ts";

/** English texts of /actie nieuw (keys as in nl/new.ts). */
export const enNew: Record<keyof typeof nlNew, CatalogueText> = {
  "new.titleShort": "give the action a title of at least 3 characters",
  "new.titleLong": "that title is too long (at most 200 characters)",
  "new.pillarMissing": "give the pillar's name after 'pillar'",
  "new.deadlineMissing": "give a date after 'deadline'",
  "new.ownerMissing": "name a person after 'owner', for example @Sanne",
  "new.partnerMissing": "name an organisation after 'partner'",
  "new.created": "🆕 {label} is planned. Owner: {owners}.{due}{hint}",
  "new.due": " Deadline: {date}.",
  "new.pillarHint": "\nTip: give it a pillar with /action pillar <name> <pillar>.",
};
