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
import overzichtVastzetten from "./overzicht-vastzetten.ts";
import overzichtNieuweLink from "./overzicht-nieuwe-link.ts";
import wie from "./wie.ts";
import ik from "./ik.ts";
import rol from "./rol.ts";
import koppel from "./koppel.ts";
import ikKoppel from "./ik-koppel.ts";
import ongedaan from "./ongedaan.ts";
import mijngegevens from "./mijngegevens.ts";
import vergeetmij from "./vergeetmij.ts";
import pijlerNieuw from "./pijler-nieuw.ts";
import pijlerHernoem from "./pijler-hernoem.ts";
import overdracht from "./overdracht.ts";
import vertrek from "./vertrek.ts";
import jaarplan from "./jaarplan.ts";
import check from "./check.ts";
import checkin from "./checkin.ts";
import taal from "./taal.ts";
import herinner from "./herinner.ts";
import herinnerStop from "./herinner-stop.ts";
import herinneringen from "./herinneringen.ts";
import snooze from "./snooze.ts";
import vakantie from "./vakantie.ts";
import afwezig from "./afwezig.ts";
import weekoverzicht from "./weekoverzicht.ts";
import maandbericht from "./maandbericht.ts";
import vergaderingNieuw from "./vergadering-nieuw.ts";
import datumprikker from "./datumprikker.ts";
import datumprikkerStem from "./datumprikker-stem.ts";
import datumprikkerKies from "./datumprikker-kies.ts";
import vergaderingAfsluiten from "./vergadering-afsluiten.ts";
import vergaderingen from "./vergaderingen.ts";
import agenda from "./agenda.ts";
import agendaVolgorde from "./agenda-volgorde.ts";
import { agendaAccepteer, agendaUitstellen, agendaBehandeld } from "./agenda-status.ts";
import agendapunt from "./agendapunt.ts";
import besluit from "./besluit.ts";
import besluitenlijst from "./besluitenlijst.ts";
import status from "./status.ts";
import rapport from "./rapport.ts";
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
  overzichtVastzetten,
  overzichtNieuweLink,
  wie,
  ik,
  rol,
  koppel,
  ikKoppel,
  ongedaan,
  mijngegevens,
  vergeetmij,
  pijlerNieuw,
  pijlerHernoem,
  overdracht,
  vertrek,
  jaarplan,
  check,
  checkin,
  rapport,
  taal,
  herinner,
  herinnerStop,
  herinneringen,
  snooze,
  vakantie,
  afwezig,
  weekoverzicht,
  maandbericht,
  vergaderingNieuw,
  datumprikker,
  datumprikkerStem,
  datumprikkerKies,
  vergaderingAfsluiten,
  vergaderingen,
  agenda,
  agendaVolgorde,
  agendaAccepteer,
  agendaUitstellen,
  agendaBehandeld,
  agendapunt,
  besluit,
  besluitenlijst,
  status,
] as CommandDefinition[];

commands.push(createHelpCommand(() => commands) as CommandDefinition);
