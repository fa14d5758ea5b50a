// For the activity editor's component tests: the IPC commands it calls to
// open and save a stored activity and to show its history, mocked, the rest
// of the module as it is. vi.mock's factory loads this module, so it may not
// import any runtime value of ../api:
//
//   vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockEditorCommands(importOriginal));
import { mockCommands } from "../testing/commands";

export function mockEditorCommands(importOriginal: <T>() => Promise<T>) {
  return mockCommands(importOriginal, ["getActivity", "updateActivity", "recordHistory"]);
}
