import { describe } from "vitest";
import { runAdapterContract } from "./contract.ts";
import { whatsappDriver } from "./drivers/whatsapp-driver.ts";

describe("whatsapp adapter (Baileys events from a simulated socket)", () => runAdapterContract(whatsappDriver));
