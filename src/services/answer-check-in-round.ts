import type { Tx } from "../db.ts";
import { OPEN_STATUSES } from "../domain.ts";
import { localText, type LocalText, type Translate } from "../i18n/index.ts";
import { formatDay, formatMoment } from "../render/format.ts";
import { addProgressNote } from "./add-progress-note.ts";
import { changeAction, type ChangeMeta } from "./change-action.ts";
import { AppError } from "../core/errors.ts";
import { ownerOf, stillStandingIn, type RoundItem, type RoundVerdict } from "../check-in/check-in-round-items.ts";
import { parseRoundAnswers } from "../parse/round-answers.ts";
import { proposeAgendaItem } from "./propose-agenda-item.ts";
import type { PersonRow } from "../db/rows.ts";

/** What an answer to a round did, as data (src/render/check-in-round.ts writes the reply). */
export interface RoundAnswerResult {
  noted: { title: string; verdict: RoundVerdict }[];
  /** The agenda items proposed for "hulp nodig", as stored. */
  proposed: string[];
  /** The actions still without an answer, in list order; empty when the round is complete. The first is asked next. */
  rest: { n: number; title: string }[];
  /** The deadline of the action asked next, if it has one. */
  nextDeadline: Date | null;
}

/**
 * Stores answers to a person's check-in round, in list order for the actions still
 * without an answer that are still theirs and open (a stand-in's items for an absent owner:
 * still that owner's, and the owner still away with them as stand-in). Per answer: a progress note on the
 * action ("Check-in: loopt achter — wacht op offerte"); "klaar" also sets the action
 * klaar; "hulp nodig" proposes an agenda item in their name. All in the command's
 * transaction and batch, so /ongedaan takes the action changes back. Bad input throws
 * an AppError and changes nothing. The progress notes and agenda items are stored in the
 * answerer's language (`t`); the reply is the caller's to write.
 */
export async function answerCheckInRound(
  tx: Tx,
  meta: ChangeMeta,
  input: { person: PersonRow; checkInId: string; text: string; t: Translate; lang: string; now: Date },
): Promise<RoundAnswerResult> {
  const { t, lang, now } = input;
  const checkIn = await tx.checkIn.findUniqueOrThrow({ where: { id: input.checkInId } });
  if (checkIn.closesAt && checkIn.closesAt <= now) {
    const meeting = checkIn.meetingId ? await tx.meeting.findUnique({ where: { id: checkIn.meetingId } }) : null;
    // A date has no LocalText form: it is written in the answerer's language here.
    throw new AppError("INVALID", localText("round.closed", { when: meeting ? formatMoment(meeting.startsAt, now, lang) : formatDay(checkIn.closesAt, now, lang) }));
  }
  if (checkIn.answeredAt) throw new AppError("INVALID", localText("round.nothingOpen"));
  const items = JSON.parse(checkIn.items) as RoundItem[];
  const answers = { ...(JSON.parse(checkIn.answers) as Record<string, RoundVerdict>) };
  const unanswered = items.filter((i) => !answers[String(i.n)]);
  // A stand-in answers for an absent owner only while still standing in for them.
  const standingIn = await stillStandingIn(tx, { wijkId: checkIn.wijkId, standInId: input.person.id, items: unanswered, now });
  const open = await tx.action.findMany({
    where: { id: { in: unanswered.map((i) => i.actionId) }, deletedAt: null, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, owners: { select: { personId: true } } },
  });
  const ownersOf = new Map(open.map((a) => [a.id, new Set(a.owners.map((o) => o.personId))]));
  const notStandingIn = unanswered.filter((i) => i.for && !standingIn.has(i.for));
  const pending = unanswered.filter((i) => !notStandingIn.includes(i) && ownersOf.get(i.actionId)?.has(ownerOf(i, input.person.id)));
  const lost = unanswered.filter((i) => !notStandingIn.includes(i) && !pending.includes(i));
  // Why actions of the round no longer count, said after the error.
  const dropped = [
    ...(lost.length ? [localText("round.notYours", { titles: lost.map((i) => `*${i.title}*`).join(", ") })] : []),
    ...(notStandingIn.length ? [localText("round.notStandIn", { titles: notStandingIn.map((i) => `*${i.title}*`).join(", ") })] : []),
  ];
  const withDropped = (error: LocalText) => dropped.reduce((text, reason) => localText("round.errorWithReason", { error: text, reason }), error);
  const parsed = parseRoundAnswers(input.text);
  if (!parsed) throw new AppError("INVALID", localText("round.badAnswer"));
  if (!pending.length) throw new AppError("INVALID", withDropped(localText("round.nothingOpen")));
  if (parsed.length > pending.length) {
    const list = pending.map((i) => `${i.n}. ${i.title}`).join(", ");
    throw new AppError("INVALID", withDropped(localText("round.tooMany", { given: parsed.length, open: pending.length, list })));
  }
  const noted: RoundAnswerResult["noted"] = [];
  const proposed: string[] = [];
  for (const [k, answer] of parsed.entries()) {
    const item = pending[k];
    const verdict = t(`round.verdict.${answer.verdict}`);
    answers[String(item.n)] = answer.verdict;
    noted.push({ title: item.title, verdict: answer.verdict });
    if (answer.verdict === "klaar") await changeAction(tx, meta, item.actionId, { status: "klaar" });
    if (answer.verdict !== "klaar" || answer.note) {
      await addProgressNote(tx, meta, item.actionId, answer.note ? t("round.noteWithText", { verdict, note: answer.note }) : t("round.noteText", { verdict }));
    }
    if (answer.verdict === "hulp-nodig") {
      const text = answer.note ? t("round.helpItemWithNote", { title: item.title, note: answer.note }) : t("round.helpItem", { title: item.title });
      await proposeAgendaItem(tx, { wijkId: checkIn.wijkId, proposerId: input.person.id, text, kind: "bespreking", actionId: item.actionId, now });
      proposed.push(text);
    }
  }
  const rest = pending.slice(parsed.length);
  await tx.checkIn.update({ where: { id: checkIn.id }, data: { answers: JSON.stringify(answers), ...(rest.length ? {} : { answeredAt: now }) } });
  const nextDeadline = rest.length ? ((await tx.action.findUnique({ where: { id: rest[0].actionId }, select: { deadline: true } }))?.deadline ?? null) : null;
  return { noted, proposed, rest: rest.map((i) => ({ n: i.n, title: i.title })), nextDeadline };
}
