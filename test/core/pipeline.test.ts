import { describe, expect, it } from "vitest";
import { newTurn, runSteps, type Step, type Turn } from "../../src/core/pipeline.ts";
import type { OutgoingMessage } from "../../src/core/types.ts";
import { consoleMessage } from "../helpers/message.ts";

const AT = new Date("2026-01-05T08:00:00Z");

const message = consoleMessage("Fatima", "hallo", AT, { messageId: "m1" });

/** A step that writes its name in the log and then does what `body` says. */
function step(name: string, log: string[], body: (turn: Turn) => void | Promise<void> = () => {}): Step {
  return {
    name,
    async run(turn) {
      log.push(name);
      await body(turn);
    },
  };
}

/** The render step of these tests: one outgoing message per reply, in the same chat. */
function render(log: string[], body: (turn: Turn) => void = () => {}): Step {
  return step("render", log, (turn) => {
    body(turn);
    for (const reply of turn.replies) turn.outgoing.push({ platform: turn.message.platform, chatId: turn.message.chatId, text: reply.text });
  });
}

/** A boundary that remembers what it was told and answers with one fixed message. */
function recordingBoundary() {
  const calls: { error: unknown; step: string; turn: Turn }[] = [];
  const answer: OutgoingMessage = { platform: "console", chatId: "kartrekkers", text: "Er ging iets mis." };
  return {
    calls,
    answer,
    boundary(error: unknown, turn: Turn, step: string): OutgoingMessage[] {
      calls.push({ error, step, turn });
      return [answer];
    },
  };
}

describe("newTurn", () => {
  it("starts a turn with the message, empty text, no replies, not done and nothing to undo", () => {
    const turn = newTurn(message);
    expect(turn).toEqual({ message, text: "", replies: [], outgoing: [], done: false, onFailure: [] });
  });
});

