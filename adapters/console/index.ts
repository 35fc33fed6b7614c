import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { isoMinuteOf, type Adapter, type IncomingMessage, type MessageHandler, type OutgoingMessage, type SentMessage } from "../../src/core/index.ts";
import { parseConsoleLine } from "./parse-line.ts";

/**
 * The console adapter: the embedded default of `npm start` and the black-box test
 * surface. Reads lines from a stream (terminal or pipe), writes every bot message as
 *   [YYYY-MM-DD HH:MM] bot → <chat>:
 *   <text>
 * Directives (@tijd, @lid) are handed to `onDirective`: the adapter only translates.
 */
export interface ConsoleAdapterConfig {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** The simulated or real time, for the timestamps in the output. */
  now: () => Date;
  /** Who types when a line has no "Naam:" (interactive use only). */
  defaultSender: string;
  /** Script mode: a line without "Naam:" or a bad directive is an error with its line number. */
  strict?: boolean;
  /** Show a prompt and accept plain lines as the default sender (interactive terminal). */
  interactive?: boolean;
  botName?: string;
  onDirective?: (directive: ConsoleDirective) => Promise<void>;
}

export type ConsoleDirective =
  | { kind: "time"; date: string; time: string; line: number }
  | { kind: "member"; name: string; role: string; pillar?: string; line: number };

export class ConsoleScriptError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(`regel ${line}: ${reason}`);
    this.name = "ConsoleScriptError";
  }
}

export interface ConsoleAdapter extends Adapter {
  /** Resolves when the input has ended and every line was handled. */
  readonly done: Promise<void>;
}

export function createConsoleAdapter(config: ConsoleAdapterConfig): ConsoleAdapter {
  const chatLabels = new Map<string, string>([
    ["kartrekkers", "kartrekkers"],
    ["stuurgroep", "stuurgroep"],
  ]);
  let sent = 0;
  let incoming = 0;
  const runId = randomUUID().slice(0, 8);
  let resolveDone!: () => void;
  let rejectDone!: (error: unknown) => void;
  const done = new Promise<void>((resolve, reject) => {
    resolveDone = resolve;
    rejectDone = reject;
  });
  let readline: ReturnType<typeof createInterface> | undefined;

  function toIncoming(sender: string, chat: string, text: string): IncomingMessage {
    const isDirect = chat === "dm";
    const chatId = isDirect ? `dm:${sender.toLowerCase()}` : chat;
    chatLabels.set(chatId, isDirect ? `dm ${sender}` : chat);
    const mentions = [...text.matchAll(/@([\p{L}][\p{L}\p{N}_-]*)/gu)].map((m) => ({ id: m[1].toLowerCase(), name: m[1] }));
    const botName = (config.botName ?? "wijkbot").toLowerCase();
    return {
      platform: "console",
      chatId,
      chatTitle: isDirect ? undefined : chat,
      isDirect,
      senderId: sender.toLowerCase(),
      senderName: sender,
      text,
      // Unique per run: a second `npm start` on the same database must not look like a redelivery.
      messageId: `console-${runId}-${++incoming}`,
      at: config.now(),
      mentions: mentions.filter((m) => m.id !== botName),
      mentionsBot: mentions.some((m) => m.id === botName),
    };
  }

  return {
    name: "console",
    done,
    async start(onMessage: MessageHandler) {
      readline = createInterface({ input: config.input, terminal: false, crlfDelay: Infinity });
      let lineNumber = 0;
      const prompt = () => {
        if (config.interactive) config.output.write("> ");
      };
      (async () => {
        prompt();
        for await (const raw of readline!) {
          lineNumber++;
          const line = parseConsoleLine(raw);
          switch (line.kind) {
            case "skip":
              break;
            case "malformed":
              if (config.strict) throw new ConsoleScriptError(lineNumber, line.reason);
              config.output.write(`(${line.reason})\n`);
              break;
            case "time":
            case "member":
              if (!config.onDirective) break;
              await config.onDirective({ ...line, line: lineNumber });
              break;
            case "message":
              await onMessage(toIncoming(line.sender, line.chat, line.text));
              break;
            case "plain":
              if (config.strict) throw new ConsoleScriptError(lineNumber, 'verwacht "Naam: tekst", "# opmerking", @tijd of @lid');
              await onMessage(toIncoming(config.defaultSender, "kartrekkers", line.text));
              break;
          }
          prompt();
        }
      })().then(resolveDone, (error) => {
        rejectDone(error instanceof ConsoleScriptError ? error : error);
      });
    },
    async send(message: OutgoingMessage): Promise<SentMessage> {
      const label = chatLabels.get(message.chatId) ?? (message.chatId.startsWith("dm:") ? `dm ${message.chatId.slice(3)}` : message.chatId);
      config.output.write(`${config.interactive ? "\n" : ""}[${isoMinuteOf(config.now())}] bot → ${label}:\n${message.text}\n${buttonsLine(message)}`);
      return { platform: "console", chatId: message.chatId, messageId: `console-out-${++sent}` };
    },
    async edit(ref: SentMessage, message: OutgoingMessage) {
      const label = chatLabels.get(ref.chatId) ?? ref.chatId;
      config.output.write(`[${isoMinuteOf(config.now())}] bot ✎ ${label} (bericht bijgewerkt):\n${message.text}\n`);
    },
    async stop() {
      readline?.close();
    },
  };
}

/**
 * The buttons of a scheduled question (a deadline reminder) as "[1] ✅ Klaar [2] 🔧 Bezig …";
 * typing the number presses one. A question asked in reply already lists its numbered options in the text.
 */
export function buttonsLine(message: OutgoingMessage): string {
  if (!message.promptRef || !message.choices?.length) return "";
  // "ja"/"nee": the question already says what to type; "[ja] ja [nee] nee" would only repeat it.
  if (message.choices.every((c) => c.label.trim().toLowerCase() === c.answer.trim().toLowerCase())) return "";
  // A question asked in reply already lists its numbered options in the text.
  if (message.choices.every((c) => message.text.includes(`${c.answer}. ${c.label}`))) return "";
  return `${message.choices.map((c) => `[${c.answer}] ${c.label}`).join(" ")}\n`;
}
