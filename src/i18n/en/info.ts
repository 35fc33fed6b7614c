import type { CatalogueText } from "../plural.ts";
import type { nlInfo } from "../nl/info.ts";

/** English texts of /actie info: everything about one action (keys as in nl/info.ts). */
export const enInfo: Record<keyof typeof nlInfo, CatalogueText> = {
  "info.name": "name the action you want to see",
  "info.status": "Status: {emoji} {status}",
  "info.pillar": "Pillar: {pillar}{goal}",
  "info.goal": " · goal: {goal}",
  "info.owner": "Owner: {owners}",
  "info.deadline": "Deadline: {date}{late}",
  "info.age": "Age group: {group}",
  "info.partners": "Partners: {partners}",
  "info.reach": "Reach: {reached} reached of {intended} intended",
  "info.budget": "Budget: {spent} spent of {planned} planned",
  "info.lastNote": "Latest update ({date}, {name}): {text}",
  "info.history": "_Latest changes:_",
};
