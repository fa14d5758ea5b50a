// The buttons below a record editor: save with its busy label, the optional
// cancel, and delete only for a stored record and only after a yes.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, it } from "vitest";
import EditorActions from "./EditorActions.svelte";
import { note, testEditor, type Note } from "./test-editor";

const texts = { save: "Save", saving: "Saving …", cancel: "Cancel", delete: "Delete", deleteConfirm: "Yes, delete" };
const deleteQuestion = "Delete the note “Erste Notiz”?";

function renderActions(isNew: boolean, cancellable = false) {
  const { editor, options } = testEditor();
  editor.show(note, isNew);
  render(EditorActions<Note>, { editor, texts, deleteQuestion, cancellable });
  return { editor, options };
}

describe("EditorActions", () => {
  it("offers save for a new record, but no delete and no cancel unless asked for", () => {
    renderActions(true);

    const save = screen.getByRole("button", { name: "Save" });
    expect(save).toHaveAttribute("type", "submit");
    expect(save).toHaveClass("primary");
    expect(screen.queryByRole("button", { name: "Delete" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Cancel" })).toBeNull();
  });

  it("deletes a stored record only after the DPO confirmed", async () => {
    const { editor, options } = renderActions(false);

    const del = screen.getByRole("button", { name: "Delete" });
    expect(del).toHaveClass("danger");
    await fireEvent.click(del);

    const dialog = screen.getByRole("dialog", { name: deleteQuestion });
    expect(options.delete).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole("button", { name: "Yes, delete" }));
    expect(options.delete).toHaveBeenCalledExactlyOnceWith("n-1", 4);
    await tick();
    expect(dialog).not.toBeInTheDocument();
    expect(editor.open).toBeNull();
  });

  it("keeps the record when the DPO answers no", async () => {
    const { editor, options } = renderActions(false);

    await fireEvent.click(screen.getByRole("button", { name: "Delete" }));
    await fireEvent.click(screen.getByRole("button", { name: "Cancel" }));

    expect(screen.queryByRole("dialog")).toBeNull();
    expect(editor.confirmingDelete).toBe(false);
    expect(options.delete).not.toHaveBeenCalled();
    expect(editor.open?.record.key).toBe("n-1");
  });

  it("disables every button and says so while a step runs", async () => {
    const { editor } = renderActions(false, true);

    editor.busy = true;
    await tick();

    expect(screen.getByRole("button", { name: "Saving …" })).toBeDisabled();
    expect(screen.queryByRole("button", { name: "Save" })).toBeNull();
    expect(screen.getByRole("button", { name: "Cancel" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Delete" })).toBeDisabled();

    editor.busy = false;
    await tick();
    expect(screen.getByRole("button", { name: "Save" })).toBeEnabled();
  });

  it("closes an unchanged record on cancel", async () => {
    const { editor } = renderActions(false, true);

    await fireEvent.click(screen.getByRole("button", { name: "Cancel" }));

    expect(editor.open).toBeNull();
    expect(editor.pendingDiscard).toBeNull();
  });

  it("asks before cancel drops unsaved changes", async () => {
    const { editor } = renderActions(false, true);
    editor.open!.record.text = "Geändert";

    await fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(editor.open?.record.text).toBe("Geändert");
    expect(editor.pendingDiscard).not.toBeNull();

    editor.discard();
    expect(editor.open).toBeNull();
  });
});
