import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /acties: the list of actions and its filters. */
export const nlList = {
  "list.filter": "kies mijn, open, te laat, klaar of een pijler",
  "list.mine": "Jouw open acties",
  "list.open": "Open acties",
  "list.overdue": "Acties over de deadline",
  "list.done": "Afgeronde acties",
  "list.all": "Alle acties",
  "list.pillar": "Acties van {pillar}",
  "list.noneOverdue": "Geen acties over de deadline. 👍",
  "list.none": "{heading}: geen. Nieuwe actie? /actie nieuw <titel>",
} as const satisfies Record<string, CatalogueText>;
