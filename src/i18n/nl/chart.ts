import type { CatalogueText } from "../plural.ts";

/**
 * Dutch texts of the charts (src/render/charts.ts): legends, axis words, and the text
 * alternative of each chart (one sentence plus a table) for screen readers and print.
 */
export const nlChart = {
  "chart.status.title": "Acties per pijler en status",
  "chart.status.sentence": "{parts}.",
  "chart.status.part": "{pillar}: {done} van {total} klaar",
  "chart.status.partOverdue": "{pillar}: {done} van {total} klaar, {overdue} te laat",
  "chart.status.overdueLabel": "{count} te laat",
  "chart.status.empty": "Er zijn nog geen acties.",
  "chart.overdue": "Te laat",
  "chart.reach.title": "Bereik: bereikt tegen beoogd",
  "chart.reach.sentence": "Bereikt tegen beoogd: {parts}.",
  "chart.reach.part": "{label} {reached} van {intended}",
  "chart.reach.partNoTarget": "{label} {reached} (geen doel)",
  "chart.reach.empty": "Er is nog geen bereik vastgelegd.",
  "chart.reach.reached": "Bereikt",
  "chart.reach.intended": "Beoogd",
  "chart.budget.title": "Begroot tegen besteed",
  "chart.budget.sentence": "In totaal {planned} begroot en {spent} besteed ({percent}%). {parts}.",
  "chart.budget.part": "{label}: {planned} begroot, {spent} besteed",
  "chart.budget.empty": "Er zijn nog geen bedragen vastgelegd.",
  "chart.budget.planned": "Begroot",
  "chart.budget.spent": "Besteed",
  "chart.budget.total": "Totaal",
  "chart.burnup.title": "Afgeronde acties per maand in {year}",
  "chart.burnup.sentence": "Eind {month} waren {done} van de {total} acties van {year} klaar.",
  "chart.burnup.sentenceNone": "Het planjaar {year} is nog niet begonnen.",
  "chart.burnup.empty": "In {year} stonden geen acties op het plan.",
  "chart.burnup.done": "Klaar (opgeteld)",
  "chart.burnup.total": "Alle acties",
  "chart.burnup.month": "Maand",
  "chart.burnup.doneInMonth": "Klaar in de maand",
  "chart.updates.title": "Berichten en wijzigingen per maand in {year}",
  "chart.updates.sentence": "In {year} tot nu toe {notes} voortgangsberichten en {changes} wijzigingen; de drukste maand was {busiest}.",
  "chart.updates.sentenceNone": "In {year} zijn nog geen voortgangsberichten of wijzigingen.",
  "chart.updates.notes": "Voortgangsberichten",
  "chart.updates.changes": "Wijzigingen",
  "chart.tableCaption": "{title} (als tabel)",
  "chart.group": "Groep",
} as const satisfies Record<string, CatalogueText>;
