import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the weekly digest and how often a person gets it. */
export const nlDigest = {
  "digest.choice": "kies aan of uit, of typ alleen /weekoverzicht",
  "digest.when": "elke {day} om {time}",
  "digest.on": "📬 Je krijgt het weekoverzicht voortaan {when}. Stoppen: /weekoverzicht uit",
  "digest.coordinatorAlways": "Als coördinator krijg je het weekoverzicht altijd; het is jouw stuurinformatie.",
  "digest.off": "Oké, je krijgt het weekoverzicht niet meer. Weer aanzetten: /weekoverzicht aan",
  "digest.title": "📊 *Weekoverzicht {wijk}* ({from} t/m {to})",
  "digest.noPillar": "Zonder pijler",
  "digest.noOwner": "geen eigenaar",
  "digest.done": "Klaar",
  "digest.started": "Gestart",
  "digest.updated": "Bijgewerkt",
  "digest.overdue": "Over de deadline",
  "digest.dueSoon": "Deadline binnen {days} dagen",
  "digest.nothing": "Niets te melden.",
  "digest.newItems": "*Nieuwe agendapunten*",
  "digest.lastUpdate": "{title} (laatste update {date})",
  "digest.quiet": "*Al {weeks} weken geen update*",
} as const satisfies Record<string, CatalogueText>;
