import type { CommandDefinition } from "../src/core/command.ts";
import actieNieuw from "./actie-nieuw.ts";
import actieKlaar from "./actie-klaar.ts";
import actieBezig from "./actie-bezig.ts";
import actieStop from "./actie-stop.ts";
import actieParkeer from "./actie-parkeer.ts";
import actieUpdate from "./actie-update.ts";
import actieDeadline from "./actie-deadline.ts";
import actieEigenaar from "./actie-eigenaar.ts";
import actieBereik from "./actie-bereik.ts";
import actieBudget from "./actie-budget.ts";
import actieDoelgroep from "./actie-doelgroep.ts";
import actiePartner from "./actie-partner.ts";
import actiePijler from "./actie-pijler.ts";
import actieHernoem from "./actie-hernoem.ts";
import actieVerwijder from "./actie-verwijder.ts";
import actieInfo from "./actie-info.ts";
import acties from "./acties.ts";
import overzicht from "./overzicht.ts";
import wie from "./wie.ts";
import ik from "./ik.ts";
import rol from "./rol.ts";
import koppel from "./koppel.ts";
import ongedaan from "./ongedaan.ts";
import { createHelpCommand } from "./help.ts";

/** Every chat command, in the order /help lists them. */
export const commands: CommandDefinition[] = [
  actieNieuw,
  actieKlaar,
  actieBezig,
  actieStop,
  actieParkeer,
  actieUpdate,
  actieDeadline,
  actieEigenaar,
  actieBereik,
  actieBudget,
  actieDoelgroep,
  actiePartner,
  actiePijler,
  actieHernoem,
  actieVerwijder,
  actieInfo,
  acties,
  overzicht,
  wie,
  ik,
  rol,
  koppel,
  ongedaan,
] as CommandDefinition[];

commands.push(createHelpCommand(() => commands) as CommandDefinition);
