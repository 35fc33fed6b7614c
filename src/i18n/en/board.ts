import type { CatalogueText } from "../plural.ts";
import type { nlBoard } from "../nl/board.ts";

/** English texts of the board of actions per pillar and status (/overzicht) (keys as in nl/board.ts). */
export const enBoard: Record<keyof typeof nlBoard, CatalogueText> = {
  "board.title": "*Overview {wijk}* ({date})",
  "board.noActionsPillar": "_no actions yet_",
  "board.column.bezig": "In progress:",
  "board.column.gepland": "Planned:",
  "board.done": "Done ({count}): {titles}",
  "board.progress": "{bar} {done}/{total} done",
  "board.parked": "{count} parked",
  "board.stopped": "{count} stopped",
  "board.empty": "No actions yet. Start with: /action new <title>",
  "board.link": "The full overview: {link}",
  "board.cardTitle": "Overview {wijk}",
  "board.noPillar": "No pillar",
  "board.noOwner": "no owner",
};
