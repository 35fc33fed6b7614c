import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /mijngegevens: a person's stored data (AVG). */
export const nlData = {
  "data.dm": "Dit is alles wat wijkbot over jou bewaart:\n{json}",
  "data.sent": "🔒 Ik stuur je gegevens in een privébericht.",
  "data.needsDm": "🔒 Je gegevens stuur ik alleen privé. Stuur mij eerst een privébericht (bijvoorbeeld /ik) en typ daar /mijngegevens.",
} as const satisfies Record<string, CatalogueText>;
