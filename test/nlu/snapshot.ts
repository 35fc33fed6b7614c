/**
 * A normalised snapshot of a world's domain state, for "did the message do the same as
 * the canonical commands?". It leaves out what differs between two worlds that did the
 * same thing (ids, history rows, updatedAt/lastActivityAt/createdAt, processed messages,
 * prompts, chats) and folds free text, so only what a person would notice remains:
 *
 * - actions: title, status, deadline, pillar, owners, partners, reach, budget, age group, deleted
 * - progress notes per action (text folded; a leading "want"/"omdat"/… dropped)
 * - reminders: text, target, action, moment, recurrence, kind, cancelled
 * - agenda items, decisions, meetings, holidays, pillars
 * - people: name, role, pillar, organisation, language, weekly digest, left, erased
 * - absences: person, stand-in, first day, last day, ended
 * - date polls: chat, place, options, who voted for which, closed, the meeting planned from it
 * - check-ins: person, round, answers, answered
 *
 * Read with a plain SQLite connection (better-sqlite3): much faster than Prisma.
 */
import type { Statement } from "better-sqlite3";
import type { World } from "./world.ts";

export type Snapshot = Record<string, unknown[]>;

/** Lower case, accents off, anything but letters, digits and spaces (punctuation, emoji) removed, whitespace collapsed. */
export function fold(text: string | null | undefined): string {
  return (text ?? "")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Folded, and a leading article or linking word ("de", "aan", "om", "to", …) dropped: judgement calls of wording, not of understanding. */
export function foldLoose(text: string | null | undefined): string {
  let out = fold(text);
  for (;;) {
    const next = out.replace(/^(de|het|een|the|a|an|aan|om|dat|over|to|about|that|mijn|je|jouw|hun|zijn|haar|ons|onze|my|your|their)\s+/, "");
    if (next === out) return out;
    out = next;
  }
}

/** A progress note: every word counts, except a leading "want", "omdat", "because", … that only links it to a status. */
export function foldNote(text: string | null | undefined): string {
  return fold(text).replace(/^(want|omdat|aangezien|maar|en|dus|dat|ivm|i v m|vanwege|because|since|as|but|so|that)\s+/, "");
}

const iso = (value: unknown): string | null => (value == null ? null : new Date(String(value)).toISOString());

/** Prepared statements per connection: preparing costs more than running these small queries. */
const statements = new WeakMap<World["sqlite"], Map<string, Statement<[], Record<string, unknown>>>>();

export function takeSnapshot(world: World): Snapshot {
  const db = world.sqlite;
  let prepared = statements.get(db);
  if (!prepared) statements.set(db, (prepared = new Map()));
  const all = (sql: string) => {
    let statement = prepared!.get(sql);
    if (!statement) prepared!.set(sql, (statement = db.prepare<[], Record<string, unknown>>(sql)));
    return statement.all();
  };
  const people = new Map(all(`SELECT id, displayName FROM Person`).map((p) => [p.id, p.displayName as string]));
  const actionTitles = new Map(all(`SELECT id, title FROM Action`).map((a) => [a.id, foldLoose(a.title as string)]));
  const chats = new Map(all(`SELECT id, kind FROM Chat`).map((c) => [c.id, c.kind as string]));
  const meetings = new Map(all(`SELECT id, startsAt FROM Meeting`).map((m) => [m.id, iso(m.startsAt)]));
  const agendaTexts = new Map(all(`SELECT id, text FROM AgendaItem`).map((a) => [a.id, foldLoose(a.text as string)]));

  const owners = groupBy(all(`SELECT o.actionId k, p.displayName v FROM ActionOwner o JOIN Person p ON p.id = o.personId`));
  const partners = groupBy(all(`SELECT ap.actionId k, o.name v FROM ActionPartner ap JOIN Organisation o ON o.id = ap.organisationId`), foldLoose);
  const notes = groupBy(all(`SELECT actionId k, text v FROM ProgressNote WHERE removedAt IS NULL`), foldNote);

  const actions = all(
    `SELECT a.id, a.title, a.status, a.deadline, p.name pillar, a.ageGroup, a.reachIntended, a.reachReached,
            a.budgetPlannedCents, a.budgetSpentCents, a.deletedAt
     FROM Action a LEFT JOIN Pillar p ON p.id = a.pillarId`,
  ).map((a) => ({
    title: foldLoose(a.title as string),
    status: a.status,
    deadline: iso(a.deadline),
    pillar: a.pillar ?? null,
    ageGroup: a.ageGroup ?? null,
    owners: owners.get(a.id as string) ?? [],
    partners: partners.get(a.id as string) ?? [],
    reach: [a.reachIntended ?? null, a.reachReached ?? null],
    budget: [a.budgetPlannedCents ?? null, a.budgetSpentCents ?? null],
    deleted: a.deletedAt != null,
    notes: notes.get(a.id as string) ?? [],
  }));

  const reminders = all(`SELECT text, kind, targetPersonId, targetChatId, actionId, recurrence, nextAt, cancelledAt, creatorId FROM Reminder`).map((r) => ({
    text: foldLoose(r.text as string),
    kind: r.kind,
    by: people.get(r.creatorId as string) ?? null,
    target: r.targetPersonId ? `person:${people.get(r.targetPersonId as string)}` : r.targetChatId ? `chat:${chats.get(r.targetChatId as string)}` : null,
    action: r.actionId ? actionTitles.get(r.actionId as string) : null,
    recurrence: r.recurrence ? JSON.parse(r.recurrence as string) : null,
    nextAt: iso(r.nextAt),
    cancelled: r.cancelledAt != null,
  }));

  const agenda = all(`SELECT text, kind, status, position, meetingId, actionId, proposerId FROM AgendaItem`).map((i) => ({
    text: foldLoose(i.text as string),
    kind: i.kind,
    status: i.status,
    position: i.position,
    meeting: i.meetingId ? meetings.get(i.meetingId as string) : null,
    action: i.actionId ? actionTitles.get(i.actionId as string) : null,
    by: i.proposerId ? people.get(i.proposerId as string) : null,
  }));

  const decisions = all(`SELECT text, meetingId, agendaItemId, createdById FROM Decision`).map((d) => ({
    text: foldLoose(d.text as string),
    meeting: d.meetingId ? meetings.get(d.meetingId as string) : null,
    item: d.agendaItemId ? agendaTexts.get(d.agendaItemId as string) : null,
    by: d.createdById ? people.get(d.createdById as string) : null,
  }));

  const meetingRows = all(`SELECT startsAt, place, closedAt FROM Meeting`).map((m) => ({
    startsAt: iso(m.startsAt),
    place: foldLoose(m.place as string | null) || null,
    closed: m.closedAt != null,
  }));

  const personRows = all(
    `SELECT p.displayName, p.role, pi.name pillar, o.name org, p.language, p.digestSubscribed, p.leftAt, p.erasedAt
     FROM Person p LEFT JOIN Pillar pi ON pi.id = p.pillarId LEFT JOIN Organisation o ON o.id = p.organisationId`,
  ).map((p) => ({
    name: p.displayName,
    role: p.role,
    pillar: p.pillar ?? null,
    org: p.org ?? null,
    language: p.language,
    digest: Boolean(p.digestSubscribed),
    left: p.leftAt != null,
    erased: p.erasedAt != null,
  }));

  const holidays = all(`SELECT startDate, endDate FROM Holiday`).map((h) => ({ from: iso(h.startDate), to: iso(h.endDate) }));
  const pillars = all(`SELECT name FROM Pillar`).map((p) => p.name);
  // Absences: who, until which day, with which stand-in, ended or not (the first day is the day it was said).
  const absences = all(`SELECT personId, standInId, startsAt, lastDay, endedAt FROM Absence`).map((a) => ({
    person: people.get(a.personId as string) ?? null,
    standIn: a.standInId ? (people.get(a.standInId as string) ?? null) : null,
    from: iso(a.startsAt)?.slice(0, 10) ?? null,
    lastDay: iso(a.lastDay),
    ended: a.endedAt != null,
  }));

  // Date polls: the options by number, each person's votes by number (a vote is a change like any other).
  const optionRows = all(`SELECT id, pollId, position, startsAt FROM DatePollOption`);
  const optionPosition = new Map(optionRows.map((o) => [o.id, o.position as number]));
  const votes = groupBy(all(`SELECT v.pollId k, p.displayName || ':' || v.optionId v FROM DatePollVote v JOIN Person p ON p.id = v.personId`), (v) => {
    const [name, optionId] = v.split(":");
    return `${name}:${optionPosition.get(optionId)}`;
  });
  const options = groupBy(optionRows.map((o) => ({ k: o.pollId, v: `${o.position}:${iso(o.startsAt)}` })));
  const polls = all(`SELECT id, chatId, place, closedAt, meetingId FROM DatePoll`).map((d) => ({
    chat: chats.get(d.chatId as string) ?? null,
    place: foldLoose(d.place as string | null) || null,
    options: options.get(d.id) ?? [],
    votes: votes.get(d.id) ?? [],
    closed: d.closedAt != null,
    meeting: d.meetingId ? (meetings.get(d.meetingId as string) ?? null) : null,
  }));
  const checkIns = all(`SELECT personId, year, round, answers, answeredAt FROM CheckIn`).map((c) => ({
    person: people.get(c.personId as string) ?? null,
    year: c.year,
    round: c.round,
    answers: c.answers,
    answered: c.answeredAt != null,
  }));

  return {
    actions: sorted(actions),
    reminders: sorted(reminders),
    agenda: sorted(agenda),
    decisions: sorted(decisions),
    meetings: sorted(meetingRows),
    people: sorted(personRows),
    holidays: sorted(holidays),
    pillars: sorted(pillars),
    absences: sorted(absences),
    datePolls: sorted(polls),
    checkIns: sorted(checkIns),
  };
}

export function sameSnapshot(a: Snapshot, b: Snapshot): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What differs, short and readable: per action the fields that changed ("Buurtmoestuin.status: bezig → klaar"), else whole rows ("reminders: +{…}"). */
export function diffSnapshots(from: Snapshot, to: Snapshot): string {
  const parts: string[] = [];
  for (const key of Object.keys({ ...from, ...to })) {
    let a = (from[key] ?? []).map((x) => JSON.stringify(x));
    let b = (to[key] ?? []).map((x) => JSON.stringify(x));
    if (key === "actions") {
      const before = new Map((from[key] ?? []).map((x) => [(x as { title: string }).title, x as Record<string, unknown>]));
      const after = new Map((to[key] ?? []).map((x) => [(x as { title: string }).title, x as Record<string, unknown>]));
      for (const [title, old] of before) {
        const now = after.get(title);
        if (!now) continue;
        for (const field of Object.keys({ ...old, ...now })) {
          const x = JSON.stringify(old[field]);
          const y = JSON.stringify(now[field]);
          if (x !== y) parts.push(`${title}.${field}: ${x} → ${y}`);
        }
      }
      a = [...before].filter(([t]) => !after.has(t)).map(([, x]) => JSON.stringify(x));
      b = [...after].filter(([t]) => !before.has(t)).map(([, x]) => JSON.stringify(x));
    }
    const removed = a.filter((x) => !b.includes(x));
    const added = b.filter((x) => !a.includes(x));
    if (!removed.length && !added.length) continue;
    parts.push(`${key}: ${removed.map((x) => `-${x}`).join(" ")} ${added.map((x) => `+${x}`).join(" ")}`.trim());
  }
  return parts.join(" | ");
}

function groupBy(rows: Record<string, unknown>[], map: (v: string) => string = (v) => v): Map<unknown, string[]> {
  const out = new Map<unknown, string[]>();
  for (const row of rows) {
    const list = out.get(row.k) ?? [];
    list.push(map(row.v as string));
    out.set(row.k, list);
  }
  for (const list of out.values()) list.sort();
  return out;
}

function sorted<T>(rows: T[]): T[] {
  return rows.map((r) => [JSON.stringify(r), r] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).map(([, r]) => r);
}
