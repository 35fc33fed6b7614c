import type { CatalogueText } from "../plural.ts";
import type { nlReach } from "../nl/reach.ts";

/** English texts of /actie bereik: how many people an action reached (keys as in nl/reach.ts). */
export const enReach: Record<keyof typeof nlReach, CatalogueText> = {
  "reach.name": "name the action and the number",
  "reach.count": "put the number (a whole number) at the end",
  "reach.tooBig": "that number is improbably large",
  "reach.set": "🎯 Reach of {label}: {reached} reached, {intended} intended.",
};
