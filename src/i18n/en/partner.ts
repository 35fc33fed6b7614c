import type { CatalogueText } from "../plural.ts";
import type { nlPartner } from "../nl/partner.ts";

/** English texts of /actie partner: partner organisations of an action (keys as in nl/partner.ts). */
export const enPartner: Record<keyof typeof nlPartner, CatalogueText> = {
  "partner.short": "name the action and the organisation",
  "partner.long": "that is too long",
  "partner.twoParts": "name the action and the organisation",
  "partner.unchanged": "{org} already was a partner of {label}.",
  "partner.added": "🤝 {org} is a partner of {label}.",
};
