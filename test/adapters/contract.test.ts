import { describe } from "vitest";
import { runAdapterContract } from "./contract.ts";
import { consoleDriver } from "./drivers/console-driver.ts";
import { telegramDriver } from "./drivers/telegram-driver.ts";
import { teamsDriver } from "./drivers/teams-driver.ts";

describe("console adapter", () => runAdapterContract(consoleDriver));
describe("telegram adapter (grammY against telegram-test-api)", () => runAdapterContract(telegramDriver));
describe("teams adapter (CloudAdapter behind /api/messages, fake Bot Connector)", () => runAdapterContract(teamsDriver));
