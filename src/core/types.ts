import type { LocalText } from "../i18n/index.ts";

/**
 * The platform-neutral contract between the core and the chat adapters.
 * Adapters translate platform payloads into IncomingMessage and OutgoingMessage
 * back into platform calls; they never see the database.
 */

/** A person mentioned in a message, as the platform identifies them. */
export interface Mention {
  /** Platform id of the mentioned user (jid, Telegram user id, Teams id, console name). */
  id: string;
  /** The display name shown in the mention, when the platform gives one. */
  name?: string;
}

export interface IncomingMessage {
  /** "console" | "telegram" | "teams" | "whatsapp" (or any other adapter name). */
  platform: string;
  /** Platform chat id (group or direct). */
  chatId: string;
  /** Human name of the chat, when known (used in transcripts and logs never). */
  chatTitle?: string;
  /** A one-to-one chat with the bot. */
  isDirect: boolean;
  senderId: string;
  /** Another id the platform uses for the same sender (WhatsApp: phone jid beside the @lid). */
  senderAltId?: string;
  senderName: string;
  text: string;
  messageId: string;
  at: Date;
  mentions?: Mention[];
  /** True when the bot itself was @mentioned (groups: free text is only read then). */
  mentionsBot?: boolean;
  quoted?: { messageId: string; text?: string };
  /** A reply to one of the bot's own messages (groups: that counts as addressing the bot). */
  repliesToBot?: boolean;
  /** A tap on a choice button (Telegram inline keyboard etc.): treated like typing the answer. */
  isChoiceAnswer?: boolean;
  /**
   * The pressed button's opaque id (Choice.button), exactly as the platform gave it back: the
   * core looks it up; it never names an action, and a forged one finds nothing.
   */
  promptRef?: string;
  /** The date poll a vote from a platform poll or card belongs to (PollCard.ref, opaque; not a button's promptRef). */
  pollRef?: string;
  /** A vote in the platform's own poll (Telegram), already shown there: a successful vote needs no reply. */
  pollVote?: boolean;
}

/** A numbered option the user can answer with its number (or tap, where buttons exist). */
export interface Choice {
  label: string;
  answer: string;
  /** The opaque id a button for this choice carries back (IncomingMessage.promptRef); absent: the answer itself. */
  button?: string;
}

/** Structured data of the board, for adapters that render it richly (Teams Adaptive Card). */
/** The board for adapters that draw cards; every word already in the reader's language. */
export interface BoardCard {
  wijk: string;
  /** "Overzicht Lewenborg XL" / "Overview Lewenborg XL" */
  title: string;
  pillars: {
    name: string;
    /** `label` is the status as the reader says it ("bezig", "in progress"). */
    columns: { status: string; label: string; actions: { title: string; owner: string; deadline?: string; overdue: boolean }[] }[];
  }[];
}

export interface OutgoingMessage {
  platform: string;
  chatId: string;
  /**
   * Text with light formatting: *bold*, _italic_, lines starting with "- " or "1. " as
   * lists. Adapters translate it (HTML for Telegram, Markdown for Teams, as-is for WhatsApp).
   */
  text: string;
  /** The incoming message id this answers (WhatsApp quotes it, Telegram replies to it). */
  replyTo?: string;
  choices?: Choice[];
  /** Platform ids to mention (WhatsApp needs them to make @names clickable). */
  mentions?: string[];
  board?: BoardCard;
  /** A key for messages the adapter may later edit in place (live board). */
  editKey?: string;
  /**
   * The question these choices answer, as an opaque reference: a button carries it back in
   * IncomingMessage.promptRef (scheduled messages, whose answers may come days later).
   */
  promptRef?: string;
  /** The reply refuses the sender (not allowed): where the sender pressed a button, a private alert suits it. */
  refused?: boolean;
  /** A date poll (/datumprikker): a platform poll or card where the platform has one; `text` is the numbered version. */
  poll?: PollCard;
  /** Answers a button press that was taken: what the pressed question now shows ("✅ Klaar gezet door Ahmed"). */
  pressed?: string;
}

/**
 * What became of a button press, handed back to the adapter that delivered it: Telegram
 * answers the callback query (an alert when refused) and edits the question; Teams returns
 * the refreshed card. Refused presses are not posted in the chat: only the presser sees why.
 */
export interface PressAnswer {
  /** Short text for the presser: why nothing changed, or the reply to the press. */
  text: string;
  /** Nothing changed (not allowed, expired, forged, another chat): show privately, leave the question as it is. */
  refused: boolean;
  /** What the question now shows under its text; absent: the question is closed without a line. */
  outcome?: string;
}

