import type { CatalogueText } from "../plural.ts";
import type { nlData } from "../nl/data.ts";

/** English texts of /mijngegevens: a person's stored data (AVG) (keys as in nl/data.ts). */
export const enData: Record<keyof typeof nlData, CatalogueText> = {
  "data.dm": "This is everything wijkbot keeps about you:\n{json}",
  "data.sent": "🔒 I'm sending your data in a private message.",
  "data.needsDm": "🔒 I only send your data privately. Send me a private message first (for example /me) and type /mydata there.",
};
