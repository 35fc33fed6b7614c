/** Row shapes services hand to commands and renderers. */
import type { Action, Chat, Person, Pillar, Wijk } from "../generated/sqlite/client.ts";

export type WijkRow = Wijk;
export type PersonRow = Person;
export type PillarRow = Pillar;
export type ChatRow = Chat;
export type ActionRow = Action;
