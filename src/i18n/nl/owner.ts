import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie eigenaar. */
export const nlOwner = {
  "owner.name": "noem eerst de actie en dan de nieuwe eigenaar met @",
  "owner.people": "noem de nieuwe eigenaar met @, bijvoorbeeld @Sanne",
  "owner.askPeople": "👤 Wie wordt eigenaar van {label}? Typ de naam (bijvoorbeeld Lisa, of Lisa en Daan met @: @Lisa @Daan).",
  "owner.max": "hoogstens 5 eigenaren",
  "owner.unchanged": "{owners} was al eigenaar van {label}.",
  "owner.set": "👤 {label} heeft nu als eigenaar: {owners}.",
} as const satisfies Record<string, CatalogueText>;
