import type { Tx } from "../db.ts";
import { IDENTITY_LINK_CODE_VALID_MINUTES } from "./create-identity-link-code.ts";

/** Wrong codes allowed per account in a code's lifetime: six digits must not be guessable. */
export const MAX_WRONG_LINK_CODES = 5;

/** Who is guessing: the platform account that typed the code (it has no person yet). */
export interface LinkCodeGuesser {
  platform: string;
  senderId: string;
}

/**
 * Wrong /ik koppel codes are counted in the database, not in a process's memory: with
 * several processes on one database an account still gets MAX_WRONG_LINK_CODES guesses,
 * not that many per process.
 */
export async function countRecentWrongLinkCodes(tx: Tx, guesser: LinkCodeGuesser, now: Date): Promise<number> {
  return tx.identityLinkGuess.count({ where: { ...guesser, at: { gt: linkCodeGuessWindowStart(now) } } });
}

/** Guesses from before this moment no longer count: they are older than a code's lifetime. */
export function linkCodeGuessWindowStart(now: Date): Date {
  return new Date(now.getTime() - IDENTITY_LINK_CODE_VALID_MINUTES * 60_000);
}
