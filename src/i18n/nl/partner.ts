import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie partner: partner organisations of an action. */
export const nlPartner = {
  "partner.short": "noem de actie en de organisatie",
  "partner.long": "dat is te lang",
  "partner.twoParts": "noem de actie én de organisatie",
  "partner.unchanged": "{org} was al partner bij {label}.",
  "partner.added": "🤝 {org} is partner bij {label}.",
} as const satisfies Record<string, CatalogueText>;
