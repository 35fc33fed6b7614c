import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /vertrek: marking someone as left, and the actions left without an owner. */
export const nlLeave = {
  // /vertrek
  "leave.what": "iemand als vertrokken markeren",
  "leave.already": "{name} stond al als vertrokken.",
  "leave.done": "👋 {name} staat nu als vertrokken en krijgt geen berichten meer.",
  "leave.noOrphans": "Er blijven geen acties zonder eigenaar achter.",
  "leave.orphans": "Deze acties hebben nu geen eigenaar meer:",
  "leave.orphan": "{n}. {title}{pillar}",
  "leave.hint": "Geef ze een nieuwe eigenaar: /actie eigenaar <actie> @persoon, of alles tegelijk: /overdracht @{name} @persoon",
  "leave.reminder": "🧩 Nog zonder eigenaar sinds een vertrek:",
  "leave.question": "{name} afmelden als vertrokken? {name} krijgt dan geen berichten meer. Open acties van {name}: {count}.",
  "leave.reminderHint": "Geef ze een nieuwe eigenaar: /actie eigenaar <actie> @persoon, of /overdracht @vertrokkene @persoon",
  "leave.personShape": "noem de persoon die vertrekt, bijvoorbeeld: /vertrek @Peter",
} as const satisfies Record<string, CatalogueText>;
