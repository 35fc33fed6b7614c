import type { CatalogueText } from "../plural.ts";

/** Dutch texts of holidays: when the bot stays quiet, and /vakantie. */
export const nlHoliday = {
  "holiday.from": "noem de eerste dag",
  "holiday.to": "noem begin en einde met t/m ertussen, bijvoorbeeld 2026-07-18 t/m 2026-08-30",
  "holiday.none": "Er staan geen vakanties ingepland. De coördinator zet er een met /vakantie 2026-07-18 t/m 2026-08-30.",
  "holiday.listTitle": "*Vakanties (geen deadline-herinneringen)*",
  "holiday.line": "{n}. {from} t/m {to}",
  "holiday.what": "vakanties instellen",
  "holiday.removed": "Vakantie {from} t/m {to} is weg; herinneringen lopen dan gewoon.",
  "holiday.added": "🏖️ Vakantie van {from} t/m {to}: dan stuur ik geen deadline-herinneringen. Wat in die periode valt, komt één keer op de eerste werkdag erna.",
  "holiday.endBeforeStart": "De einddatum ligt vóór de begindatum. Bijvoorbeeld: /vakantie 2026-07-18 t/m 2026-08-30",
  "holiday.tooLong": "Een vakantie duurt hier hooguit {days} dagen. Klopt het jaartal?",
  "holiday.noSuchNumber": "Er is geen vakantie met nummer {number}. Typ /vakantie voor de lijst.",
  "holiday.undoneAdded": "↩️ Vakantie {from} t/m {to} ongedaan gemaakt: herinneringen lopen dan gewoon.",
  "holiday.undoneRemoved": "↩️ Ongedaan: vakantie {from} t/m {to} staat er weer; dan stuur ik geen deadline-herinneringen.",
} as const satisfies Record<string, CatalogueText>;
