import type { IncomingMessage, OutgoingMessage } from "./types.ts";
import type { CommandDefinition, Reply } from "./command.ts";
import type { MaybeBinding } from "./bot-deps.ts";
import type { Rerun } from "./errors.ts";
import type { Translate } from "../i18n/index.ts";
import type { TakenPress } from "./steps/press.ts";

/** A reply on its way out; `wijkId` lets replies addressed to a chat kind find their chats. */
export type TurnReply = Reply & { wijkId?: string };

/**
 * One incoming message on its way through the steps. Each step reads what the earlier
 * ones found and either adds to it or ends the turn (`done`).
 */
export interface Turn {
  readonly message: IncomingMessage;
  /** The text with control characters removed and trimmed. */
  text: string;
  /** The message answers the bot's question (a read-as prompt): addressed to it even in a group without a mention. */
  addressed?: boolean;
  /** The command to run, once a step knows it (typed, understood or an answer to a question). */
  rerun?: Rerun;
  /** The command's name once known, for the log line of a failure. */
  commandName?: string;
  /** How the command was reached: typed with a slash, understood from free text, or a follow-up. */
  origin?: "slash" | "free-text" | "follow-up";
  /** The chat's binding, once a step has read it (read once per message). */
  binding?: MaybeBinding | null;
  /** The sender's language, once known (questions asked after a rollback use it too). */
  t?: Translate;
  /** The command, its checked arguments and the wijk, once authorised. */
  plan?: CommandPlan;
  replies: TurnReply[];
  outgoing: OutgoingMessage[];
  /** Set by the step that finished the turn: the later steps are skipped (render always runs). */
  done: boolean;
  /** A button press the press step accepted: the answer it stands for, for the outcome line. */
  press?: TakenPress;
  /** The command changed data (set by the act step). */
  changed?: boolean;
  /** Undo what a step did before a later one failed (e.g. forget the dedupe key). */
  onFailure: (() => void)[];
}

export interface CommandPlan {
  command: CommandDefinition;
  args: unknown;
  binding: MaybeBinding | null;
}

export interface Step {
  readonly name: string;
  run(turn: Turn): Promise<void>;
}

export function newTurn(message: IncomingMessage): Turn {
  return { message, text: "", replies: [], outgoing: [], done: false, onFailure: [] };
}

/** The steps in order; `render` runs last even when an earlier step ended the turn. */
export async function runSteps(
  steps: readonly Step[],
  render: Step,
  turn: Turn,
  boundary: (error: unknown, turn: Turn, step: string) => OutgoingMessage[],
): Promise<OutgoingMessage[]> {
  let current = "";
  try {
    for (const step of steps) {
      if (turn.done) break;
      current = step.name;
      await step.run(turn);
    }
    current = render.name;
    await render.run(turn);
    return turn.outgoing;
  } catch (error) {
    for (const undo of turn.onFailure) undo();
    return boundary(error, turn, current);
  }
}
