import type { Tx } from "./db.ts";
import type { Clock } from "./core/clock.ts";
import type { Logger } from "./core/logger.ts";
import type { OutgoingMessage } from "./core/types.ts";
import { createAuthKeyValueStore, type AuthKeyValueStore } from "./db/whatsapp-auth-store.ts";
import { createLease, type HeldLease } from "./db/lease.ts";
import { whatsappLogoutAnnouncements } from "./services/announce-whatsapp-logout.ts";

/**
 * How long the WhatsApp lease lasts without renewal. The holder renews every quarter of
 * it; a standby process polls every 10 s, so it takes over within a minute of a crash.
 */
export const WHATSAPP_LEASE_TTL_MS = 40_000;

/** Everything database-backed the WhatsApp adapter is handed (it never sees Prisma itself). */
export interface WhatsAppSupport {
  authStore: AuthKeyValueStore;
  leaseFor(session: string): HeldLease;
  isChatAllowed(chatId: string): Promise<boolean>;
  onLoggedOut(): Promise<void>;
}

export function createWhatsAppSupport(options: {
  db: Tx;
  clock: Clock;
  logger: Logger;
  /** The one send path (the outbox). */
  send(message: OutgoingMessage): Promise<unknown>;
  /** Platforms with a running adapter right now. */
  platforms(): string[];
}): WhatsAppSupport {
  const { db, clock, logger } = options;
  return {
    authStore: createAuthKeyValueStore(db),
    leaseFor: (session) => createLease(db, { name: `whatsapp:${session}`, ttlMs: WHATSAPP_LEASE_TTL_MS, now: () => clock.now() }),
    async isChatAllowed(chatId) {
      return Boolean(await db.chat.findFirst({ where: { platform: "whatsapp", externalId: chatId }, select: { id: true } }));
    },
    async onLoggedOut() {
      const messages = await whatsappLogoutAnnouncements(db, { platforms: options.platforms() });
      if (!messages.length) logger.warn("whatsapp logged out; no coordinator reachable on another platform");
      for (const message of messages) await options.send(message);
      logger.info({ announcements: messages.length }, "whatsapp logout announced to coordinators");
    },
  };
}
