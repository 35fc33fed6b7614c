import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest (measured on the 2-core CI machine), started first, so the
 * run does not end with one long file on one core while the other idles. Everything else
 * keeps vitest's own order (larger files first on a fresh clone).
 */
const SLOW_FIRST = [
  "test/multiprocess/scheduler.test.ts",
  "test/nlu/nlu.test.ts",
  "test/transcripts/transcripts.test.ts",
  "test/web/browser.test.ts",
  "test/web/phone-layout.test.ts",
  "test/scheduler/year.test.ts",
  "test/scheduler/restart.test.ts",
  "test/web/charts-browser.test.ts",
  "test/multiprocess/teams.test.ts",
  "test/web/report.test.ts",
  "test/setup/cli-taal.test.ts",
  "test/faults/burst.test.ts",
  "test/security/fuzz.test.ts",
  "test/scheduler/kill-during-send.test.ts",
  "test/security/isolation-matrix.test.ts",
];

export default class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((path) => file.moduleId.endsWith(path));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    return [...sorted].sort((a, b) => rank(a) - rank(b));
  }
}
