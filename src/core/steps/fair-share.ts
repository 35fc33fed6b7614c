import type { BotDeps } from "../bot-deps.ts";
import { findBindingReadOnly, translatorFor } from "../bot-deps.ts";
import type { Step } from "../pipeline.ts";
import { DEFAULT_COMMANDS_PER_MINUTE, readCommandsPerMinute } from "../../scheduler/settings.ts";

const WINDOW_MS = 60_000;
/** Senders whose recent commands are remembered (least recently seen beyond this are dropped). */
const MAX_SENDERS = 10_000;

/**
 * Step 3b: one person flooding a chat must not hold up everyone else. Per sender and chat,
 * at most the wijk's `commandsPerMinute` (default 20) addressed messages a minute are
 * handled; beyond that the sender gets one short "rustig aan" and the rest is dropped
 * without being stored. Counted per process, on the bot instance (no module state).
 */
export function fairShareStep(deps: BotDeps): Step {
  const recent = new Map<string, number[]>();
  const warned = new Set<string>();
  return {
    name: "fair-share",
    async run(turn) {
      const { message } = turn;
      const key = `${message.platform}\u0000${message.chatId}\u0000${message.senderId}`;
      const now = deps.clock.now().getTime();
      const times = (recent.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
      times.push(now);
      recent.delete(key);
      recent.set(key, times);
      if (recent.size > MAX_SENDERS) recent.delete(recent.keys().next().value as string);
      if (times.length <= DEFAULT_COMMANDS_PER_MINUTE && !warned.has(key)) return;
      // Only past the default is the wijk's own limit looked up (one read, only for someone sending a lot).
      const binding = await findBindingReadOnly(deps.db, message);
      const limit = readCommandsPerMinute(binding?.wijk.settings);
      if (times.length <= limit) {
        warned.delete(key);
        return;
      }
      turn.done = true;
      if (warned.has(key)) return;
      warned.add(key);
      turn.replies.push({ text: (await translatorFor(deps.db, message))("core.slowDown", { limit }) });
    },
  };
}
