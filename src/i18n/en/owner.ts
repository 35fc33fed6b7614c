import type { CatalogueText } from "../plural.ts";
import type { nlOwner } from "../nl/owner.ts";

/** English texts of /actie eigenaar (keys as in nl/owner.ts). */
export const enOwner: Record<keyof typeof nlOwner, CatalogueText> = {
  "owner.name": "name the action first, then the new owner with @",
  "owner.people": "name the new owner with @, for example @Sanne",
  "owner.askPeople": "👤 Who becomes owner of {label}? Type the name (for example Lisa, or @Lisa @Daan for two).",
  "owner.max": "at most 5 owners",
  "owner.unchanged": "{owners} already owned {label}.",
  "owner.set": "👤 {label} is now owned by: {owners}.",
};
