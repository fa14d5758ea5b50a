// Above a record view's list: the question before unsaved changes are
// dropped, and the outcome of the last step until the next edit.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, it, vi } from "vitest";
import EditorNotices from "./EditorNotices.svelte";
import { note, testEditor, type Note } from "./test-editor";

const texts = {
  discardQuestion: "There are unsaved changes. Save them first?",
  discardConfirm: "Don't save",
  keepEditing: "Cancel",
  save: "Save",
};

/** An editor with unsaved changes that was asked to run `next`. */
async function renderAsked() {
  const { editor, options } = testEditor();
  editor.show(note, false);
  render(EditorNotices<Note>, { editor, texts });
  editor.open!.record.text = "Geändert";
  const next = vi.fn();
  editor.guarded(next);
  await tick();
  return { editor, next, options };
}

describe("EditorNotices", () => {
  it("runs what waited only once the DPO agreed to discard", async () => {
    const { editor, next } = await renderAsked();

    expect(screen.getByRole("dialog", { name: texts.discardQuestion })).toBeInTheDocument();
    expect(next).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole("button", { name: "Don't save" }));
    expect(next).toHaveBeenCalledOnce();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(editor.pendingDiscard).toBeNull();
  });

  it("saves first and then goes on when the DPO answers Save", async () => {
    const { editor, next, options } = await renderAsked();
    expect(screen.getByRole("button", { name: "Cancel" }), "the safe answer has the focus").toHaveFocus();

    await fireEvent.click(screen.getByRole("button", { name: "Save" }));

    await vi.waitFor(() => expect(next).toHaveBeenCalledOnce());
    expect(options.update).toHaveBeenCalledWith(expect.objectContaining({ text: "Geändert" }));
    expect(editor.dirty).toBe(false);
  });

  it("stays with the record when the save is refused", async () => {
    const { editor, next, options } = await renderAsked();
    options.update.mockRejectedValueOnce({ code: "validation", message: "text: is required", field: "text" });

    await fireEvent.click(screen.getByRole("button", { name: "Save" }));

    await vi.waitFor(() => expect(editor.error?.code).toBe("validation"));
    expect(next, "nothing else opens over the refused changes").not.toHaveBeenCalled();
    expect(editor.open?.record.text).toBe("Geändert");
  });

  it("keeps the changes when the DPO goes on editing", async () => {
    const { editor, next } = await renderAsked();

    await fireEvent.click(screen.getByRole("button", { name: "Cancel" }));

    expect(next).not.toHaveBeenCalled();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(editor.open?.record.text).toBe("Geändert");
  });

  it("shows the outcome of the last step until the next edit", async () => {
    const { editor } = testEditor();
    editor.start(note, false);
    render(EditorNotices<Note>, { editor, texts });
    expect(screen.queryByRole("status")).toBeNull();

    await editor.save();
    await tick();
    const status = screen.getByRole("status");
    expect(status).toHaveClass("success");
    expect(status).toHaveTextContent("Saved.");

    editor.open!.record.text = "Geändert";
    await tick();
    expect(screen.queryByRole("status")).toBeNull();
  });
});
