/**
 * The errors moved to src/core/errors.ts. This re-export stays only while
 * src/services/find-action.ts and src/understand/follow-up.ts, which others are editing,
 * still import from here; point them at src/core/errors.ts and delete this file.
 */
export { AppError, NeedsChoice, NeedsConfirmation, type Rerun } from "../core/errors.ts";
