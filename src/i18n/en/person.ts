import type { CatalogueText } from "../plural.ts";
import type { nlPerson } from "../nl/person.ts";

/** English texts of finding a person by name (keys as in nl/person.ts). */
export const enPerson: Record<keyof typeof nlPerson, CatalogueText> = {
  "person.ambiguous": "Several people look like \"{ref}\": {names}. Use the full name.",
  "person.notFound": "I don't know anyone called \"{ref}\" in this neighbourhood. Type /who for everyone.",
};
