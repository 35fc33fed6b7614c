import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the board of actions per pillar and status (/overzicht). */
export const nlBoard = {
  "board.title": "*Overzicht {wijk}* ({date})",
  "board.noActionsPillar": "_nog geen acties_",
  "board.column.bezig": "Bezig:",
  "board.column.gepland": "Gepland:",
  "board.done": "Klaar ({count}): {titles}",
  "board.progress": "{bar} {done}/{total} klaar",
  "board.parked": "{count} geparkeerd",
  "board.stopped": "{count} gestopt",
  "board.empty": "Nog geen acties. Begin met: /actie nieuw <titel>",
  "board.link": "Het hele overzicht: {link}",
  "board.cardTitle": "Overzicht {wijk}",
  "board.noPillar": "Zonder pijler",
  "board.noOwner": "geen eigenaar",
} as const satisfies Record<string, CatalogueText>;
