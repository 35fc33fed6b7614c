import type { Tx } from "../db.ts";
import { AppError } from "./errors.ts";
import { localText } from "../i18n/index.ts";

/**
 * The stuurgroep's date polls (/datumprikker), shared by the use cases around them: at most
 * one open poll per wijk, its options numbered 1, 2, 3 … as shown to the voters.
 */

/** Who is asked to vote: the stuurgroep as the seeds describe it (voorzitter, leden, coördinator). */
export const DATE_POLL_VOTERS = ["voorzitter", "stuurgroep", "coordinator"] as const;
/** One reminder this long after the poll went up, to whoever has not voted. */
export const DATE_POLL_REMINDER_AFTER_DAYS = 3;
/** Telegram takes 2 to 10 options; more would not fit a phone screen anyway. */
export const DATE_POLL_MAX_OPTIONS = 10;

const WITH_VOTES = {
  options: { orderBy: { position: "asc" as const }, include: { votes: { include: { person: { select: { id: true, displayName: true } } }, orderBy: { createdAt: "asc" as const } } } },
  chat: true,
} as const;

export type DatePollWithVotes = NonNullable<Awaited<ReturnType<typeof loadPoll>>>;

function loadPoll(tx: Tx, where: { id: string } | { ref: string } | { platformPollId: string }) {
  return tx.datePoll.findUnique({ where, include: WITH_VOTES });
}

/**
 * The poll a vote or question is about: the one a card or platform poll names (`ref`), else
 * the wijk's open one, else its most recent (so a late vote hears it is closed). Null when the
 * wijk never had one.
 */
export async function findDatePoll(tx: Tx, input: { wijkId: string; ref?: string }): Promise<DatePollWithVotes | null> {
  if (input.ref) {
    const poll = await loadPoll(tx, { ref: input.ref });
    return poll && poll.wijkId === input.wijkId ? poll : null;
  }
  const latest = await tx.datePoll.findFirst({ where: { wijkId: input.wijkId }, orderBy: [{ closedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }], select: { id: true } });
  return latest ? loadPoll(tx, { id: latest.id }) : null;
}

/** The poll a platform's own poll belongs to (a Telegram poll_answer names only its poll id). */
export async function findDatePollByPlatformId(tx: Tx, platformPollId: string): Promise<DatePollWithVotes | null> {
  return loadPoll(tx, { platformPollId });
}

/** The wijk's open poll; a short answer when there is none (or only a closed one). */
export async function requireOpenDatePoll(tx: Tx, input: { wijkId: string; ref?: string }): Promise<DatePollWithVotes> {
  const poll = await findDatePoll(tx, input);
  if (!poll) throw new AppError("NOT_FOUND", localText(input.ref ? "datePoll.gone" : "datePoll.none"));
  if (poll.closedAt) throw new AppError("CONFLICT", localText("datePoll.closed"));
  return poll;
}

/** The stuurgroep members who have not voted (yet) in this poll, by name. */
export async function datePollNonVoters(tx: Tx, poll: DatePollWithVotes): Promise<{ id: string; displayName: string }[]> {
  const voted = new Set(poll.options.flatMap((o) => o.votes.map((v) => v.personId)));
  const members = await tx.person.findMany({
    where: { wijkId: poll.wijkId, role: { in: [...DATE_POLL_VOTERS] }, leftAt: null, erasedAt: null },
    orderBy: [{ displayName: "asc" }],
    select: { id: true, displayName: true },
  });
  return members.filter((m) => !voted.has(m.id));
}
