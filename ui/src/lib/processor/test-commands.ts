// For the processor's record's component tests: the IPC commands the view
// calls (its entries, the parties a transfer names, the change history),
// mocked, the rest of the module as it is. vi.mock's factory loads this
// module, so it may not import any runtime value of ../api:
//
//   vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockViewCommands(importOriginal));
import { mockCommands } from "../testing/commands";

export function mockViewCommands(importOriginal: <T>() => Promise<T>) {
  return mockCommands(importOriginal, [
    "listProcessorActivities",
    "createProcessorActivity",
    "updateProcessorActivity",
    "deleteProcessorActivity",
    "listParties",
    "recordHistory",
  ]);
}
