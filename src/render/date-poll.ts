import type { Translate } from "../i18n/index.ts";
import type { PollCard } from "../core/types.ts";
import type { DatePollWithVotes } from "../services/load-date-poll.ts";
import { formatMoment, joinNames } from "./format.ts";

/** What the date-poll renderers need besides the poll: the reader's words, and the moment (years shown only when not this year). */
export interface DatePollView {
  poll: DatePollWithVotes;
  nonVoters: readonly { displayName: string }[];
  t: Translate;
  lang: string;
  now: Date;
}

/** "1, 2 en/of 3": the numbers a voter may send. */
function numbersLine(count: number, t: Translate): string {
  const numbers = Array.from({ length: count }, (_, i) => String(i + 1));
  return `${numbers.slice(0, -1).join(", ")} ${t("datePoll.numbersOr")} ${numbers[numbers.length - 1]}`;
}

function placePart(view: DatePollView): string {
  return view.poll.place ? view.t("datePoll.place", { place: view.poll.place }) : "";
}

/** The poll as it goes up: numbered moments and how to vote (console, WhatsApp; the text beside a card). */
export function datePollText(view: DatePollView): string {
  const { poll, t, lang, now } = view;
  const lines = poll.options.map((o) => `${o.position}. ${formatMoment(o.startsAt, now, lang)}`);
  return [t("datePoll.title", { place: placePart(view) }), ...lines, t("datePoll.howToVote", { numbers: numbersLine(poll.options.length, t) })].join("\n");
}

/** Who voted for what and who has not (yet): /datumprikker and the refreshed card. */
export function datePollStateLines(view: DatePollView): string[] {
  const { poll, t, lang, now } = view;
  const lines = poll.options.map((o) => {
    const names = o.votes.map((v) => v.person.displayName);
    return t("datePoll.stateLine", { number: o.position, moment: formatMoment(o.startsAt, now, lang), count: names.length, names: names.length ? ` (${names.join(", ")})` : "" });
  });
  const waiting = view.nonVoters.length ? t("datePoll.notVoted", { names: joinNames(view.nonVoters.map((p) => p.displayName), lang) }) : t("datePoll.allVoted");
  return [...lines, waiting];
}

export function datePollStateText(view: DatePollView): string {
  return [view.t("datePoll.title", { place: placePart(view) }), ...datePollStateLines(view), view.t("datePoll.chooseHint")].join("\n");
}

/** The poll for platforms with their own polls or cards. */
export function datePollCard(view: DatePollView): PollCard {
  const { poll, t, lang, now } = view;
  return {
    ref: poll.ref,
    question: t("datePoll.question", { place: placePart(view) }),
    options: poll.options.map((o) => ({ label: formatMoment(o.startsAt, now, lang), voters: o.votes.map((v) => v.person.displayName) })),
    submitLabel: t("datePoll.submit"),
    footer: view.nonVoters.length ? t("datePoll.notVoted", { names: joinNames(view.nonVoters.map((p) => p.displayName), lang) }) : t("datePoll.allVoted"),
    ...(poll.closedAt ? { closed: true } : {}),
  };
}