/** A date poll as platforms with their own polls (Telegram) or cards (Teams) show it; every word in the reader's language. */
export interface PollCard {
  /** Opaque reference a vote carries back (IncomingMessage.pollRef); never a row id. */
  ref: string;
  /** The poll's question (Telegram allows 300 characters). */
  question: string;
  /** In order: option 1, 2, 3 …, with who voted for it so far. */
  options: { label: string; voters: string[] }[];
  /** The button that sends a card's choice (Teams). */
  submitLabel: string;
  /** Lines under the options on a card: the counts, who has not voted, or that it is closed. */
  footer?: string;
  closed?: boolean;
}

/** Reference to a message an adapter sent, so it can be edited later. */
export interface SentMessage {
  platform: string;
  chatId: string;
  messageId: string;
  /** The platform's own poll id, when the message was a native poll (Telegram): its votes name only this. */
  pollId?: string;
}

/** Someone voted in a platform's own poll (Telegram poll_answer): the whole choice, possibly none (vote withdrawn). */
export interface PollAnswer {
  platform: string;
  /** The platform's poll id (SentMessage.pollId). */
  pollId: string;
  voterId: string;
  voterName: string;
  /** Chosen options, 0-based as the platform counts them. */
  optionIndexes: number[];
  /** Unique per answer (Telegram's update_id), for redelivery. */
  eventId: string;
  at: Date;
}

export type MessageHandler = (message: IncomingMessage) => Promise<void>;

/** The platform reported that someone is no longer in a group chat (removed, or left). */
export interface MemberLeft {
  platform: string;
  chatId: string;
  /** Platform id of the person who is gone (as IncomingMessage.senderId). */
  memberId: string;
  /** Another id the platform uses for the same person (WhatsApp: phone jid beside the @lid). */
  memberAltId?: string;
  at: Date;
}

/** Platform events other than messages, for adapters that report them. */
export interface AdapterEvents {
  memberLeft(event: MemberLeft): Promise<void>;
  /** A vote in a platform's own poll (Telegram), for the date poll it belongs to. */
  pollAnswer?(event: PollAnswer): Promise<void>;
  /**
   * A button press (IncomingMessage.promptRef set), handled like a message; resolves with what
   * became of it, for the platform's own answer to the press. Refused presses are not posted.
   */
  press?(message: IncomingMessage): Promise<PressAnswer>;
}

/**
 * What every chat adapter implements. Optional capabilities are optional: the core
 * checks for them before use.
 */
export interface Adapter {
  readonly name: string;
  /** Start receiving; every message is passed to onMessage, membership changes (where reported) to events. */
  start(onMessage: MessageHandler, events?: AdapterEvents): Promise<void>;
  send(message: OutgoingMessage): Promise<SentMessage | undefined>;
  stop(): Promise<void>;
  edit?(sent: SentMessage, message: OutgoingMessage): Promise<void>;
  /** How long after sending a message can still be edited (WhatsApp: 15 minutes); absent = any time. */
  readonly editWindowMs?: number;
  pin?(sent: SentMessage): Promise<void>;
  /** How long a pin lasts before the platform drops it (WhatsApp: the 7 days the adapter asks for); absent = until unpinned. */
  readonly pinLastsMs?: number;
  /** Takes a pin off again: the old board when a fresh one is pinned (WhatsApp keeps at most three pins per chat). */
  unpin?(sent: SentMessage): Promise<void>;
  /** Show "typing…" before a longer reply. */
  typing?(chatId: string): Promise<void>;
  /** Connection state for GET /healthz (e.g. WhatsApp logged out). */
  status?(): AdapterStatus;
  /** How the outbox paces and retries this platform's messages; absent = unthrottled (console). */
  readonly sendPolicy?: SendPolicy;
}

/**
 * A platform's send limits, applied by the outbox per chat. An adapter's send/edit may
 * throw an error carrying `retryAfterMs` (the platform said "slow down": HTTP 429) or
 * `retryable: false` (retrying cannot help: chat not found, bot removed).
 */
export interface SendPolicy {
  /** Pacing for one chat; may differ between group and direct chats. */
  pace?(chatId: string): ChatPace;
  /** Retries after a failed attempt (default 3). */
  retries?: number;
  /** Wait before the first retry, doubled each time (default 1000). */
  backoffMs?: number;
  /** Upper bound of one backoff wait (default 60000). */
  maxBackoffMs?: number;
  /** Replies merged into one message stay within this many characters (default 4000). */
  maxTextChars?: number;
}

export interface ChatPace {
  /** At least this long between two messages to the chat. */
  minIntervalMs?: number;
  /** At most `maxPerWindow` messages to the chat per `windowMs`. */
  maxPerWindow?: number;
  windowMs?: number;
}

export interface AdapterStatus {
  ok: boolean;
  /** Short machine-readable state: "connected", "connecting", "logged-out", ... */
  state: string;
  /** What the coördinator should know or do, as a message key so /status can say it in their language. */
  detail?: LocalText;
}
