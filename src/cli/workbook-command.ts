import { UsageError, type Io } from "./commands";

/** Placeholder until the workbook export lands (issue 5): says so instead of pretending. */
export function cmdWorkbook(_argv: readonly string[], _io: Io): number {
  throw new UsageError("the workbook export is not available in this build yet");
}
