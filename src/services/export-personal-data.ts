import type { Tx } from "../db.ts";

/**
 * Everything wijkbot stores about one person (AVG/GDPR right of access), as plain data
 * ready for JSON: profile, platform identities, ownerships, their changes and notes,
 * reminders and agenda items.
 */
export async function exportPersonalData(tx: Tx, personId: string) {
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    include: {
      wijk: { select: { name: true } },
      organisation: { select: { name: true } },
      pillar: { select: { name: true } },
      identities: { select: { platform: true, externalId: true } },
      ownerships: { include: { action: { select: { title: true, status: true } } } },
      notes: { where: { removedAt: null }, select: { text: true, createdAt: true, action: { select: { title: true } } } },
      history: { select: { field: true, fromValue: true, toValue: true, createdAt: true, action: { select: { title: true } } }, orderBy: { createdAt: "asc" } },
    },
  });
  const [reminders, agendaItems, chats] = await Promise.all([
    tx.reminder.findMany({ where: { OR: [{ creatorId: personId }, { targetPersonId: personId }] }, select: { text: true, nextAt: true, recurrence: true, cancelledAt: true } }),
    tx.agendaItem.findMany({ where: { proposerId: personId }, select: { text: true, kind: true, status: true, createdAt: true } }),
    tx.chat.findMany({ where: { personId }, select: { platform: true, kind: true, createdAt: true } }),
  ]);
  return {
    wijk: person.wijk.name,
    naam: person.displayName,
    organisatie: person.organisation?.name ?? null,
    rol: person.role,
    pijler: person.pillar?.name ?? null,
    taal: person.language,
    weekoverzicht: person.digestSubscribed,
    aangemaakt: person.createdAt,
    vertrokken: person.leftAt,
    platformIdentiteiten: person.identities,
    privegesprekken: chats,
    eigenaarVan: person.ownerships.map((o) => ({ actie: o.action.title, status: o.action.status })),
    voortgangsnotities: person.notes.map((n) => ({ actie: n.action.title, tekst: n.text, op: n.createdAt })),
    wijzigingen: person.history.map((h) => ({ actie: h.action?.title ?? null, veld: h.field, van: h.fromValue, naar: h.toValue, op: h.createdAt })),
    herinneringen: reminders,
    agendapunten: agendaItems,
  };
}

