import type { CatalogueText } from "../plural.ts";
import type { nlReach } from "../nl/reach.ts";

/** English texts of /actie bereik: how many people an action reached (keys as in nl/reach.ts). */
export const enReach: Record<keyof typeof nlReach, CatalogueText> = {
  "reach.name": "name the action and the number",
  "reach.count": "put the number (a whole number) at the end",
  "reach.askReached": "🎯 How many children, young people or parents has {label} reached? Type the number (for example 25).",
  "reach.askIntended": "🎯 How many does {label} aim to reach (intended)? Type the number (for example 40).",
  "reach.tooBig": "that number is improbably large",
  "reach.set": "🎯 Reach of {label}: {reached} reached, {intended} intended.",
};
