import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /overdracht: handing someone's work over to someone else. */
export const nlHandover = {
  // /overdracht
  "handover.forbidden": "Alleen de coördinator, of een aanjager binnen de eigen pijler, kan werk overdragen.",
  "handover.shape": "noem twee mensen: /overdracht @van @naar [pijler]",
  "handover.samePerson": "Van en naar zijn dezelfde persoon; er valt niets over te dragen.",
  "handover.nothing": "{from} heeft niets open{pillar} om over te dragen.",
  "handover.inPillar": " in {pillar}",
  "handover.question": "Dit gaat van {from} naar {to}{pillar}:\n{list}\nKlopt dat?",
  "handover.actions": "- Acties ({count}): {titles}",
  "handover.reminders": "- Herinneringen: {count}",
  "handover.agenda": "- Agendapunten: {count}",
  "handover.done": "🤝 Overgedragen van {from} naar {to}{pillar} — acties: {count}, herinneringen: {reminders}, agendapunten: {agenda}. Terugdraaien kan per actie met /ongedaan.",
  "handover.dmFrom": "Je werk{pillar} is overgedragen aan {to}: {titles}. Dank je wel!",
  "handover.dmTo": "{by} heeft werk{pillar} van {from} aan jou overgedragen:\n{list}\nJe overzicht: /ik",
} as const satisfies Record<string, CatalogueText>;
