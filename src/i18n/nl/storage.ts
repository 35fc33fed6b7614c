import type { CatalogueText } from "../plural.ts";

/** Dutch texts of a database that cannot store anything. */
export const nlStorage = {
  "storage.failing":
    "⚠️ *wijkbot kan al {minutes} minuten niets opslaan* (in {wijk}).\nDe opslag van de server is vol of alleen-lezen. Wie iets verandert, krijgt nu \"probeer het zo nog eens\"; wat eerder bevestigd is, blijft bewaard. Vraag de beheerder van de server ruimte vrij te maken. Ik laat het weten zodra het weer werkt.",
  "storage.working": "✅ wijkbot kan weer opslaan (in {wijk}), na {minutes} minuten storing. Wat in die tijd niet lukte, kan nu opnieuw.",
  "storage.yourWijk": "je wijk",
} as const satisfies Record<string, CatalogueText>;
