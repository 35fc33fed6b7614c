import type { BotDeps } from "../bot-deps.ts";
import { findBindingReadOnly, translatorFor } from "../bot-deps.ts";
import type { Step, Turn } from "../pipeline.ts";
import type { MessageKey, MessageVars } from "../../i18n/index.ts";
import { BUTTON_TTL_DAYS, buttonAnswer, readButtonId, refIssuedAt, type ButtonRow } from "../prompts.ts";

const DAY_MS = 86_400_000;

/** A press that was taken: what the question shows once the press did its work. */
export interface TakenPress {
  label: string;
  answer: string;
  /** The outcome's text key ("✅ Klaar gezet door {name}"); the generic "{label} — gekozen door {name}" otherwise. */
  outcomeKey?: MessageKey;
  /** The option asks for a value first ("📅 Nieuwe datum"): the press counts as taken without a change. */
  asksValue: boolean;
}

/**
 * Step 2 (button presses only): the pressed button's opaque id is looked up. A button that
 * is unknown (forged), expired, from another chat or wijk, or that answers a question asked
 * of someone else gets a short reply for the presser only, and nothing runs. Otherwise the
 * press becomes the answer it stands for (the option's number, ja or nee), which the
 * follow-up step reads against that very question, like a typed answer.
 */
export function pressStep(deps: BotDeps): Step {
  return {
    name: "press",
    async run(turn) {
      const { message } = turn;
      if (!message.promptRef) return;
      const { ref, key } = readButtonId(message.promptRef);
      const row = await deps.prompts.findButton(message.platform, ref);
      if (!row) {
        const issued = refIssuedAt(ref);
        const old = issued && deps.clock.now().getTime() - issued.getTime() > BUTTON_TTL_DAYS * DAY_MS;
        return refuse(deps, turn, old ? "buttons.expired" : "buttons.unknown");
      }
      if (row.chatId !== message.chatId) return refuse(deps, turn, (await sameWijk(deps, turn, row)) ? "buttons.otherChat" : "buttons.otherWijk");
      const index = key === undefined ? Number.parseInt(turn.text, 10) - 1 : row.keys.indexOf(key);
      const answer = index >= 0 ? buttonAnswer(row.payload, index) : undefined;
      if (!answer) return refuse(deps, turn, "buttons.unknown");
      if (row.expired) return refuse(deps, turn, row.scheduled ? "buttons.expired" : "buttons.promptExpired");
      if (row.askedOf && row.askedOf.senderId !== message.senderId && row.askedOf.senderId !== message.senderAltId) {
        return refuse(deps, turn, "buttons.notYours", { name: row.askedOf.name });
      }
      turn.text = answer;
      turn.press = takenPress(row, index, answer);
    },
  };
}

function takenPress(row: ButtonRow, index: number, answer: string): TakenPress {
  const { payload } = row;
  if (payload.kind !== "choice") return { label: answer, answer, asksValue: false };
  return {
    label: payload.labels?.[index] ?? answer,
    answer,
    ...(payload.pressedKeys?.[index] ? { outcomeKey: payload.pressedKeys[index] } : {}),
    asksValue: Boolean(payload.options[index]?.askValue),
  };
}

/** The pressed question's chat and the presser's chat belong to the same wijk (else the button came from another wijk). */
async function sameWijk(deps: BotDeps, turn: Turn, row: ButtonRow): Promise<boolean> {
  const here = await findBindingReadOnly(deps.db, turn.message);
  const there = await deps.db.chat.findFirst({ where: { platform: turn.message.platform, externalId: row.chatId }, select: { wijkId: true } });
  return Boolean(here && there && here.wijk.id === there.wijkId);
}

async function refuse(deps: BotDeps, turn: Turn, key: MessageKey, vars?: MessageVars): Promise<void> {
  turn.replies.push({ text: (await translatorFor(deps.db, turn.message))(key, vars), refused: true });
  turn.done = true;
}

/**
 * What the pressed question shows once the press did its work — a change, a value asked for,
 * or a "nee" — in the presser's words ("✅ Klaar gezet door Ahmed"); undefined when the press
 * changed nothing (a second press: the reply says how things stand).
 */
export async function pressOutcome(deps: Pick<BotDeps, "db">, turn: Turn): Promise<string | undefined> {
  const press = turn.press;
  if (!press || turn.replies.some((r) => r.refused)) return undefined;
  const t = turn.t ?? (await translatorFor(deps.db, turn.message));
  const name = turn.message.senderName;
  if (press.answer === "nee" && !turn.changed) return t("buttons.cancelledBy", { name });
  if (!turn.changed && !press.asksValue) return undefined;
  if (press.answer === "ja") return t("buttons.confirmedBy", { name });
  return t(press.outcomeKey ?? "buttons.chosenBy", { label: press.label, name });
}
