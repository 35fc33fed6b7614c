import type { Db, Tx } from "../db.ts";
import { normalizeLanguage, translator, type Translate } from "../i18n/index.ts";
import { localParts } from "../parse/dates.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import type { ScheduledAnswers } from "../scheduler/types.ts";
import { ownersWithOpenActions, type CheckInItem } from "./mid-year-check-in.ts";
import type { Rerun } from "./errors.ts";

/**
 * The check-in round before each stuurgroep meeting (or monthly): the mid-year check's
 * mechanism (CheckIn rows, one numbered DM, one reminder, /check answers) with four
 * answers per action. A round is named by CheckIn.round: "meeting:<id>" or "month:YYYY-MM".
 */
export const ROUND_VERDICTS = ["op-koers", "loopt-achter", "klaar", "hulp-nodig"] as const;
export type RoundVerdict = (typeof ROUND_VERDICTS)[number];
/** An unanswered round gets one reminder this long after it went out (if that is still before it closes). */
export const CHECK_IN_ROUND_REMINDER_AFTER_DAYS = 3;

export interface RoundRef {
  round: string;
  meetingId: string | null;
  closesAt: Date;
}

/** The people a round goes to: owners of open actions (still in the wijk) who have not had it. */
export async function checkInRoundRecipients(db: Db, input: { wijkId: string; round: string }): Promise<string[]> {
  const owners = await ownersWithOpenActions(db, { wijkId: input.wijkId });
  const already = new Set((await db.checkIn.findMany({ where: { wijkId: input.wijkId, round: input.round }, select: { personId: true } })).map((c) => c.personId));
  return [...owners.keys()].filter((id) => !already.has(id));
}

/**
 * Opens one person's check-in of a round and returns its text in their language. A row
 * made earlier for the same delivery (same sentAt, nothing answered) is sent again
 * unchanged (a retried delivery); otherwise an existing row, or nobody to ask, gives null.
 */
export async function openCheckInRound(tx: Tx, input: RoundRef & { wijkId: string; personId: string; sentAt: Date; now: Date }): Promise<string | null> {
  const person = await tx.person.findUnique({ where: { id: input.personId } });
  if (!person || person.leftAt || input.closesAt <= input.now) return null;
  const year = localParts(input.sentAt).year;
  const lang = normalizeLanguage(person.language);
  const t = translator(lang);
  const title = await roundTitle(tx, input, t, lang, input.now);
  const existing = await tx.checkIn.findUnique({ where: { wijkId_personId_year_round: { wijkId: input.wijkId, personId: input.personId, year, round: input.round } } });
  if (existing) {
    if (existing.sentAt.getTime() !== input.sentAt.getTime() || existing.answeredAt || existing.answers !== "{}") return null;
    return t("round.invite", { title, list: itemList(JSON.parse(existing.items) as CheckInItem[], t, lang, new Map(), input.now), how: t("round.how") });
  }
  const own = (await ownersWithOpenActions(tx, { wijkId: input.wijkId })).get(input.personId)?.actions ?? [];
  if (!own.length) return null;
  const items: CheckInItem[] = own.map((a, i) => ({ n: i + 1, actionId: a.id, title: a.title }));
  await tx.checkIn.create({
    data: { wijkId: input.wijkId, personId: input.personId, year, round: input.round, meetingId: input.meetingId, closesAt: input.closesAt, items: JSON.stringify(items), sentAt: input.sentAt },
  });
  return t("round.invite", { title, list: itemList(items, t, lang, new Map(own.map((a) => [a.id, a.deadline])), input.now), how: t("round.how") });
}

/** The one reminder for a round still unanswered, listing what is still open; null when answered, closed or left. */
export async function checkInRoundReminder(db: Db, input: { checkInId: string; now: Date }): Promise<string | null> {
  const checkIn = await db.checkIn.findUnique({ where: { id: input.checkInId } });
  if (!checkIn || checkIn.answeredAt || (checkIn.closesAt && checkIn.closesAt <= input.now)) return null;
  const person = await db.person.findUnique({ where: { id: checkIn.personId } });
  if (!person || person.leftAt) return null;
  const answers = JSON.parse(checkIn.answers) as Record<string, string>;
  const items = (JSON.parse(checkIn.items) as CheckInItem[]).filter((i) => !answers[String(i.n)]);
  if (!items.length) return null;
  await db.checkIn.update({ where: { id: checkIn.id }, data: { remindedAt: input.now } });
  const lang = normalizeLanguage(person.language);
  const t = translator(lang);
  const title = (await roundTitle(db, { round: checkIn.round, meetingId: checkIn.meetingId }, t, lang, input.now)).replace(/^🧭 \*|\*$/g, "");
  return t("round.reminder", { title, list: itemList(items, t, lang), how: t("round.how") });
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
