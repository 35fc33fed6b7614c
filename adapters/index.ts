import { DEFAULT_LANGUAGE, supportedLanguages, type Adapter, type Logger, type HttpServer } from "../src/core/index.ts";
// Types only: each platform SDK is loaded when its platform is configured (Baileys and
// botbuilder alone take ~130 MB of memory; a wijk on one platform should not pay for all).
import type { ConversationStore } from "./teams/index.ts";
import type { WhatsAppAdapterConfig } from "./whatsapp/index.ts";

/** What platform adapters may be given by the composition root (never the database). */
export interface PlatformAdapterDeps {
  env: NodeJS.ProcessEnv;
  http: HttpServer;
  logger: Logger;
  /** The chat commands ({ name, summary }), for menus such as Telegram's "/" list. */
  commands?: readonly { name: string; summary: string }[];
  /** Where a platform keeps what it needs to write to a chat later (Teams conversation references). */
  conversationStore?: (platform: string) => ConversationStore;
  /** WhatsApp's session store, lease, bound-chat check and logout announcement (database-backed). */
  whatsapp?: Pick<WhatsAppAdapterConfig, "authStore" | "leaseFor" | "isChatAllowed" | "onLoggedOut">;
}

/**
 * The chat platforms configured in the environment (.env). Each adapter's factory reads
 * its own settings; an adapter whose settings are absent is not started:
 * - Telegram: TELEGRAM_BOT_TOKEN is set.
 * - Teams: MICROSOFT_APP_ID is set (unless TEAMS_ENABLED=0), or TEAMS_ENABLED=1 without an
 *   app id for the Bot Framework Emulator (unauthenticated, local testing only).
 * - WhatsApp: WHATSAPP_ENABLED=1 (linked device; login by QR code or pairing code).
 * All of them run side by side in one process, next to the HTTP server.
 */
export async function createPlatformAdapters(deps: PlatformAdapterDeps): Promise<Adapter[]> {
  const { env, http, logger } = deps;
  const adapters: Adapter[] = [];

  if (env.TELEGRAM_BOT_TOKEN) {
    const { createTelegramAdapter, telegramCommandMenu } = await import("./telegram/index.ts");
    adapters.push(
      createTelegramAdapter({
        env,
        http,
        logger: logger.child({ adapter: "telegram" }),
        commandMenu: deps.commands ? telegramCommandMenu(deps.commands) : undefined,
        commandMenuByLanguage: deps.commands
          ? Object.fromEntries(supportedLanguages().filter((l) => l !== DEFAULT_LANGUAGE).map((l) => [l, telegramCommandMenu(deps.commands!, l)]))
          : undefined,
      }),
    );
  }

  if (isTeamsEnabled(env)) {
    const { createTeamsAdapter } = await import("./teams/index.ts");
    adapters.push(
      createTeamsAdapter({
        env,
        http,
        logger: logger.child({ adapter: "teams" }),
        conversationStore: deps.conversationStore?.("teams"),
      }),
    );
  }

  // whatsapp
  if (/^(1|true|ja|yes)$/i.test(env.WHATSAPP_ENABLED ?? "")) {
    const { createWhatsAppAdapter } = await import("./whatsapp/index.ts");
    if (!deps.whatsapp) throw new Error("WHATSAPP_ENABLED=1 needs the database-backed session store (deps.whatsapp)");
    adapters.push(createWhatsAppAdapter({ env, logger: logger.child({ adapter: "whatsapp" }), ...deps.whatsapp }));
  }

  return adapters;
}

export function isTeamsEnabled(env: NodeJS.ProcessEnv): boolean {
  if (env.TEAMS_ENABLED === "0") return false;
  return env.TEAMS_ENABLED === "1" || Boolean(env.MICROSOFT_APP_ID);
}
