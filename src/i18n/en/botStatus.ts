import type { CatalogueText } from "../plural.ts";
import type { nlBotStatus } from "../nl/botStatus.ts";

/** English texts of /status for the coördinator: connections, deliveries, what is planned (keys as in nl/botStatus.ts). */
export const enBotStatus: Record<keyof typeof nlBotStatus, CatalogueText> = {
  "botStatus.what": "view the bot's status",
  "botStatus.title": "*Bot status in {wijk}*",
  "botStatus.connections": "*Connections*",
  "botStatus.delivered": "*Delivered*",
  "botStatus.planned": "*Scheduled*",
  "botStatus.state.connected": "connected",
  "botStatus.state.running": "running",
  "botStatus.state.connecting": "connecting…",
  "botStatus.state.logged-out": "logged out — needs to be linked again",
  "botStatus.state.lease-elsewhere": "connected through another process",
  "botStatus.state.starting": "starting",
  "botStatus.state.standby": "standby (another process is connected)",
  "botStatus.state.awaiting-login": "waiting to be linked",
  "botStatus.state.reconnecting": "reconnecting…",
  "botStatus.state.replaced": "taken over by another program",
  "botStatus.state.forbidden": "refused by WhatsApp",
  "botStatus.state.stopped": "stopped",
  "botStatus.noPlatform": "- no platform connected in this process",
  "botStatus.dead": { one: "⚠️ 1 message could not be delivered in the past 7 days (after repeated attempts):", other: "⚠️ {count} messages could not be delivered in the past 7 days (after repeated attempts):" },
  "botStatus.unknownChat": "unknown chat",
  "botStatus.edit": "edit",
  "botStatus.attempts": "tried {count}×",
  "botStatus.earlier": "- and {count} earlier",
  "botStatus.allDelivered": "All messages of the past 7 days were delivered.",
  "botStatus.pending": "Still to send: {count}",
  "botStatus.pendingLate": "Still to send: {count} ({late} of them late)",
  "botStatus.gaveUp": { one: "⚠️ 1 scheduled reminder given up after {attempts} attempts (7 days)", other: "⚠️ {count} scheduled reminders given up after {attempts} attempts (7 days)" },
};
