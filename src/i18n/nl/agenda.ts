import type { CatalogueText } from "../plural.ts";

/** Dutch texts of the meeting agenda: /agenda, /agendapunt and the agenda as sent ahead. */
export const nlAgenda = {
  "agenda.manage": "\nVolgorde: /agenda volgorde 3 1 2 · accepteren: /agenda accepteer <nr> · uitstellen: /agenda uitstellen <nr>",
  "agenda.proposeHint": "\nVoorstellen: /agendapunt <tekst> [besluit|bespreking|informatie] [actie <naam>]",
  "agenda.numbers": "noem de nummers van de agendapunten, bijvoorbeeld 2 of 2 3",
  "agenda.numberMissing": "noem het nummer van het agendapunt (zie /agenda)",
  "agenda.manageWhat": "agendapunten beheren",
  "agenda.orderWhat": "de agenda ordenen",
  "agenda.orderOnly": "gebruik alleen nummers, bijvoorbeeld: /agenda volgorde 3 1 2",
  "agenda.orderMissing": "noem de nummers in de nieuwe volgorde, bijvoorbeeld: /agenda volgorde 3 1 2",
  "agenda.newOrder": "🔀 Nieuwe volgorde:\n{agenda}",
  "agenda.undone": "↩️ De agenda staat weer zoals hij was:\n{agenda}",
  "agenda.undoneShort": "↩️ De agenda staat weer zoals hij was.",
  "agenda.undoTooLate": "\"{text}\" is al opgenomen of er is al een besluit over genomen: dat haal ik niet meer van de agenda. De coördinator kan het uitstellen (/agenda uitstellen <nr>).",
  "agenda.deferredTo": "⏭️ \"{text}\" schuift door naar de vergadering van {date}.",
  "agenda.deferredNext": "⏭️ \"{text}\" schuift door naar de volgende vergadering.",
  "agenda.accepted": "👍 {n}. \"{text}\" is geaccepteerd.",
  "agenda.handled": "✔️ {n}. \"{text}\" is behandeld.",
  "agenda.showAll": "Typ /agenda voor de hele agenda.",

  // The agenda as sent ahead and shown by /agenda (src/render/agenda.ts)
  "agenda.title": "🗓️ *Agenda stuurgroep {meeting}*",
  "agenda.empty": "Nog geen agendapunten. Voorstellen: /agendapunt <tekst>",
  "agenda.kind.besluit": "besluit",
  "agenda.kind.bespreking": "bespreking",
  "agenda.kind.informatie": "informatie",
  "agenda.mark.proposed": "voorstel",
  "agenda.mark.deferred": "doorgeschoven",
  "agenda.mark.handled": "behandeld ✓",
  "agenda.actionLine": "Actie {title}: {status}; {update}",
  "agenda.lastUpdate": "laatste update {date}: \"{text}\"",
  "agenda.noUpdate": "nog geen update",
  "agenda.pillarsTitle": "*Stand per pijler*",
  "agenda.pillarNoActions": "nog geen acties",
  "agenda.pillarOverdue": "Over de deadline: {titles}.",
  "agenda.pillarLatest": "Laatste update ({title}, {date}): \"{text}\"",
} as const satisfies Record<string, CatalogueText>;
