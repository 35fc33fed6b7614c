import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the mid-year check-in (/check) sent to every owner of open actions. */
export const nlCheckin = {
  // The mid-year check-in
  "checkin.dm": "🧭 *Tussentijdse check {year}*\nHoe staan je acties ervoor?\n{list}\nAntwoord per nummer met *op koers*, *loopt achter* of *stoppen*, bijvoorbeeld: {example}",
  "checkin.reminder": "⏰ Herinnering: je tussentijdse check {year} staat nog open.\n{list}\nAntwoord bijvoorbeeld: {example}",
  "checkin.item": "{n}. {title}{deadline}",
  "checkin.example": "1 op koers, 2 loopt achter",
  "checkin.none": "Er staat geen tussentijdse check voor je open.",
  "checkin.badAnswer": "Dat begrijp ik niet. Antwoord per nummer met \"op koers\", \"loopt achter\" of \"stoppen\", bijvoorbeeld: /check 1 op koers, 2 loopt achter",
  "checkin.unknownNumber": "Nummer {n} staat niet in je lijst (1 tot en met {max}). Er is niets opgeslagen.",
  "checkin.noted": "Genoteerd: {list}.",
  "checkin.missing": "Nog te beantwoorden: {numbers}.",
  "checkin.complete": "Alles beantwoord, dank je wel! De coördinator krijgt het overzicht.",
  "checkin.summary": "🧭 Tussentijdse check van {name}:\n{list}",
  "checkin.summaryLine": "- {title}: {verdict}",
  "checkin.answerShape": "zet je antwoorden erachter, bijvoorbeeld: /check 1 op koers, 2 loopt achter",
} as const satisfies Record<string, CatalogueText>;
