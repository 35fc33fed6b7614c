import type { Db, Tx } from "../db.ts";
import { normalizeLanguage, translator, type Translate } from "../i18n/index.ts";
import { localParts } from "../parse/dates.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import type { ScheduledAnswers } from "../scheduler/types.ts";
import { findOwnersWithOpenActions } from "./find-owners-with-open-actions.ts";
import type { CheckInItem } from "./check-in-items.ts";
import type { Rerun } from "./errors.ts";
import { onBehalfLine } from "./build-absence-return.ts";
import { absenceRouter } from "./route-for-absence.ts";

/**
 * The check-in round before each stuurgroep meeting (or monthly): the mid-year check's
 * mechanism (CheckIn rows, one numbered DM, one reminder, /check answers) with four
 * answers per action. A round is named by CheckIn.round: "meeting:<id>" or "month:YYYY-MM".
 */
export const ROUND_VERDICTS = ["op-koers", "loopt-achter", "klaar", "hulp-nodig"] as const;
export type RoundVerdict = (typeof ROUND_VERDICTS)[number];
/** An unanswered round gets one reminder this long after it went out (if that is still before it closes). */
export const CHECK_IN_ROUND_REMINDER_AFTER_DAYS = 3;

/**
 * One numbered action of a round's check-in. A stand-in's check-in also lists the actions of
 * the owner they stand in for (after their own): `for` is that owner, away until the end of
 * `until` (the absence's lastDay); the stand-in's answers count for that owner.
 */
export interface RoundItem extends CheckInItem {
  for?: string;
  until?: string;
}

/** The owner an item's answer counts for: the absent owner of a stand-in's item, else the row's person. */
export function ownerOf(item: RoundItem, rowPersonId: string): string {
  return item.for ?? rowPersonId;
}

/** Someone a stand-in is asked for: the absent owner and their last day away. */
export interface StandInFor {
  personId: string;
  lastDay: Date;
}

export interface RoundRef {
  round: string;
  meetingId: string | null;
  closesAt: Date;
}

/** The people a round goes to: owners of open actions (still in the wijk) who have not had it, themselves or through their stand-in. */
export async function checkInRoundRecipients(db: Db, input: { wijkId: string; round: string }): Promise<string[]> {
  const owners = await findOwnersWithOpenActions(db, { wijkId: input.wijkId });
  const rows = await db.checkIn.findMany({ where: { wijkId: input.wijkId, round: input.round }, select: { personId: true, items: true } });
  const already = new Set(rows.flatMap((c) => [c.personId, ...(JSON.parse(c.items) as RoundItem[]).flatMap((i) => (i.for ? [i.for] : []))]));
  return [...owners.keys()].filter((id) => !already.has(id));
}

/**
 * Opens one person's check-in of a round and returns its text in their language. A stand-in
 * also gets the open actions of each owner in `standInFor` (away now, with them as stand-in),
 * after their own and under "🤝 Voor Ahmed (afwezig t/m 29 mrt); jij bent vervanger.": one
 * list, one row, answered the same way. A row made earlier for the same delivery (same
 * sentAt, nothing answered) is sent again unchanged (a retried delivery); otherwise an
 * existing row, or nothing to ask, gives null.
 */
export async function openCheckInRound(
  tx: Tx,
  input: RoundRef & { wijkId: string; personId: string; sentAt: Date; now: Date; standInFor?: StandInFor[] },
): Promise<string | null> {
  const person = await tx.person.findUnique({ where: { id: input.personId } });
  if (!person || person.leftAt || input.closesAt <= input.now) return null;
  const year = localParts(input.sentAt).year;
  const lang = normalizeLanguage(person.language);
  const t = translator(lang);
  const title = await roundTitle(tx, input, t, lang, input.now);
  const existing = await tx.checkIn.findUnique({ where: { wijkId_personId_year_round: { wijkId: input.wijkId, personId: input.personId, year, round: input.round } } });
  if (existing) {
    if (existing.sentAt.getTime() !== input.sentAt.getTime() || existing.answeredAt || existing.answers !== "{}") return null;
    const items = JSON.parse(existing.items) as RoundItem[];
    return invite(tx, items, title, t, lang, new Map(), input.now);
  }
  const owners = await findOwnersWithOpenActions(tx, { wijkId: input.wijkId });
  const own = owners.get(input.personId)?.actions ?? [];
  const items: RoundItem[] = own.map((a, i) => ({ n: i + 1, actionId: a.id, title: a.title }));
  const deadlines = new Map(own.map((a) => [a.id, a.deadline]));
  for (const absent of input.standInFor ?? []) {
    for (const a of owners.get(absent.personId)?.actions ?? []) {
      // An action they share is asked once, as the stand-in's own.
      if (items.some((i) => i.actionId === a.id)) continue;
      items.push({ n: items.length + 1, actionId: a.id, title: a.title, for: absent.personId, until: absent.lastDay.toISOString() });
      deadlines.set(a.id, a.deadline);
    }
  }
  if (!items.length) return null;
  await tx.checkIn.create({
    data: { wijkId: input.wijkId, personId: input.personId, year, round: input.round, meetingId: input.meetingId, closesAt: input.closesAt, items: JSON.stringify(items), sentAt: input.sentAt },
  });
  return invite(tx, items, title, t, lang, deadlines, input.now);
}

