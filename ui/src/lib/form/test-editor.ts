// For the tests of the shared editor parts: a controller over a minimal
// record type whose steps are mocks, so a test sees what the parts call.
import { vi } from "vitest";
import { RecordEditor, type StoredRecord } from "./recordEditor.svelte";

export interface Note extends StoredRecord {
  text: string;
}

export const note: Note = { key: "n-1", text: "Erste Notiz", version: 4 };

export function testEditor() {
  const options = {
    create: vi.fn(async (record: Note) => ({ ...record, version: 1 })),
    update: vi.fn(async (record: Note) => ({ ...record, version: record.version + 1 })),
    delete: vi.fn(async () => undefined),
    list: vi.fn(async () => [note]),
    messages: () => ({ saved: "Saved.", deleted: "Deleted." }),
    onchanged: vi.fn(),
  };
  return { editor: new RecordEditor<Note>(options), options };
}
