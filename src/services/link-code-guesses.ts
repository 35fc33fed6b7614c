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
  return tx.identityLinkGuess.count({ where: { ...guesser, at: { gt: windowStart(now) } } });
}

/** Records one wrong code; guesses older than a code's lifetime no longer count, so they go. */
export async function recordWrongLinkCode(tx: Tx, guesser: LinkCodeGuesser, now: Date): Promise<void> {
  await tx.identityLinkGuess.deleteMany({ where: { at: { lte: windowStart(now) } } });
  await tx.identityLinkGuess.create({ data: { ...guesser, at: now } });
}

/** A code that worked clears the account's wrong guesses. */
export async function forgetWrongLinkCodes(tx: Tx, guesser: LinkCodeGuesser): Promise<void> {
  await tx.identityLinkGuess.deleteMany({ where: guesser });
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - IDENTITY_LINK_CODE_VALID_MINUTES * 60_000);
}
