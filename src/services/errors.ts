import type { Choice } from "../core/types.ts";

/**
 * A failure the user caused or can fix: its message is a short Dutch reply that says
 * what was wrong and what to type instead. Throwing one rolls back the command's
 * transaction, so nothing is stored.
 */
export class AppError extends Error {
  constructor(
    readonly code:
      | "NOT_FOUND"
      | "FORBIDDEN"
      | "INVALID"
      | "CONFLICT"
      | "NOT_BOUND"
      | "EXPIRED",
    message: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** What to run when the user answers a question with a number or "ja". */
export interface Rerun {
  text: string;
  pickActionId?: string;
  pickDate?: string;
  confirmed?: boolean;
}

/** The bot needs the user to pick one of several options (answered by number). */
export class NeedsChoice extends Error {
  constructor(
    readonly question: string,
    readonly options: (Choice & { rerun: Rerun })[],
  ) {
    super(question);
    this.name = "NeedsChoice";
  }
}

/** A change with consequences (delete, handover) waits for "ja". */
export class NeedsConfirmation extends Error {
  constructor(
    readonly question: string,
    readonly rerun: Rerun,
  ) {
    super(question);
    this.name = "NeedsConfirmation";
  }
}
