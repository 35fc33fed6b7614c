import type { Db } from "../../src/db.ts";
import type { Clock } from "../../src/core/clock.ts";
import type { OutgoingMessage, SendPolicy } from "../../src/core/types.ts";
import { createRecordingAdapter } from "../helpers/recording-adapter.ts";

/**
 * A "console" platform whose chats can be held shut: a send to a held chat waits until
 * the test opens it (a platform pacing a flooded group, or a request that takes long).
 * Every message that reaches it is recorded with the injected clock's time (the recording adapter).
 */
export function gatedPlatform(clock: Clock, options: { sendPolicy?: SendPolicy; onSend?: (message: OutgoingMessage) => Promise<void> | void } = {}) {
  const held = new Map<string, { promise: Promise<void>; open: () => void }>();
  const adapter = createRecordingAdapter({
    clock,
    sendPolicy: options.sendPolicy,
    async beforeSend(message) {
      await held.get(message.chatId)?.promise;
      await options.onSend?.(message);
    },
  });
  return {
    adapter,
    sent: adapter.sent,
    hold(chatId: string) {
      let open!: () => void;
      const promise = new Promise<void>((resolve) => (open = resolve));
      held.set(chatId, { promise, open });
    },
    open(chatId: string) {
      held.get(chatId)?.open();
      held.delete(chatId);
    },
  };
}

/** Polls `check` with real pauses; a generous limit so a loaded machine does not fail it. */
export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return check();
}

/** Direct chats (console) for the demo people, so each is a chat of their own. */
export async function addDirectChats(db: Db, wijkId: string, names: string[]): Promise<Map<string, { chatId: string; externalId: string; personId: string }>> {
  const out = new Map<string, { chatId: string; externalId: string; personId: string }>();
  for (const name of names) {
    const person = await db.person.findFirstOrThrow({ where: { wijkId, displayName: name } });
    const externalId = `dm:${name.toLowerCase()}`;
    const chat = await db.chat.create({ data: { wijkId, platform: "console", externalId, kind: "direct", personId: person.id } });
    out.set(name, { chatId: chat.id, externalId, personId: person.id });
  }
  return out;
}

/** A one-off /herinner-style reminder to a chat or a person, with a marker text the test can find. */
export async function addReminder(db: Db, input: { wijkId: string; number: number; at: Date; chatId?: string; personId?: string; text?: string }): Promise<string> {
  const reminder = await db.reminder.create({
    data: {
      wijkId: input.wijkId,
      kind: "adhoc",
      number: input.number,
      text: input.text ?? `MARK-${input.number}-END`,
      nextAt: input.at,
      ...(input.chatId ? { targetChatId: input.chatId } : {}),
      ...(input.personId ? { targetPersonId: input.personId } : {}),
    },
  });
  return reminder.id;
}
