/** A child process of evaluate.ts: runs its share of the cases and reports each result. */
import { createRunner } from "./runner.ts";
import type { WorkerMessage, WorkerRequest } from "./evaluate.ts";

const send = (message: WorkerMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));

process.once("message", async (request: WorkerRequest) => {
  try {
    const runner = await createRunner({ templatePath: request.templatePath, checkLabels: request.checkLabels, freshFiles: request.freshFiles });
    for (const c of request.cases) await send({ kind: "result", result: await runner.run(c) });
    await runner.dispose();
    await send({ kind: "done" });
  } catch (error) {
    await send({ kind: "error", message: (error as Error).stack ?? String(error) });
  }
  process.exit(0);
});
