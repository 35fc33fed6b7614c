import type { CatalogueText } from "../plural.ts";
import type { nlStorage } from "../nl/storage.ts";

/** English texts of a database that cannot store anything (keys as in nl/storage.ts). */
export const enStorage: Record<keyof typeof nlStorage, CatalogueText> = {
  "storage.failing":
    "⚠️ *wijkbot hasn't been able to save anything for {minutes} minutes* (in {wijk}).\nThe server's storage is full or read-only. Anyone changing something now gets \"please try again shortly\"; what was confirmed earlier is kept. Ask the server's administrator to free up space. I'll let you know as soon as it works again.",
  "storage.working": "✅ wijkbot can save again (in {wijk}), after {minutes} minutes of trouble. What failed in that time can be done again now.",
  "storage.yourWijk": "your neighbourhood",
};
