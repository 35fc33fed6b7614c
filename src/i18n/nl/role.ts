import type { CatalogueText } from "../plural.ts";

/** Dutch texts of roles: their names, /rol and who may do what. */
export const nlRole = {
  "role.kartrekker": "kartrekker",
  "role.aanjager": "aanjager",
  "role.coordinator": "coördinator",
  "role.stuurgroep": "stuurgroeplid",
  "role.voorzitter": "voorzitter stuurgroep",
  "role.person": "noem eerst de persoon met @",
  "role.role": "kies een rol: kartrekker, aanjager, coördinator, stuurgroeplid, voorzitter stuurgroep",
  "role.what": "rollen toekennen",
  "role.forbidden": "Alleen de coördinator kan rollen toekennen.",
  "role.askPillar": "🧭 Van welke pijler wordt {name} aanjager? Typ de naam van de pijler, bijvoorbeeld: Gezond",
  "role.needsPillar": "Een aanjager hoort bij een pijler. Typ bijvoorbeeld: /rol @Sanne aanjager Gezond",
  "role.set": "🧭 {name} is nu {role}{pillar}.",
  "role.ofPillar": " van {pillar}",
  "role.undone": "↩️ Ongedaan: {name} is weer {role}{pillar}.",
} as const satisfies Record<string, CatalogueText>;
