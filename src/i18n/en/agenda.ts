import type { CatalogueText } from "../plural.ts";
import type { nlAgenda } from "../nl/agenda.ts";

/** English texts of the meeting agenda: /agenda, /agendapunt and the agenda as sent ahead (keys as in nl/agenda.ts). */
export const enAgenda: Record<keyof typeof nlAgenda, CatalogueText> = {
  "agenda.manage": "\nOrder: /agenda order 3 1 2 · accept: /agenda accept <no.> · defer: /agenda defer <no.>",
  "agenda.proposeHint": "\nPropose: /agenda add <text> [besluit|bespreking|informatie] [actie <name>]",
  "agenda.numbers": "give the numbers of the agenda items, for example 2 or 2 3",
  "agenda.numberMissing": "give the number of the agenda item (see /agenda)",
  "agenda.manageWhat": "manage agenda items",
  "agenda.orderWhat": "order the agenda",
  "agenda.orderOnly": "use numbers only, for example: /agenda order 3 1 2",
  "agenda.orderMissing": "give the numbers in the new order, for example: /agenda order 3 1 2",
  "agenda.newOrder": "🔀 New order:\n{agenda}",
  "agenda.undone": "↩️ The agenda is back as it was:\n{agenda}",
  "agenda.undoneShort": "↩️ The agenda is back as it was.",
  "agenda.undoTooLate": "\"{text}\" has already been taken up or decided on: I won't take it off the agenda any more. The coördinator can postpone it (/agenda uitstellen <nr>).",
  "agenda.deferredTo": "⏭️ \"{text}\" moves on to the meeting of {date}.",
  "agenda.deferredNext": "⏭️ \"{text}\" moves on to the next meeting.",
  "agenda.accepted": "👍 {n}. \"{text}\" is accepted.",
  "agenda.handled": "✔️ {n}. \"{text}\" has been dealt with.",
  "agenda.showAll": "Type /agenda for the whole agenda.",

  "agenda.title": "🗓️ *Steering group agenda {meeting}*",
  "agenda.empty": "No agenda items yet. To propose one: /agendapunt <text>",
  "agenda.kind.besluit": "decision",
  "agenda.kind.bespreking": "discussion",
  "agenda.kind.informatie": "information",
  "agenda.mark.proposed": "proposal",
  "agenda.mark.deferred": "carried over",
  "agenda.mark.handled": "dealt with ✓",
  "agenda.actionLine": "Action {title}: {status}; {update}",
  "agenda.lastUpdate": "last update {date}: \"{text}\"",
  "agenda.noUpdate": "no update yet",
  "agenda.pillarsTitle": "*Per pillar*",
  "agenda.pillarNoActions": "no actions yet",
  "agenda.pillarOverdue": "Past the deadline: {titles}.",
  "agenda.pillarLatest": "Latest update ({title}, {date}): \"{text}\"",
};
