import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /status for the coördinator: connections, deliveries, what is planned. */
export const nlBotStatus = {
  // /status for the coördinator (commands/status.ts)
  "botStatus.what": "de status van de bot bekijken",
  "botStatus.title": "*Status van de bot in {wijk}*",
  "botStatus.connections": "*Verbindingen*",
  "botStatus.delivered": "*Afgeleverd*",
  "botStatus.planned": "*Gepland*",
  "botStatus.state.connected": "verbonden",
  "botStatus.state.running": "actief",
  "botStatus.state.connecting": "verbinding maken…",
  "botStatus.state.logged-out": "uitgelogd — opnieuw koppelen nodig",
  "botStatus.state.lease-elsewhere": "verbonden via een ander proces",
  "botStatus.state.starting": "opstarten",
  "botStatus.state.standby": "stand-by (een ander proces is verbonden)",
  "botStatus.state.awaiting-login": "wacht op koppelen",
  "botStatus.state.reconnecting": "opnieuw verbinden…",
  "botStatus.state.replaced": "overgenomen door een ander programma",
  "botStatus.state.forbidden": "geweigerd door WhatsApp",
  "botStatus.state.stopped": "gestopt",
  "botStatus.noPlatform": "- geen platform verbonden in dit proces",
  "botStatus.dead": { one: "⚠️ 1 bericht kwam de afgelopen 7 dagen niet aan (na herhaald proberen):", other: "⚠️ {count} berichten kwamen de afgelopen 7 dagen niet aan (na herhaald proberen):" },
  "botStatus.unknownChat": "onbekende chat",
  "botStatus.edit": "bewerking",
  "botStatus.attempts": "{count}× geprobeerd",
  "botStatus.earlier": "- en {count} eerder",
  "botStatus.allDelivered": "Alle berichten van de afgelopen 7 dagen zijn aangekomen.",
  "botStatus.pending": "Nog te versturen: {count}",
  "botStatus.pendingLate": "Nog te versturen: {count} (waarvan {late} te laat)",
  "botStatus.gaveUp": { one: "⚠️ 1 geplande herinnering opgegeven na {attempts} pogingen (7 dagen)", other: "⚠️ {count} geplande herinneringen opgegeven na {attempts} pogingen (7 dagen)" },
} as const satisfies Record<string, CatalogueText>;
