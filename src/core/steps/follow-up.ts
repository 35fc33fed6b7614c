import type { BotDeps } from "../bot-deps.ts";
import { translatorFor } from "../bot-deps.ts";
import type { Step, Turn } from "../pipeline.ts";
import type { MessageKey, MessageVars } from "../../i18n/index.ts";
import { MAX_FOLLOW_UP_WORDS, readFollowUp } from "../../understand/follow-up.ts";

/**
 * Step 2: a message read against what the bot last asked or did for this sender in this
 * chat (ten minutes): a number or a name for "which one?", ja/nee, "laat maar", or a short
 * correction of the change just made ("nee, 3 februari"). Anything else goes on as a new
 * message.
 */
export function followUpStep(deps: BotDeps): Step {
  return {
    name: "follow-up",
    async run(turn) {
      // Only a short message without a slash can be a follow-up: the rest costs no lookup.
      if (/^[/!]/.test(turn.text) || turn.text.split(/\s+/).length > MAX_FOLLOW_UP_WORDS) return;
      const stored = await deps.prompts.load(turn.message);
      if (!stored) return;
      const reading = readFollowUp(turn.text, stored, deps.clock.now());
      switch (reading.kind) {
        case "none":
          return;
        case "say":
          if (reading.clear) await deps.prompts.clear(turn.message);
          return say(deps, turn, reading.key, reading.vars);
        case "ask":
          await deps.prompts.save(turn.message, reading.save);
          return say(deps, turn, reading.key);
        case "rerun":
          await deps.prompts.clear(turn.message);
          turn.rerun = reading.rerun;
          turn.origin = "follow-up";
          return;
      }
    },
  };
}

async function say(deps: BotDeps, turn: Turn, key: MessageKey, vars?: MessageVars): Promise<void> {
  turn.replies.push({ text: (await translatorFor(deps.db, turn.message))(key, vars) });
  turn.done = true;
}
