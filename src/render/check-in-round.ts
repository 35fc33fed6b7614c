import type { Translate } from "../i18n/index.ts";
import { formatDay, formatMoment, joinNames } from "./format.ts";
import { onBehalfText } from "./absence.ts";
import type { ScheduledAnswers } from "../scheduler/types.ts";
import type { Rerun } from "../core/errors.ts";
import { ROUND_VERDICTS, type CheckInRoundList, type RoundListItem, type RoundTitle, type RoundVerdict } from "../check-in/check-in-round-items.ts";
import type { CheckInRoundState, TitledCheckInRound } from "../check-in/round-state.ts";
import type { RoundAnswerResult } from "../services/answer-check-in-round.ts";
import type { Choice } from "../core/types.ts";

/** "🧭 *Check-in voor de stuurgroep van do 19 feb 19:30*" or "🧭 *Check-in van februari 2026*". */
export function renderRoundTitle(ref: RoundTitle, t: Translate, lang: string, now: Date): string {
  if (ref.meetingStartsAt) return t("round.titleMeeting", { meeting: formatMoment(ref.meetingStartsAt, now, lang) });
  const month = /^month:(\d{4})-(\d{2})$/.exec(ref.round);
  const months = t("calendar.months").split(" ");
  return t("round.titleMonth", { month: month ? `${months[Number(month[2]) - 1]} ${month[1]}` : "" });
}

/** The title without its compass and bold, for inside a sentence. */
function plainRoundTitle(ref: RoundTitle, t: Translate, lang: string, now: Date): string {
  return renderRoundTitle(ref, t, lang, now).replace(/^🧭 \*|\*$/g, "");
}

/** A round's numbered list: the person's own actions, then per absent owner "🤝 Voor …" and theirs. */
export function renderRoundList(items: readonly RoundListItem[], t: Translate, lang: string, now: Date): string {
  const lines: string[] = [];
  let group: string | undefined;
  for (const item of items) {
    if (item.for && item.for.personId !== group) lines.push(onBehalfText(item.for, now, lang));
    group = item.for?.personId;
    lines.push(t("round.item", { n: item.n, title: item.title, deadline: item.deadline ? ` (${formatDay(item.deadline, now, lang)})` : "" }));
  }
  return lines.join("\n");
}

/** The round's direct message: the title, the numbered list and how to answer ("round.inviteFor" when every action is someone else's). */
export function renderCheckInRoundInvite(list: CheckInRoundList, t: Translate, lang: string, now: Date): string {
  const key = list.items.some((i) => !i.for) ? "round.invite" : "round.inviteFor";
  return t(key, { title: renderRoundTitle(list, t, lang, now), list: renderRoundList(list.items, t, lang, now), how: t("round.how") });
}

/** The one reminder of a round: what is still open and how to answer. */
export function renderCheckInRoundReminder(list: CheckInRoundList, t: Translate, lang: string, now: Date): string {
  return t("round.reminder", { title: plainRoundTitle(list, t, lang, now), list: renderRoundList(list.items, t, lang, now), how: t("round.how") });
}

/**
 * The one-tap answers under a round's DM: 1 op koers · 2 loopt achter · 3 klaar · 4 hulp
 * nodig, each the /check answer the person could have typed, for the first action still
 * without an answer (the reply then asks the next one).
 */
export function renderCheckInRoundAnswers(t: Translate): ScheduledAnswers {
  const options: { label: string; rerun: Rerun }[] = ROUND_VERDICTS.map((v, i) => ({ label: t(`round.answer.${v}`), rerun: { text: `/check ${i + 1}` } }));
  return {
    line: t("round.buttons"),
    choices: options.map((o, i) => ({ label: o.label, answer: String(i + 1) })),
    payload: { kind: "choice", options: options.map((o) => o.rerun), labels: options.map((o) => o.label) },
  };
}

