import type { CatalogueText } from "../plural.ts";

/** Dutch texts of /actie info: everything about one action. */
export const nlInfo = {
  "info.name": "noem de actie die je wilt zien",
  "info.status": "Status: {emoji} {status}",
  "info.pillar": "Pijler: {pillar}{goal}",
  "info.goal": " · doel: {goal}",
  "info.owner": "Eigenaar: {owners}",
  "info.deadline": "Deadline: {date}{late}",
  "info.age": "Doelgroep: {group}",
  "info.partners": "Partners: {partners}",
  "info.reach": "Bereik: {reached} bereikt van {intended} beoogd",
  "info.budget": "Budget: {spent} besteed van {planned} begroot",
  "info.lastNote": "Laatste update ({date}, {name}): {text}",
  "info.history": "_Laatste wijzigingen:_",
} as const satisfies Record<string, CatalogueText>;
