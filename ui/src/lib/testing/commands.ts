// For component tests: the IPC module with the named commands replaced by
// mocks and everything else (error helpers, constants) as it is, so a test
// file's `vi.mock` names only what it drives. vi.mock's factory runs before
// the file's imports, so it loads this module itself:
//
//   vi.mock("../api", async (importOriginal) =>
//     (await import("../testing/commands")).mockCommands(importOriginal, ["listToms"]),
//   );
import { vi } from "vitest";

type Api = typeof import("../api");

export async function mockCommands(
  importOriginal: <T>() => Promise<T>,
  commands: readonly (keyof Api)[],
): Promise<Api> {
  const api = await importOriginal<Api>();
  // The translation view sits in every record editor: without a test of its
  // own it finds no texts, as for a record that has none.
  const quiet = { translationTexts: vi.fn(async () => []) };
  return { ...api, ...quiet, ...Object.fromEntries(commands.map((command) => [command, vi.fn()])) };
}
