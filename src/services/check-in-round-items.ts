import type { Db, Tx } from "../db.ts";
import { translator, type Translate } from "../i18n/index.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import type { ScheduledAnswers } from "../scheduler/types.ts";
import type { CheckInItem } from "./check-in-items.ts";
import type { Rerun } from "./errors.ts";
import { onBehalfLine } from "./on-behalf-line.ts";
import { absenceRouter } from "./route-for-absence.ts";

/**
 * The check-in round before each stuurgroep meeting (or monthly): the mid-year check's
 * mechanism (CheckIn rows, one numbered DM, one reminder, /check answers) with four
 * answers per action. A round is named by CheckIn.round: "meeting:<id>" or "month:YYYY-MM".
 * What the round's use cases share: verdicts, items, the list and title of a round.
 */
export const ROUND_VERDICTS = ["op-koers", "loopt-achter", "klaar", "hulp-nodig"] as const;

export type RoundVerdict = (typeof ROUND_VERDICTS)[number];

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
  return roundTitleText({ round: ref.round, meetingStartsAt: await roundMeetingStart(db, ref) }, t, lang, now);
}

/** When the round's meeting starts; null for a monthly round or a meeting no longer there. */
export async function roundMeetingStart(db: Tx | Db, ref: Pick<RoundRef, "meetingId">): Promise<Date | null> {
  const meeting = ref.meetingId ? await db.meeting.findUnique({ where: { id: ref.meetingId }, select: { startsAt: true } }) : null;
  return meeting?.startsAt ?? null;
}

/** roundTitle once the meeting's start is known. */
export function roundTitleText(ref: { round: string; meetingStartsAt: Date | null }, t: Translate, lang: string, now: Date): string {
  if (ref.meetingStartsAt) return t("round.titleMeeting", { meeting: formatMoment(ref.meetingStartsAt, now, lang) });
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
