import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie bereik: how many people an action reached. */
export const nlReach = {
  "reach.name": "noem de actie en het aantal",
  "reach.count": "zet het aantal (een heel getal) achteraan",
  "reach.askReached": "🎯 Hoeveel kinderen, jongeren of ouders heeft {label} bereikt? Typ het aantal (bijvoorbeeld 25).",
  "reach.askIntended": "🎯 Hoeveel wil {label} er bereiken (beoogd)? Typ het aantal (bijvoorbeeld 40).",
  "reach.tooBig": "dat aantal is onwaarschijnlijk groot",
  "reach.set": "🎯 Bereik van {label}: {reached} bereikt, {intended} beoogd.",
} as const satisfies Record<string, CatalogueText>;
