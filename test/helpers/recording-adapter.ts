import type { App } from "../../src/app.ts";
import type { Adapter, AdapterStatus, IncomingMessage, MessageHandler, OutgoingMessage, SendPolicy, SentMessage } from "../../src/core/types.ts";
import { local } from "../scheduler/helpers.ts";

/** One message the recording adapter was handed, whole, with when it went out on the test's clock. */
export interface Recorded extends OutgoingMessage {
  /** Local time "YYYY-MM-DD HH:MM" (Europe/Amsterdam). */
  at: string;
  atMs: number;
  /** Set when this is an edit of a message sent before (only with `canEdit`). */
  edits?: SentMessage;
}

export interface RecordingAdapterOptions {
  /** The platform it stands in for (default "console"). */
  name?: string;
  /** The test's clock (default: real time). */
  clock?: { now(): Date };
  /** Offer edit (recorded as a message with `edits` set); off by default, as the console has none. */
  canEdit?: boolean;
  /** Offer pin (recorded in `pinned`). */
  canPin?: boolean;
  sendPolicy?: SendPolicy;
  status?: () => AdapterStatus;
  /** Thrown by the next sends, one each, in order (`undefined` lets that send through). */
  failures?: unknown[];
  /** Decides per attempt (1, 2, … counting failed ones) whether the platform fails it: return the error to throw, or nothing. */
  fail?: (attempt: number, message: OutgoingMessage) => unknown;
  /** The id the platform gives a sent message (default: its number among the sent ones, "1", "2" …). */
  messageId?: (message: OutgoingMessage, attempt: number) => string;
  /** Awaited before a send is recorded: a platform that holds a chat shut, or takes long. */
  beforeSend?: (message: OutgoingMessage) => Promise<void> | void;
}

export interface RecordingAdapter extends Adapter {
  /** Everything sent (and, with `canEdit`, edited), in order. */
  readonly sent: Recorded[];
  /** What each successful send returned, in order. */
  readonly refs: SentMessage[];
  readonly pinned: SentMessage[];
  /** Every message the outbox tried to send, failed attempts included, in order. */
  readonly attempts: OutgoingMessage[];
  /** Hands a message to the core as the platform would (once connected: connectAdapter started it). */
  receive(message: IncomingMessage): Promise<void>;
}

/**
 * A platform at its edge, for tests: records what the outbox hands it instead of sending it,
 * and hands the core what a test `receive`s (or drive the core with h.say or app.bot.handle).
 */
export function createRecordingAdapter(options: RecordingAdapterOptions = {}): RecordingAdapter {
  const name = options.name ?? "console";
  const now = () => options.clock?.now() ?? new Date();
  const failures = [...(options.failures ?? [])];
  const sent: Recorded[] = [];
  const refs: SentMessage[] = [];
  const pinned: SentMessage[] = [];
  const attempts: OutgoingMessage[] = [];
  let onMessage: MessageHandler | undefined;
  const record = (message: OutgoingMessage, edits?: SentMessage) => {
    const at = now();
    sent.push({ ...message, at: local(at), atMs: at.getTime(), ...(edits ? { edits } : {}) });
  };
  const adapter: RecordingAdapter = {
    name,
    sent,
    refs,
    pinned,
    attempts,
    receive(message) {
      if (!onMessage) throw new Error("the recording adapter was not started (connectAdapter)");
      return onMessage(message);
    },
    ...(options.sendPolicy ? { sendPolicy: options.sendPolicy } : {}),
    ...(options.status ? { status: options.status } : {}),
    async start(handler) {
      onMessage = handler;
    },
    async stop() {},
    async send(message) {
      await options.beforeSend?.(message);
      attempts.push(message);
      const failure = failures.shift() ?? options.fail?.(attempts.length, message);
      if (failure) throw failure;
      record(message);
      const ref = { platform: name, chatId: message.chatId, messageId: options.messageId?.(message, attempts.length) ?? String(sent.length) };
      refs.push(ref);
      return ref;
    },
  };
  if (options.canEdit) adapter.edit = async (ref, message) => record({ ...message, chatId: ref.chatId }, ref);
  if (options.canPin) adapter.pin = async (ref) => void pinned.push(ref);
  return adapter;
}

/** Registers a recording adapter as the app's console platform; returns what it records. */
export function recordOutbox(app: App, options: RecordingAdapterOptions = {}): Recorded[] {
  const adapter = createRecordingAdapter(options);
  app.outbox.register(adapter);
  return adapter.sent;
}
