/**
 * The core's public surface for the platform adapters (adapters/**): the adapter contract and the
 * few helpers an adapter really uses. Adapters import from here only, never from deeper paths
 * (test/adapters/boundaries.test.ts), so the core can move its files without touching them.
 */
export type {
  Adapter,
  AdapterEvents,
  AdapterStatus,
  BoardCard,
  ChatPace,
  Choice,
  IncomingMessage,
  MemberLeft,
  Mention,
  MessageHandler,
  OutgoingMessage,
  PollAnswer,
  PollCard,
  PressAnswer,
  SendPolicy,
  SentMessage,
} from "./types.ts";
export { errorForLog, type Logger } from "./logger.ts";
/** Thrown by an adapter's factory when its configuration cannot work: the bot says why and does not start. */
export { StartRefusal } from "./start-refusal.ts";
/** The one HTTP server webhooks (Telegram, Teams) are mounted on. */
export type { HttpServer } from "../http/server.ts";
/** Texts an adapter shows or reports (status details, the command menu), in the user's language. */
export { DEFAULT_LANGUAGE, localText, supportedLanguages, translate, type LocalText } from "../i18n/index.ts";
/** A command's one-line summary, for platforms that list commands in a menu (Telegram). */
export { commandSummary } from "../render/help.ts";
/** Europe/Amsterdam wall clock to the minute, "2026-03-15 09:30" (the console's time stamps). */
export { isoMinuteOf } from "../time/amsterdam.ts";
