import type { App } from "../../src/app.ts";
import type { Adapter, AdapterStatus, OutgoingMessage, SendPolicy, SentMessage } from "../../src/core/types.ts";
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
  /** Awaited before a send is recorded: a platform that holds a chat shut, or takes long. */
  beforeSend?: (message: OutgoingMessage) => Promise<void> | void;
}

export interface RecordingAdapter extends Adapter {
  /** Everything sent (and, with `canEdit`, edited), in order. */
  readonly sent: Recorded[];
  /** What each successful send returned, in order. */
  readonly refs: SentMessage[];
  readonly pinned: SentMessage[];
}

/**
 * A platform at its edge, for tests: records what the outbox hands it instead of sending it.
 * Receives nothing (drive the core with h.say or app.bot.handle).
 */
export function createRecordingAdapter(options: RecordingAdapterOptions = {}): RecordingAdapter {
  const name = options.name ?? "console";
  const now = () => options.clock?.now() ?? new Date();
  const failures = [...(options.failures ?? [])];
  const sent: Recorded[] = [];
  const refs: SentMessage[] = [];
  const pinned: SentMessage[] = [];
  const record = (message: OutgoingMessage, edits?: SentMessage) => {
    const at = now();
    sent.push({ ...message, at: local(at), atMs: at.getTime(), ...(edits ? { edits } : {}) });
  };
  const adapter: RecordingAdapter = {
    name,
    sent,
    refs,
    pinned,
    ...(options.sendPolicy ? { sendPolicy: options.sendPolicy } : {}),
    ...(options.status ? { status: options.status } : {}),
    async start() {},
    async stop() {},
    async send(message) {
      await options.beforeSend?.(message);
      const failure = failures.shift();
      if (failure) throw failure;
      record(message);
      const ref = { platform: name, chatId: message.chatId, messageId: String(sent.length) };
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
