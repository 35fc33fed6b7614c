import type { BotDeps } from "../bot-deps.ts";
import { welcome } from "../bot-deps.ts";
import type { Step } from "../pipeline.ts";
import type { IncomingMessage } from "../types.ts";
import { resolveSender } from "../../services/resolve-sender.ts";
import type { Reply } from "../command.ts";

/** Group senders known to be registered, kept in memory so ordinary chatter costs no welcome lookups. */
const KNOWN_SENDERS_MAX = 5000;

/**
 * Step 3: is this message for the bot? In a direct chat always. In a group: a slash
 * command, an @mention (the platform's or the bot's name), a reply to one of the bot's
 * messages, or a message that starts with the bot's name (after a greeting: "goedemorgen
 * wijkbot!") or ends with it after a comma ("…, wijkbot"). Other group chatter gets
 * silence — except the one-time welcome of someone who writes there for the first time.
 * The bot's name is taken off the text here, so later steps read only what was said.
 */
export function addressedStep(deps: BotDeps): Step {
  const knownSenders = new Set<string>();
  const names = deps.botNames.map((n) => escapeRegExp(n)).join("|");
  const atName = new RegExp(`(^|\\s)@(${names})\\b[,:!]?`, "gi");
  // ("en wijkbot noteer ff bij …", "oja wijkbot, …": a little word before the name is still starting with it.)
  // ("Wijk bot herinner me morgen …": dictated, the name in two words.)
  const spokenNames = deps.botNames.map((n) => escapeRegExp(n).replace(/bot$/i, "\\s?bot")).join("|");
  const leadingName = new RegExp(`^((hey|hee|he|hé|hè|ha|hai|hej|dag|hoi|hallo|hi|hello|beste|lieve|dear|ok|oke|moi|yo|goedemorgen|goedemiddag|goedenavond|morgen|good morning|good afternoon|en|oja|o ja|oh|nou|trouwens|btw|ps)[,!]*\\s+)?(${spokenNames})\\b[,:!.]*\\s*`, "i");
  // "moestuin is klaar, wijkbot!": the name said last, after a comma or a full stop (not "… aan de wijkbot").
  // ("… zet je dat bij de moestuin wijkbot": the name said last without a comma too — not "… zet het in de wijkbot", about it.)
  const trailingName = new RegExp(`(?:[,.!]\\s*|\\s+(?<!\\b(?:de|het|die|deze|onze|jullie|aan|in|naar|van|met|voor|tegen|door|bij|op|via|the|to|in|with)\\s+))(${names})\\s*[!.?]*\\s*$`, "i");

  async function welcomeNewcomer(message: IncomingMessage): Promise<Reply[]> {
    const key = `${message.platform}\u0000${message.chatId}\u0000${message.senderId}`;
    if (knownSenders.has(key)) return [];
    const chat = await deps.db.chat.findFirst({
      where: { platform: message.platform, externalId: message.chatId, kind: { not: "direct" } },
      include: { wijk: true },
      orderBy: { createdAt: "asc" },
    });
    if (!chat) return [];
    const now = deps.clock.now();
    const replies = await deps.db.$transaction(async (tx) => {
      const { person, isNew } = await resolveSender(tx, {
        wijkId: chat.wijkId,
        platform: message.platform,
        senderId: message.senderId,
        senderAltId: message.senderAltId,
        senderName: message.senderName,
        at: now,
      });
      return isNew ? [await welcome(tx, person, chat.wijk, now)] : [];
    });
    knownSenders.add(key);
    if (knownSenders.size > KNOWN_SENDERS_MAX) knownSenders.delete(knownSenders.values().next().value as string);
    return replies;
  }

  return {
    name: "addressed",
    async run(turn) {
      if (turn.rerun || turn.addressed) return;
      const { message } = turn;
      if (/^[/!]/.test(turn.text)) return;
      const byName = atName.test(turn.text);
      atName.lastIndex = 0;
      const startsWithName = leadingName.test(turn.text);
      const endsWithName = trailingName.test(turn.text);
      const addressed = message.isDirect || message.mentionsBot || message.repliesToBot || byName || startsWithName || endsWithName;
      if (!addressed) {
        turn.replies.push(...(await welcomeNewcomer(message)));
        turn.done = true;
        return;
      }
      turn.text = turn.text.replace(atName, " ").replace(leadingName, "").replace(trailingName, "").trim();
      atName.lastIndex = 0;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
