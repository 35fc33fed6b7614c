import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie bereik: how many people an action reached. */
export const nlReach = {
  "reach.name": "noem de actie en het aantal",
  "reach.count": "zet het aantal (een heel getal) achteraan",
  "reach.tooBig": "dat aantal is onwaarschijnlijk groot",
  "reach.set": "🎯 Bereik van {label}: {reached} bereikt, {intended} beoogd.",
} as const satisfies Record<string, CatalogueText>;
