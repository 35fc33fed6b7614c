import type { Translate } from "../i18n/index.ts";
import { joinNames } from "./format.ts";
import { ROUND_VERDICTS, roundTitleText, type RoundVerdict } from "../services/check-in-round-items.ts";
import type { CheckInRoundState, DigestCheckInRound } from "../services/get-check-in-round.ts";

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
