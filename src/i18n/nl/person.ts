import type { CatalogueText } from "../plural.ts";

/** Dutch texts of finding a person by name. */
export const nlPerson = {
  "person.ambiguous": "Er zijn meerdere mensen die lijken op \"{ref}\": {names}. Gebruik de volledige naam.",
  "person.notFound": "Ik ken niemand die \"{ref}\" heet in deze wijk. Typ /wie voor iedereen.",
} as const satisfies Record<string, CatalogueText>;
