import type { Tx } from "../db.ts";
import { linkCodeGuessWindowStart, type LinkCodeGuesser } from "./count-link-code-guesses.ts";

/** Records one wrong code; guesses older than a code's lifetime no longer count, so they go. */
export async function recordWrongLinkCode(tx: Tx, guesser: LinkCodeGuesser, now: Date): Promise<void> {
  await tx.identityLinkGuess.deleteMany({ where: { at: { lte: linkCodeGuessWindowStart(now) } } });
  await tx.identityLinkGuess.create({ data: { ...guesser, at: now } });
}
