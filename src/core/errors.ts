import type { Choice } from "./types.ts";
import { dutch, localize, type LocalText, type MessageKey, type MessageVars, type Translate } from "../i18n/index.ts";

/**
 * A failure the user caused or can fix: a short reply that says what was wrong and what
 * to type instead. Services don't know who reads it, so they give a message key (the core
 * translates it for the sender); `message` keeps the Dutch text. Throwing one rolls back
 * the command's transaction, so nothing is stored.
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
    readonly text: string | LocalText,
  ) {
    super(localize(dutch, text));
    this.name = "AppError";
  }

  /** The reply in one reader's language. */
  localized(t: Translate): string {
    return localize(t, this.text);
  }
}

/** What to run when the user answers a question with a number or "ja". */
export interface Rerun {
  text: string;
  pickActionId?: string;
  pickDate?: string;
  /** A date phrase that replaces the one in `text` (a correction: "nee, 3 februari"). */
  datePhrase?: string;
  /** Undo the sender's last change first, in the same transaction ("niet die, de andere"). */
  undoFirst?: boolean;
  /** Says the change corrects the one just made. */
  correction?: boolean;
  /** Said alongside a change the command cannot keep ("…, aannemer heeft vertraging"): noted as progress on the same action, in the same transaction. */
  note?: string;
  confirmed?: boolean;
  /** Set on the one automatic retry after a unique-key race with another process. */
  retried?: boolean;
  /** More commands said in the same message ("moestuin is klaar en het watertappunt bezig"), run one after the other once this one has run. */
  then?: Rerun[];
  /** One of `then`: the message is already recorded as handled by the command before it. */
  followOn?: boolean;
  /** Not run yet: first ask for a value (a date), which the next message gives; it is appended to `text`. */
  askValue?: { key: MessageKey; vars?: MessageVars; command: string };
}

/** The bot needs the user to pick one of several options (answered by number). */
export class NeedsChoice extends Error {
  constructor(
    readonly question: string | LocalText,
    readonly options: (Omit<Choice, "label"> & { label: string | LocalText; rerun: Rerun })[],
  ) {
    super(localize(dutch, question));
    this.name = "NeedsChoice";
  }
}

/**
 * A command that knows what to change but not the new value ("/actie deadline ouderavond"): ask for it; the next
 * message gives it and is appended to `rerun.text` (as after "📅 Nieuwe datum").
 */
export class NeedsValue extends Error {
  constructor(
    readonly question: LocalText,
    readonly rerun: Rerun,
    readonly command: string,
  ) {
    super(localize(dutch, question));
    this.name = "NeedsValue";
  }
}

/** A change with consequences (delete, handover) waits for "ja". */
export class NeedsConfirmation extends Error {
  constructor(
    readonly question: string | LocalText,
    readonly rerun: Rerun,
  ) {
    super(localize(dutch, question));
    this.name = "NeedsConfirmation";
  }
}
