import { statusCommand } from "../src/core/status-command.ts";

export default statusCommand({
  word: "klaar",
  status: "klaar",
  aliases: ["actie af", "actie gedaan", "actie afgerond", "actie klaargezet", "action done", "action finished", "action complete"],
  summary: "zet een actie op klaar",
  summaryEn: "marks an action as done",
  example: "/actie klaar watertappunt",
});