async function invite(db: Tx | Db, items: RoundItem[], title: string, t: Translate, lang: string, deadlines: Map<string, Date | null>, now: Date): Promise<string> {
  const key = items.some((i) => !i.for) ? "round.invite" : "round.inviteFor";
  return t(key, { title, list: await roundList(db, items, t, lang, now, deadlines), how: t("round.how") });
}

/** A round's numbered list: the person's own actions, then per absent owner "🤝 Voor …" and theirs. */
export async function roundList(db: Tx | Db, items: readonly RoundItem[], t: Translate, lang: string, now: Date, deadlines?: Map<string, Date | null>): Promise<string> {
  const lines: string[] = [];
  let group: string | undefined;
  for (const item of items) {
    if (item.for && item.for !== group) lines.push(await onBehalfLine(db, { personId: item.for, lastDay: new Date(item.until ?? now), now, lang }));
    group = item.for;
    lines.push(itemList([item], t, lang, deadlines, now));
  }
  return lines.join("\n");
}

/**
 * Of a stand-in's items for absent owners, the owners they still stand in for at `now` (the
 * owner away, with them as stand-in who is not away); the stand-in's own items need nothing.
 */
export async function stillStandingIn(db: Tx | Db, input: { wijkId: string; standInId: string; items: readonly RoundItem[]; now: Date }): Promise<Set<string>> {
  const absent = [...new Set(input.items.flatMap((i) => (i.for ? [i.for] : [])))];
  if (!absent.length) return new Set();
  const route = await absenceRouter(db, input.wijkId, { from: input.now, to: input.now });
  return new Set(
    absent.filter((id) => {
      const r = route(id, input.now);
      return r.kind === "stand-in" && r.personId === input.standInId;
    }),
  );
}

/** The one reminder for a round still unanswered, listing what is still open; null when answered, closed or left. */
export async function checkInRoundReminder(db: Db, input: { checkInId: string; now: Date }): Promise<string | null> {
  const checkIn = await db.checkIn.findUnique({ where: { id: input.checkInId } });
  if (!checkIn || checkIn.answeredAt || (checkIn.closesAt && checkIn.closesAt <= input.now)) return null;
  const person = await db.person.findUnique({ where: { id: checkIn.personId } });
  if (!person || person.leftAt) return null;
  const answers = JSON.parse(checkIn.answers) as Record<string, string>;
  const unanswered = (JSON.parse(checkIn.items) as RoundItem[]).filter((i) => !answers[String(i.n)]);
  // A stand-in is not reminded of the actions of someone who is back (or has another stand-in now).
  const standingIn = await stillStandingIn(db, { wijkId: checkIn.wijkId, standInId: checkIn.personId, items: unanswered, now: input.now });
  const items = unanswered.filter((i) => !i.for || standingIn.has(i.for));
  if (!items.length) return null;
  await db.checkIn.update({ where: { id: checkIn.id }, data: { remindedAt: input.now } });
  const lang = normalizeLanguage(person.language);
  const t = translator(lang);
  const title = (await roundTitle(db, { round: checkIn.round, meetingId: checkIn.meetingId }, t, lang, input.now)).replace(/^🧭 \*|\*$/g, "");
  return t("round.reminder", { title, list: await roundList(db, items, t, lang, input.now), how: t("round.how") });
}

/**
 * The one-tap answers under a round's DM: 1 op koers · 2 loopt achter · 3 klaar · 4 hulp
 * nodig, each the /check answer the person could have typed, for the first action still
 * without an answer (the reply then asks the next one).
 */
export function checkInRoundAnswers(lang?: string): ScheduledAnswers {
  const t = translator(lang);
  const options: { label: string; rerun: Rerun }[] = ROUND_VERDICTS.map((v, i) => ({ label: t(`round.answer.${v}`), rerun: { text: `/check ${i + 1}` } }));
  return {
    line: t("round.buttons"),
    choices: options.map((o, i) => ({ label: o.label, answer: String(i + 1) })),
    payload: { kind: "choice", options: options.map((o) => o.rerun), labels: options.map((o) => o.label) },
  };
}

/** "Check-in voor de stuurgroep van do 19 feb 19:30" or "Check-in van februari". */
export async function roundTitle(db: Tx | Db, ref: Pick<RoundRef, "round" | "meetingId">, t: Translate, lang: string, now: Date): Promise<string> {
  const meeting = ref.meetingId ? await db.meeting.findUnique({ where: { id: ref.meetingId }, select: { startsAt: true } }) : null;
  if (meeting) return t("round.titleMeeting", { meeting: formatMoment(meeting.startsAt, now, lang) });
  const month = /^month:(\d{4})-(\d{2})$/.exec(ref.round);
  const months = t("calendar.months").split(" ");
  return t("round.titleMonth", { month: month ? `${months[Number(month[2]) - 1]} ${month[1]}` : "" });
}

export function itemList(items: readonly CheckInItem[], t: Translate, lang: string, deadlines?: Map<string, Date | null>, now?: Date): string {
  return items
    .map((i) => {
      const deadline = deadlines?.get(i.actionId);
      return t("round.item", { n: i.n, title: i.title, deadline: deadline ? ` (${formatDay(deadline, now, lang)})` : "" });
    })
    .join("\n");
}
