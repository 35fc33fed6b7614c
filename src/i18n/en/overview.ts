import type { CatalogueText } from "../plural.ts";
import type { nlOverview } from "../nl/overview.ts";

/** English texts of /overzicht: the overview link and the overview pinned in a group (keys as in nl/overview.ts). */
export const enOverview: Record<keyof typeof nlOverview, CatalogueText> = {
  "overview.pinWhat": "pin the overview",
  "overview.pinned": "📌 I'm pinning the overview here. On every change I edit that one message, without new messages.",
  "overview.pinGroupOnly": "The overview can only be pinned in a group. Type /overview pin in your neighbourhood's group.",
  "overview.linkWhat": "make a new link to the overview",
  "overview.newLink": "🔗 New link to the overview of {wijk}:\n{link}\nThe old link no longer works. Share the new one only with the people of the neighbourhood.",
};
