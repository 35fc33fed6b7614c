/**
 * One chat floods, through the whole message path (issue 12, defects 2 and 3): 600 commands
 * from one member of a Telegram group, as in `npm start` (fair share on, replies merged),
 * while another member asks privately every 30 messages and reminders to the stuurgroep and
 * a DM fall due every minute. Real SQLite and the real core; the platform's pacing and the
 * clock are virtual (one ManualClock), so the figures do not depend on the machine's load —
 * except "handled per second", which is wall-clock time of the core handling the messages.
 */
import { ManualClock } from "../../src/core/clock.ts";
import { silentLogger } from "../../src/core/logger.ts";
import { createApp } from "../../src/app.ts";
import { connectAdapter, Intake } from "../../src/core/runtime.ts";
import type { Adapter, IncomingMessage, MessageHandler } from "../../src/core/types.ts";
import { toInstant } from "../../src/time/amsterdam.ts";
import { seedDemoWijk } from "../../src/services/seed-demo-wijk.ts";
import { TELEGRAM_SEND_POLICY } from "../../adapters/telegram/send.ts";
import { VirtualTime } from "../faults/virtual-time.ts";
import type { BenchDatabase } from "./setup.ts";

const START = toInstant({ year: 2026, month: 1, day: 7 }, 9, 59);
const FLOOD = 600;
const PER_MINUTE = 60;

export interface ChatFloodResult {
  messages: number;
  wallSeconds: number;
  /** Messages through the core per wall-clock second (flood and the other member together). */
  perSecond: number;
  /** Platform messages the flooded group received (replies merged). */
  groupMessages: number;
  /** The other member's private replies: delay (virtual s) from asking to the platform getting it, max. */
  otherReplyMaxS: number;
  /** Reminders to the other chats: delay (virtual s) from due to sent, p50 and max. */
  reminderP50S: number;
  reminderMaxS: number;
  reminders: number;
}

export async function chatFlood(bench: BenchDatabase): Promise<ChatFloodResult> {
  const clock = new ManualClock(START);
  const db = bench.db;
  const { wijkId } = await seedDemoWijk(db, clock.now());
  await db.action.updateMany({ data: { deadline: null } });
  await db.chat.create({ data: { wijkId, platform: "telegram", externalId: "-1001", kind: "kartrekkers" } });
  const stuurgroep = await db.chat.create({ data: { wijkId, platform: "telegram", externalId: "-1002", kind: "stuurgroep" } });
  const sanne = await db.person.findFirstOrThrow({ where: { wijkId, displayName: "Sanne" } });
  const fatima = await db.person.findFirstOrThrow({ where: { wijkId, displayName: "Fatima" } });
  await db.identity.create({ data: { wijkId, personId: sanne.id, platform: "telegram", externalId: "501" } });
  await db.identity.create({ data: { wijkId, personId: fatima.id, platform: "telegram", externalId: "502" } });
  const dm = await db.chat.create({ data: { wijkId, platform: "telegram", externalId: "501", kind: "direct", personId: sanne.id } });
  const minutes = Math.ceil(FLOOD / PER_MINUTE);
  let number = 0;
  for (let minute = 1; minute <= minutes; minute++) {
    for (const chat of [stuurgroep, dm]) {
      number++;
      await db.reminder.create({ data: { wijkId, kind: "adhoc", number, text: `MARK-${number}-END`, nextAt: new Date(START.getTime() + minute * 60_000), targetChatId: chat.id } });
    }
  }

  const time = new VirtualTime(clock);
  const app = createApp({ db, clock, logger: silentLogger, outboxTiming: time, fairShare: true });
  const sent: { at: number; chatId: string; text: string }[] = [];
  let receive: MessageHandler | undefined;
  const telegram: Adapter = {
    name: "telegram",
    sendPolicy: TELEGRAM_SEND_POLICY,
    async start(onMessage) {
      receive = onMessage;
    },
    async stop() {},
    async send(message) {
      sent.push({ at: time.now(), chatId: message.chatId, text: message.text });
      return { platform: "telegram", chatId: message.chatId, messageId: String(sent.length) };
    },
  };
  await connectAdapter(app.bot, telegram, app.outbox, new Intake());
  await app.scheduler.init(clock.now());

  const message = (senderId: string, senderName: string, chatId: string, i: number): IncomingMessage => ({
    platform: "telegram",
    chatId,
    isDirect: !chatId.startsWith("-"),
    senderId,
    senderName,
    text: "/acties mijn",
    messageId: `${chatId}-${i}`,
    at: clock.now(),
  });
  const asked: { at: number; n: number }[] = [];
  let wallMs = 0;
  let messages = 0;
  for (let minute = 0; minute < minutes; minute++) {
    const started = performance.now();
    for (let i = minute * PER_MINUTE; i < (minute + 1) * PER_MINUTE; i++) {
      await receive!(message("502", "Fatima", "-1001", i));
      messages++;
      if (i % 30 === 0) {
        asked.push({ at: time.now(), n: asked.length });
        await receive!(message("501", "Sanne", "501", i));
        messages++;
      }
    }
    wallMs += performance.now() - started;
    await time.runUntil(START.getTime() + (minute + 1) * 60_000);
    void app.scheduler.tick(clock.now(), { waitForSends: false });
  }
  await time.runUntil(START.getTime() + (minutes + 30) * 60_000);

  const dmTexts = sent.filter((s) => s.chatId === "501" && !/MARK-/.test(s.text));
  // Each private answer (merged or not) reached the platform at its send moment; compare with when it was asked.
  let answered = 0;
  let otherReplyMaxMs = 0;
  for (const s of dmTexts) {
    const count = s.text.split("\n\n").filter((part) => !/MARK-/.test(part)).length;
    for (let k = 0; k < count && answered < asked.length; k++, answered++) otherReplyMaxMs = Math.max(otherReplyMaxMs, s.at - asked[answered].at);
  }
  const rows = await db.delivery.findMany({ where: { kind: "reminder" }, select: { dueAt: true, sentAt: true } });
  const delays = rows.filter((r) => r.sentAt).map((r) => (r.sentAt!.getTime() - r.dueAt.getTime()) / 1000).sort((a, b) => a - b);
  return {
    messages,
    wallSeconds: wallMs / 1000,
    perSecond: messages / (wallMs / 1000),
    groupMessages: sent.filter((s) => s.chatId === "-1001").length,
    otherReplyMaxS: otherReplyMaxMs / 1000,
    reminderP50S: delays[Math.floor(delays.length / 2)] ?? NaN,
    reminderMaxS: delays.at(-1) ?? NaN,
    reminders: delays.length,
  };
}
