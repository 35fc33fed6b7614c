import type { CatalogueText } from "../plural.ts";

/**
 * Dutch texts of the web overview (src/web/**): pages, filters, the Markdown summary.
 * The projectenboek's CSV/XLSX columns stay Dutch in every language (they mirror the
 * municipality's appendix and are read back by the import), so they are not here.
 */
export const nlWeb = {
  // The page frame (src/web/layout.tsx)
  "web.language": "Taal",
  /** Writing direction of the pages: "ltr", or "rtl" for a language such as Arabic. */
  "web.direction": "ltr",
  "web.skipToContent": "Naar de inhoud",
  "web.nav.label": "Onderdelen",
  "web.nav.board": "Bord",
  "web.nav.pillars": "Pijlers en doelen",
  "web.nav.meeting": "Vergadering",
  "web.nav.people": "Wie is wie",
  "web.nav.finances": "Financiën",
  "web.downloads": "Downloaden",
  "web.export.xlsx": "Projectenboek (Excel)",
  "web.export.csv": "Projectenboek (CSV)",
  "web.export.markdown": "Samenvatting per pijler (Markdown)",
  "web.export.ics": "Agenda met deadlines en vergaderingen (ICS, om te abonneren)",
  "web.footer": "Stand van {moment}. Alleen-lezen overzicht; wijzigen gaat via de bot in de groep.",
  "web.overdue": "⚠ Te laat",
  "web.dueSoon": "Binnenkort",

  // Words several pages share
  "web.pillar": "Pijler",
  "web.goal": "Doel",
  "web.ageGroup": "Doelgroep",
  "web.owner": "Eigenaar",
  "web.organisation": "Organisatie",
  "web.partners": "Partners",
  "web.deadline": "Deadline",
  "web.none": "geen",
  "web.goalTitle": "Doel: {goal}",
  "web.noGoal": "Zonder doel",
  "web.noActionsYet": "Nog geen acties.",
  "web.actionCount": { one: "{count} actie: {statuses}.", other: "{count} acties: {statuses}." },
  "web.statusCount": "{count} {status}",

  // The board (src/web/pages/board.tsx)
  "web.board.heading": "Bord {wijk}",
  "web.board.shown": "{shown} van {total} acties getoond.",
  "web.board.count": { one: "1 actie.", other: "{count} acties." },
  "web.board.noActions": "Geen acties.",
  "web.filter.label": "Acties filteren",
  "web.filter.summary": "Filter",
  "web.filter.allPillars": "Alle pijlers",
  "web.filter.allAges": "Alle leeftijden",
  "web.filter.anyone": "Iedereen",
  "web.filter.allOrganisations": "Alle organisaties",
  "web.filter.submit": "Filteren",
  "web.filter.reset": "Alle acties tonen",
  "web.card.update": "Update",
  "web.card.noUpdate": "nog geen; gewijzigd {date}",

  // One action (src/web/pages/action.tsx)
  "web.action.tablesLabel": "Gegevens, bereik en geld",
  "web.action.details": "Gegevens",
  "web.action.status": "Status",
  "web.action.started": "Gestart",
  "web.action.reachAndMoney": "Bereik en geld",
  "web.action.intendedPlanned": "Beoogd / begroot",
  "web.action.reachedSpent": "Bereikt / besteed",
  "web.action.reachPeople": "Bereik (mensen)",
  "web.action.budget": "Budget",
  "web.action.progress": "Voortgang",
  "web.action.noProgress": "Nog geen voortgang genoteerd. In de groep: /actie update {action} …",
  "web.action.history": "Geschiedenis",
  "web.action.imported": "import",
  "web.action.noHistory": "Geen wijzigingen vastgelegd.",

  // Pillars and goals (src/web/pages/pillars.tsx)
  "web.pillars.none": "Er zijn nog geen pijlers.",
  "web.pillars.actions": "Acties",
  "web.pillars.reach": "Bereik: {reached} van {intended}",
  "web.pillars.noTarget": "– (geen doel gesteld)",
  "web.pillars.reachOf": "Bereik {goal}",
  "web.pillars.actionReach": ", bereik {reached} van {intended}",
  "web.pillars.noActionsGoal": "Nog geen acties bij dit doel.",

  // The meeting (src/web/pages/meeting.tsx)
  "web.meeting.next": "Volgende vergadering",
  "web.meeting.agenda": "Agenda",
  "web.meeting.kind.besluit": "ter besluitvorming",
  "web.meeting.kind.bespreking": "ter bespreking",
  "web.meeting.kind.informatie": "ter informatie",
  "web.meeting.postponed": ", uitgesteld",
  "web.meeting.linkedAction": "— actie {action}",
  "web.meeting.noItems": "Er staan nog geen punten op de agenda.",
  "web.meeting.noNext": "Er is nog geen volgende vergadering gepland.",
  "web.meeting.decisions": "Besluiten",
  "web.meeting.noDecisions": "Er zijn nog geen besluiten vastgelegd.",

  // Who's who (src/web/pages/people.tsx)
  "web.people.count": { one: "1 persoon", other: "{count} mensen" },
  "web.people.name": "Naam",
  "web.people.role": "Rol",
  "web.people.openActions": "Open acties",
  "web.people.none": "Nog niemand aangemeld.",

  // Finances (src/web/pages/finances.tsx)
  "web.finances.byPillarLabel": "Financiën per pijler",
  "web.finances.byPillar": "Per pijler",
  "web.finances.planned": "Begroot",
  "web.finances.spent": "Besteed",
  "web.finances.remaining": "Nog te besteden",
  "web.finances.total": "Totaal",
  "web.finances.byAction": "Per actie",
  "web.finances.pillarLabel": "Financiën {pillar}",
  "web.finances.action": "Actie",
  "web.finances.noAmounts": "Geen bedragen bekend.",
  "web.finances.pillarTotal": "Totaal {pillar}",
  "web.finances.note": "Bedragen zoals de kartrekkers ze met /actie budget hebben doorgegeven. Acties zonder bedrag tellen als {zero}.",

  // The Markdown summary per pillar (samenvatting.md, src/render/projectenboek.ts)
  "web.summary.title": "Projectenboek {wijk}",
  "web.summary.asOf": "Stand van {date}.",
  "web.summary.money": "Begroot {planned}, besteed {spent}.",
  "web.summary.deadline": "deadline {date}",
  "web.summary.reach": "bereik {reached} van {intended}",
  "web.summary.spent": "besteed {spent} van {planned}",
  "web.summary.partners": "Partners: {partners}",
  "web.summary.result": "Resultaat: {result}",

  // Charts on the pages and the Voortgang page (src/web/pages/progress.tsx)
  "web.glance": "In één oogopslag",
  "web.nav.progress": "Voortgang",
  "web.progress.heading": "Voortgang {year}",
  "web.progress.intro": "Hoeveel acties van het planjaar {year} klaar zijn, maand voor maand, en hoe vaak er iets gebeurde.",
  "web.progress.otherYear": "Ander jaar",
  "web.export.report": "Jaarrapport van het planjaar (PDF)",
  "web.export.reportDocx": "Jaarrapport van het planjaar (Word)",
} as const satisfies Record<string, CatalogueText>;
