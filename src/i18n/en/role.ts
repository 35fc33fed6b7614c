import type { CatalogueText } from "../plural.ts";
import type { nlRole } from "../nl/role.ts";

/** English texts of roles: their names, /rol and who may do what (keys as in nl/role.ts). */
export const enRole: Record<keyof typeof nlRole, CatalogueText> = {
  "role.kartrekker": "action lead",
  "role.aanjager": "pillar lead",
  "role.coordinator": "coordinator",
  "role.stuurgroep": "steering group member",
  "role.voorzitter": "steering group chair",
  "role.person": "name the person first, with @",
  "role.role": "choose a role: kartrekker (action lead), aanjager (pillar lead), coordinator, stuurgroep (steering group), voorzitter (chair)",
  "role.what": "assign roles",
  "role.forbidden": "Only the coordinator can assign roles.",
  "role.askPillar": "🧭 Of which pillar does {name} become pillar lead? Type the pillar's name, for example: Gezond",
  "role.needsPillar": "A pillar lead belongs to a pillar. Type for example: /role @Sanne aanjager Gezond",
  "role.set": "🧭 {name} is now {role}{pillar}.",
  "role.ofPillar": " of {pillar}",
  "role.undone": "↩️ Undone: {name} is {role}{pillar} again.",
};
