// The record editor's steps that the list-and-editor views now share:
// choosing a record from the list and starting a new one (both ask before
// unsaved changes are dropped), which record the list marks, and a restore
// from the history shown as stored.
import { describe, expect, it, vi } from "vitest";
import { RecordEditor } from "./recordEditor.svelte";
import { note, testEditor, type Note } from "./test-editor";

const other: Note = { key: "n-2", text: "Zweite Notiz", version: 1 };

describe("RecordEditor", () => {
  it("opens a record chosen from the list and marks it as selected", () => {
    const { editor } = testEditor();

    editor.select(note);

    expect(editor.open).toEqual({ record: note, isNew: false });
    expect(editor.selectedKey, "the list marks the stored record in the editor").toBe("n-1");
  });

  it("asks before a choice from the list drops unsaved changes", () => {
    const { editor } = testEditor();
    editor.select(note);
    editor.open!.record.text = "Geändert";

    editor.select(other);

    expect(editor.open?.record.key, "nothing is dropped before the DPO agreed").toBe("n-1");
    expect(editor.pendingDiscard).not.toBeNull();
    editor.discard();
    expect(editor.open?.record).toEqual(other);
  });

  it("starts a new record from the draft, which no list entry stands for", () => {
    const { editor } = testEditor();
    editor.select(note);
    const draft = vi.fn((): Note => ({ key: "", text: "", version: 0 }));

    editor.startNew(draft);

    expect(draft).toHaveBeenCalledOnce();
    expect(editor.open).toEqual({ record: { key: "", text: "", version: 0 }, isNew: true });
    expect(editor.selectedKey, "a new record is not in the list yet").toBeNull();
  });

  it("shows a restored version as stored and tells the view and the shell", () => {
    const onsaved = vi.fn();
    const onchanged = vi.fn();
    const editor = new RecordEditor<Note>({
      create: vi.fn(),
      update: vi.fn(),
      delete: vi.fn(),
      list: vi.fn(),
      messages: () => ({ saved: "Saved.", deleted: "Deleted." }),
      onchanged,
      onsaved,
    });
    editor.select(note);
    const restored = { ...note, text: "Frühere Fassung", version: 5 };

    editor.restored(restored);

    expect(onsaved, "a view with its own list puts the restored version in it").toHaveBeenCalledWith(restored);
    expect(editor.open).toEqual({ record: restored, isNew: false });
    expect(editor.dirty, "the restored version is the stored one").toBe(false);
    expect(onchanged).toHaveBeenCalledOnce();
  });
});
