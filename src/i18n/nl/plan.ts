import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /jaarplan: the plan year, carrying actions over, the year's summary. */
export const nlPlan = {
  // /jaarplan
  "plan.what": "het jaarplan instellen",
  "plan.none": "{wijk} heeft nog geen planjaar. Stel het in: /jaarplan {year}",
  "plan.current": "📅 Planjaar van {wijk}: {year}. {open} open, {done} klaar, {stopped} gestopt.\nOverzicht: /jaarplan overzicht — open acties meenemen naar volgend jaar: /jaarplan {next} meenemen",
  "plan.set": "📅 Het planjaar van {wijk} is nu {year}. Nieuwe acties horen bij {year}.",
  "plan.unchanged": "Het planjaar was al {year}; er is niets veranderd.",
  "plan.carried": "📅 Planjaar {year}: {count} open acties meegenomen uit {from}.",
  "plan.carriedNothing": "📅 Planjaar {year}. Er waren geen open acties uit {from} om mee te nemen.",
  "plan.yearShape": "noem een jaar, bijvoorbeeld: /jaarplan 2026, /jaarplan 2027 meenemen of /jaarplan overzicht",
  "plan.yearRange": "kies een jaar tussen 2000 en 2100",
  "plan.summaryTitle": "*Jaaroverzicht {year} — {wijk}*",
  "plan.summaryPillar": "*{pillar}*: {done} klaar, {running} lopend, {stopped} gestopt{reach}",
  "plan.summaryReach": " — bereik {reached} van {intended} bedoeld",
  "plan.summaryNoPillar": "Zonder pijler",
  "plan.summaryEmpty": "In {year} zijn er geen acties.",
  "plan.summaryCheckIns": "Tussentijdse check: {answered} van {sent} eigenaren antwoordden.",
  "plan.checkSent": "🧭 Tussentijdse check verstuurd aan {count} eigenaren.",
  "plan.checkNone": "Er is niemand meer om de tussentijdse check aan te sturen (iedereen met open acties kreeg hem al).",
} as const satisfies Record<string, CatalogueText>;
