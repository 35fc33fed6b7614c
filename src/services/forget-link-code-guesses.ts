import type { Tx } from "../db.ts";
import type { LinkCodeGuesser } from "./count-link-code-guesses.ts";

/** A code that worked clears the account's wrong guesses. */
export async function forgetWrongLinkCodes(tx: Tx, guesser: LinkCodeGuesser): Promise<void> {
  await tx.identityLinkGuess.deleteMany({ where: guesser });
}