describe("runSteps", () => {
  it("runs every step in the order given, then render, and returns what render put out", async () => {
    const log: string[] = [];
    const steps = [
      step("dedupe", log),
      step("understand", log, (t) => void t.replies.push({ text: "eerste" })),
      step("act", log, (t) => void t.replies.push({ text: "tweede" })),
    ];
    const { boundary, calls } = recordingBoundary();

    const out = await runSteps(steps, render(log), newTurn(message), boundary);

    expect(log).toEqual(["dedupe", "understand", "act", "render"]);
    expect(out.map((o) => o.text)).toEqual(["eerste", "tweede"]);
    expect(calls).toEqual([]);
  });

  it("lets each step read what the earlier steps found", async () => {
    const log: string[] = [];
    const seen: string[] = [];
    const steps = [step("clean", log, (t) => void (t.text = "schoon")), step("read", log, (t) => void seen.push(t.text))];

    await runSteps(steps, render(log), newTurn(message), recordingBoundary().boundary);

    expect(seen).toEqual(["schoon"]);
  });

  it("waits for an asynchronous step to finish before the next one starts", async () => {
    const log: string[] = [];
    const steps = [
      step("slow", log, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push("slow finished");
      }),
      step("next", log),
    ];

    await runSteps(steps, render(log), newTurn(message), recordingBoundary().boundary);

    expect(log).toEqual(["slow", "slow finished", "next", "render"]);
  });

  it("skips the later steps once a step marks the turn done, but still renders its replies", async () => {
    const log: string[] = [];
    const steps = [
      step("dedupe", log),
      step("addressed", log, (t) => {
        t.replies.push({ text: "Welkom!" });
        t.done = true;
      }),
      step("understand", log),
      step("act", log),
    ];

    const out = await runSteps(steps, render(log), newTurn(message), recordingBoundary().boundary);

    expect(log).toEqual(["dedupe", "addressed", "render"]);
    expect(out.map((o) => o.text)).toEqual(["Welkom!"]);
  });

  it("runs only render when the turn is already done before the first step", async () => {
    const log: string[] = [];
    const turn = newTurn(message);
    turn.done = true;

    const out = await runSteps([step("dedupe", log)], render(log), turn, recordingBoundary().boundary);

    expect(log).toEqual(["render"]);
    expect(out).toEqual([]);
  });

  it("renders nothing (silence) when no step replied", async () => {
    const log: string[] = [];
    const out = await runSteps([step("dedupe", log, (t) => void (t.done = true))], render(log), newTurn(message), recordingBoundary().boundary);
    expect(out).toEqual([]);
  });

  describe("the error boundary", () => {
    it("gets the error, the turn and the name of the step that failed, and its answer is what goes out", async () => {
      const log: string[] = [];
      const failure = new Error("kapot");
      const steps = [
        step("dedupe", log),
        step("authorise", log, () => {
          throw failure;
        }),
        step("act", log),
      ];
      const turn = newTurn(message);
      const { boundary, calls, answer } = recordingBoundary();

      const out = await runSteps(steps, render(log), turn, boundary);

      expect(log).toEqual(["dedupe", "authorise"]);
      expect(calls).toHaveLength(1);
      expect(calls[0].error).toBe(failure);
      expect(calls[0].step).toBe("authorise");
      expect(calls[0].turn).toBe(turn);
      expect(out).toEqual([answer]);
    });

    it("names a step that failed asynchronously (a rejected promise)", async () => {
      const log: string[] = [];
      const steps = [step("act", log, () => Promise.reject(new Error("database weg")))];
      const { boundary, calls } = recordingBoundary();

      await runSteps(steps, render(log), newTurn(message), boundary);

      expect(calls.map((c) => c.step)).toEqual(["act"]);
    });

    it("names render when render itself fails, and the replies already made are not sent", async () => {
      const log: string[] = [];
      const steps = [step("act", log, (t) => void t.replies.push({ text: "✅ klaar" }))];
      const failingRender = step("render", log, () => {
        throw new Error("kan niet renderen");
      });
      const { boundary, calls, answer } = recordingBoundary();

      const out = await runSteps(steps, failingRender, newTurn(message), boundary);

      expect(calls.map((c) => c.step)).toEqual(["render"]);
      expect(out).toEqual([answer]);
    });

    it("lets the boundary read how far the turn got (e.g. the command's name for the log)", async () => {
      const log: string[] = [];
      const steps = [
        step("understand", log, (t) => void (t.commandName = "actie klaar")),
        step("act", log, () => {
          throw new Error("mis");
        }),
      ];
      const { boundary, calls } = recordingBoundary();

      await runSteps(steps, render(log), newTurn(message), boundary);

      expect(calls[0].turn.commandName).toBe("actie klaar");
    });

    it("does not render after a failure", async () => {
      const log: string[] = [];
      const steps = [
        step("act", log, () => {
          throw new Error("mis");
        }),
      ];

      await runSteps(steps, render(log), newTurn(message), recordingBoundary().boundary);

      expect(log).toEqual(["act"]);
    });
  });

  describe("onFailure callbacks", () => {
    it("all run, in the order they were added, before the boundary is called", async () => {
      const log: string[] = [];
      const steps = [
        step("dedupe", log, (t) => void t.onFailure.push(() => log.push("forget dedupe key"))),
        step("understand", log, (t) => void t.onFailure.push(() => log.push("forget prompt"))),
        step("act", log, () => {
          throw new Error("mis");
        }),
      ];
      const boundary = (_error: unknown, _turn: Turn, failed: string) => {
        log.push(`boundary(${failed})`);
        return [];
      };

      await runSteps(steps, render(log), newTurn(message), boundary);

      expect(log).toEqual(["dedupe", "understand", "act", "forget dedupe key", "forget prompt", "boundary(act)"]);
    });

    it("do not run when the turn succeeds", async () => {
      const log: string[] = [];
      const steps = [step("dedupe", log, (t) => void t.onFailure.push(() => log.push("undo")))];

      await runSteps(steps, render(log), newTurn(message), recordingBoundary().boundary);

      expect(log).toEqual(["dedupe", "render"]);
    });

    it("do not run when a step only ends the turn early", async () => {
      const log: string[] = [];
      const steps = [
        step("dedupe", log, (t) => {
          t.onFailure.push(() => log.push("undo"));
          t.done = true;
        }),
      ];

      await runSteps(steps, render(log), newTurn(message), recordingBoundary().boundary);

      expect(log).toEqual(["dedupe", "render"]);
    });
  });
});
