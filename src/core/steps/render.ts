import type { Db } from "../../db.ts";
import type { Step, TurnReply } from "../pipeline.ts";
import type { IncomingMessage, OutgoingMessage } from "../types.ts";
import type { Reply } from "../command.ts";
import { addressedMessage, recipientTargets } from "../addressing.ts";
import { pressOutcome } from "./press.ts";

/** Last step: replies go back to the chat they came from, unless `to` sends them to a person or the wijk's groups of a kind. */
export function renderStep(db: Db): Step {
  return {
    name: "render",
    async run(turn) {
      // A press that did its work: the first reply to the presser's chat carries what the question now shows.
      const outcome = await pressOutcome({ db }, turn);
      const first = turn.replies.findIndex((r) => !r.to);
      if (outcome && first >= 0) turn.replies[first] = { ...turn.replies[first], pressed: outcome };
      for (const reply of turn.replies) turn.outgoing.push(...(await route(db, turn.message, reply)));
    },
  };
}

async function route(db: Db, message: IncomingMessage, reply: TurnReply): Promise<OutgoingMessage[]> {
  const { to, wijkId, ...rest } = reply;
  if (!to) return [toOutgoing(message, rest)];
  // A board goes to the groups of a kind, never into a message to a person.
  const board = "chatKind" in to && rest.board ? { board: rest.board } : {};
  return (await recipientTargets(db, to, wijkId)).map((target) => ({ ...addressedMessage(target, rest.text), ...board }));
}

export function toOutgoing(message: IncomingMessage, reply: Reply): OutgoingMessage {
  return {
    platform: message.platform,
    chatId: message.chatId,
    text: reply.text,
    replyTo: message.messageId,
    ...(reply.choices ? { choices: reply.choices } : {}),
    ...(reply.board ? { board: reply.board } : {}),
    ...(reply.editKey ? { editKey: reply.editKey } : {}),
    ...(reply.poll ? { poll: reply.poll } : {}),
    ...(reply.promptRef ? { promptRef: reply.promptRef } : {}),
    ...(reply.refused ? { refused: true } : {}),
    ...(reply.pressed ? { pressed: reply.pressed } : {}),
  };
}
