import { spawnSync } from "node:child_process";
import { it } from "vitest";

/** Debian packages that hold the readers the report tests use (.ci/run installs them). */
const PACKAGES: Record<string, string> = { pdftotext: "poppler-utils", soffice: "libreoffice-writer-nogui", chromium: "chromium" };

export function hasProgram(name: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).status === 0;
}

/**
 * `it` for a test that reads output with a real program. Without the program the test is
 * skipped on a developer's machine (with a note) but fails in CI, so a missing reader can
 * never turn into a silent pass there.
 */
export function itWithProgram(name: string): (title: string, test: () => Promise<void> | void, timeout?: number) => void {
  if (hasProgram(name)) return (title, test, timeout) => it(title, test, timeout);
  const hint = `${name} is not installed (Debian: apt-get install ${PACKAGES[name] ?? name}; .ci/run installs it)`;
  if (process.env.CI) {
    return (title) =>
      it(title, () => {
        throw new Error(hint);
      });
  }
  process.stderr.write(`⚠ skipped: ${hint}\n`);
  return (title, test, timeout) => it.skip(title, test, timeout);
}