/** /checkin: "answered n of m" and who has not, in the reader's language. */
export function renderCheckInRoundState(round: TitledCheckInRound, t: Translate, lang: string, now: Date): string {
  const { state } = round;
  const waiting = state.people.filter((p) => !p.answered).map((p) => p.name);
  return t("round.state", {
    title: renderRoundTitle({ round: state.round, meetingStartsAt: round.meetingStartsAt }, t, lang, now),
    sent: formatDay(state.sentAt, now, lang),
    answered: state.people.length - waiting.length,
    total: state.people.length,
    missing: waiting.length ? t("round.stateMissing", { names: joinNames(waiting, lang) }) : "",
  });
}

/** The digest's check-in lines: how many answered, who is behind or needs help, who has not answered. */
export function checkInRoundDigestLines(round: TitledCheckInRound, t: Translate, lang: string, now: Date): string {
  const { state } = round;
  const waiting = state.people.filter((p) => !p.answered).map((p) => p.name);
  const pick = (verdict: RoundVerdict) => state.people.flatMap((p) => p.items.filter((i) => i.verdict === verdict).map((i) => `${i.title} (${p.name})`));
  const title = plainRoundTitle({ round: state.round, meetingStartsAt: round.meetingStartsAt }, t, lang, now);
  const lines = [t("round.digestTitle", { title, answered: state.people.length - waiting.length, total: state.people.length })];
  const behind = pick("loopt-achter");
  const help = pick("hulp-nodig");
  if (behind.length) lines.push(t("round.digestBehind", { list: behind.join("; ") }));
  if (help.length) lines.push(t("round.digestHelp", { list: help.join("; ") }));
  if (waiting.length) lines.push(t("round.digestWaiting", { names: joinNames(waiting, lang) }));
  return lines.join("\n");
}

/**
 * The agenda's "Voortgang per pijler" from the round before the meeting: per pillar (in the
 * wijk's order, then those without one) who is on track, behind, done or needs help (with the
 * action), then who has not answered.
 */
export function checkInRoundAgendaParagraph(state: CheckInRoundState, pillars: readonly { id: string; name: string }[], t: Translate, lang: string): string {
  const lines: string[] = [];
  for (const pillar of [...pillars, { id: null, name: t("round.progressNoPillar") }]) {
    const parts: string[] = [];
    for (const verdict of ROUND_VERDICTS) {
      const who = state.people.flatMap((p) => p.items.filter((i) => i.pillarId === pillar.id && i.verdict === verdict).map((i) => `${p.name} (${i.title})`));
      if (who.length) parts.push(t("round.progressPart", { verdict: t(`round.verdict.${verdict}`), names: who.join(", ") }));
    }
    if (parts.length) lines.push(t("round.progressPillar", { pillar: pillar.name, parts: parts.join("; ") }));
  }
  const waiting = state.people.filter((p) => !p.answered && p.items.every((i) => !i.verdict)).map((p) => p.name);
  if (waiting.length) lines.push(t("round.progressWaiting", { names: joinNames(waiting, lang) }));
  return `${t("round.progressTitle")}\n${lines.join("\n")}`;
}

/**
 * The reply to an answer to a round: what was noted and proposed, then the round complete,
 * or the next action to answer (with its deadline), what else is open, and buttons for it.
 */
export function renderCheckInRoundAnswer(result: RoundAnswerResult, t: Translate, lang: string, now: Date): { text: string; choices?: Choice[] } {
  const noted = result.noted.map((n) => t("round.notedItem", { title: `*${n.title}*`, verdict: t(`round.verdict.${n.verdict}`) }));
  const lines = [t("round.noted", { list: noted.join(", ") }), ...result.proposed.map((text) => t("round.helpProposed", { text }))];
  const [next] = result.rest;
  if (!next) {
    lines.push(t("round.complete"));
    return { text: lines.join("\n") };
  }
  lines.push(t("round.next", { n: next.n, title: next.title, deadline: result.nextDeadline ? ` (${formatDay(result.nextDeadline, now, lang)})` : "" }));
  if (result.rest.length > 1) lines.push(t("round.stillOpen", { list: result.rest.map((i) => `${i.n}. ${i.title}`).join(", ") }));
  return { text: lines.join("\n"), choices: ROUND_VERDICTS.map((v, i) => ({ label: t(`round.answer.${v}`), answer: String(i + 1) })) };
}
