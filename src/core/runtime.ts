import type { Bot } from "./bot.ts";
import type { Outbox } from "./outbox.ts";
import type { Adapter, AdapterStatus, IncomingMessage, OutgoingMessage, PressAnswer } from "./types.ts";

/**
 * What one process knows about itself that commands report. Lives on the app, not in a
 * module: two apps in one test process never share it.
 */
export interface RuntimeInfo {
  /** Base of the web overview's links: PUBLIC_URL behind a proxy or domain, else the bot's own HTTP address (set once the server listens). */
  publicUrl: string;
  /**
   * The connection state of this process's adapters, for /status. Another process may hold
   * other connections (the WhatsApp lease), so this is "what this process sees".
   */
  platformStatuses(): Record<string, AdapterStatus>;
}

/**
 * The door for incoming messages: open while the bot runs. On shutdown it closes — what
 * arrives after is not handled (and not stored) — and close() waits for the messages being
 * handled, so their replies are queued before the outbox drains.
 */
export class Intake {
  #closed = false;
  #refused = 0;
  readonly #handling = new Set<Promise<void>>();

  get closed(): boolean {
    return this.#closed;
  }

  /** Messages that arrived after close(). */
  get refused(): number {
    return this.#refused;
  }

  async handle(work: () => Promise<void>): Promise<void> {
    if (this.#closed) {
      this.#refused++;
      return;
    }
    const running = work();
    this.#handling.add(running);
    try {
      await running;
    } finally {
      this.#handling.delete(running);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.allSettled([...this.#handling]);
  }
}

/**
 * Connects an adapter to the core: each incoming message is handled in arrival order and
 * its replies go out through the outbox (the one send path). Replies are queued in order
 * at once; a paced platform (one with a sendPolicy) does not wait for delivery, so a
 * retry backoff in one chat never holds up incoming messages, and replies waiting for one
 * chat are merged into one message. The unpaced console waits,
 * which keeps a transcript's output in line with its input.
 */
export async function connectAdapter(bot: Bot, adapter: Adapter, outbox: Outbox, intake: Intake = new Intake()): Promise<void> {
  outbox.register(adapter);
  async function deliver(replies: OutgoingMessage[]) {
    if (adapter.sendPolicy) {
      for (const reply of replies) void outbox.reply(reply);
      return;
    }
    for (const reply of replies) await outbox.send(reply);
  }
  await adapter.start(
    (message: IncomingMessage) => intake.handle(async () => deliver(await bot.handle(message))),
    {
      async press(message) {
        let answer: PressAnswer = { text: "", refused: true };
        await intake.handle(async () => {
          const replies = await bot.handle(message);
          answer = pressAnswer(message, replies);
          // Only the presser sees why nothing changed (an alert): the chat is not bothered with it.
          await deliver(answer.refused ? replies.filter((r) => !r.refused) : replies);
        });
        return answer;
      },
      memberLeft: (event) =>
        intake.handle(async () => {
          for (const notice of await bot.memberLeft(event)) void outbox.send(notice);
        }),
      pollAnswer: (event) =>
        intake.handle(async () => {
          for (const reply of await bot.pollAnswer(event)) void outbox.send(reply);
        }),
    },
  );
}

/** What became of a press: the reply to the presser's chat, whether it refused, and the line the question now shows. */
export function pressAnswer(message: IncomingMessage, replies: OutgoingMessage[]): PressAnswer {
  const here = replies.filter((r) => r.platform === message.platform && r.chatId === message.chatId);
  const refusal = here.find((r) => r.refused);
  if (refusal) return { text: refusal.text, refused: true };
  const outcome = here.find((r) => r.pressed)?.pressed;
  return { text: here[0]?.text ?? "", refused: false, ...(outcome ? { outcome } : {}) };
}
