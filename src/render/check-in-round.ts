import type { Translate } from "../i18n/index.ts";
import { joinNames } from "./format.ts";
import { roundTitleText, type RoundVerdict } from "../services/check-in-round-items.ts";
import type { DigestCheckInRound } from "../services/get-check-in-round.ts";

/** The digest's check-in lines: how many answered, who is behind or needs help, who has not answered. */
export function checkInRoundDigestLines(round: DigestCheckInRound, t: Translate, lang: string, now: Date): string {
  const { state } = round;
  const waiting = state.people.filter((p) => !p.answered).map((p) => p.name);
  const pick = (verdict: RoundVerdict) => state.people.flatMap((p) => p.items.filter((i) => i.verdict === verdict).map((i) => `${i.title} (${p.name})`));
  const title = roundTitleText({ round: state.round, meetingStartsAt: round.meetingStartsAt }, t, lang, now).replace(/^🧭 \*|\*$/g, "");
  const lines = [t("round.digestTitle", { title, answered: state.people.length - waiting.length, total: state.people.length })];
  const behind = pick("loopt-achter");
  const help = pick("hulp-nodig");
  if (behind.length) lines.push(t("round.digestBehind", { list: behind.join("; ") }));
  if (help.length) lines.push(t("round.digestHelp", { list: help.join("; ") }));
  if (waiting.length) lines.push(t("round.digestWaiting", { names: joinNames(waiting, lang) }));
  return lines.join("\n");
}
