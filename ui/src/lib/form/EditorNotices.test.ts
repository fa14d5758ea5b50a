// Above a record view's list: the question before unsaved changes are
// dropped, and the outcome of the last step until the next edit.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { describe, expect, it, vi } from "vitest";
import EditorNotices from "./EditorNotices.svelte";
import { note, testEditor, type Note } from "./test-editor";

const texts = { discardQuestion: "Discard the unsaved changes?", discardConfirm: "Discard", keepEditing: "Keep editing" };

/** An editor with unsaved changes that was asked to run `next`. */
async function renderAsked() {
  const { editor } = testEditor();
  editor.show(note, false);
  render(EditorNotices<Note>, { editor, texts });
  editor.open!.record.text = "Geändert";
  const next = vi.fn();
  editor.guarded(next);
  await tick();
  return { editor, next };
}

describe("EditorNotices", () => {
  it("runs what waited only once the DPO agreed to discard", async () => {
    const { editor, next } = await renderAsked();

    expect(screen.getByRole("dialog", { name: texts.discardQuestion })).toBeInTheDocument();
    expect(next).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole("button", { name: "Discard" }));
    expect(next).toHaveBeenCalledOnce();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(editor.pendingDiscard).toBeNull();
  });

  it("keeps the changes when the DPO goes on editing", async () => {
    const { editor, next } = await renderAsked();

    await fireEvent.click(screen.getByRole("button", { name: "Keep editing" }));

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
