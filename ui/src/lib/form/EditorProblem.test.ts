// The banner under a record editor's title: one text per way a save or delete
// can fail, the core's reason where the DPO cannot see it elsewhere, and the
// reload after a conflict.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiError } from "../api";
import { settings } from "../settings.svelte";
import EditorProblem from "./EditorProblem.svelte";
import { note, testEditor, type Note } from "./test-editor";

const texts = {
  conflict: "Changed elsewhere.",
  reload: "Reload",
  gone: "Deleted elsewhere.",
  deleteFailed: "Not deleted.",
  invalid: "Not saved: check the marked entry.",
  saveFailed: "Not saved.",
};

afterEach(() => {
  settings.lang = "de";
});

/** Renders the banner for an editor that failed in `step` with `error`. */
async function renderProblem(error: ApiError | null, step: "save" | "delete" = "save", unplaced = false) {
  // English passes the core's reasons through unchanged, so the details read as sent.
  settings.lang = "en";
  const { editor } = testEditor();
  editor.show(note, false);
  editor.error = error;
  editor.failed = step;
  editor.unplacedError = unplaced;
  const reload = vi.spyOn(editor, "reload").mockResolvedValue();
  const { container } = render(EditorProblem<Note>, { editor, texts });
  await tick();
  return { container, reload };
}

const detail = (container: HTMLElement) => container.querySelector(".banner-danger .detail");

describe("EditorProblem", () => {
  it("shows nothing without an error", async () => {
    const { container } = await renderProblem(null);

    expect(screen.queryByRole("alert")).toBeNull();
    expect(container.querySelector(".banner-danger")).toBeNull();
  });

  it("says a conflicting save overwrote nothing and reloads on request", async () => {
    const { container, reload } = await renderProblem({ code: "conflict", message: "version 4 is stale" });

    const alert = screen.getByRole("alert");
    expect(alert).toHaveClass("banner-danger");
    expect(alert.tagName).toBe("DIV");
    expect(alert.querySelector("p")).toHaveTextContent(texts.conflict);
    expect(detail(container)).toBeNull();
    expect(reload).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole("button", { name: texts.reload }));
    expect(reload).toHaveBeenCalledOnce();
  });

  it("offers the reload after a conflicting delete too", async () => {
    await renderProblem({ code: "conflict", message: "stale" }, "delete");

    expect(screen.getByRole("alert")).toHaveTextContent(texts.conflict);
    expect(screen.getByRole("button", { name: texts.reload })).toBeInTheDocument();
  });

  it("says the record was deleted elsewhere", async () => {
    const { container } = await renderProblem({ code: "not_found", message: "n-1" });

    expect(screen.getByRole("alert").textContent?.trim()).toBe(texts.gone);
    expect(detail(container)).toBeNull();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("gives the core's reason why a delete was refused", async () => {
    const { container } = await renderProblem({ code: "in_use", message: "still used by AV-001" }, "delete");

    expect(screen.getByRole("alert")).toHaveTextContent(texts.deleteFailed);
    expect(detail(container)).toHaveTextContent("still used by AV-001");
  });

  it("leaves a validation reason to its input when the view has one", async () => {
    const { container } = await renderProblem({ code: "validation", field: "text", message: "text: is empty" });

    expect(screen.getByRole("alert").textContent?.trim()).toBe(texts.invalid);
    expect(detail(container)).toBeNull();
  });

  it("shows the reason of a validation error no input can show, without the field's path", async () => {
    const { container } = await renderProblem(
      { code: "validation", field: "agreement.signed_on", message: "agreement.signed_on: is no date" },
      "save",
      true,
    );

    expect(screen.getByRole("alert")).toHaveTextContent(texts.invalid);
    expect(detail(container)?.textContent).toBe("is no date");
  });

  it("shows any other failed save with the core's message", async () => {
    const { container } = await renderProblem({ code: "io", message: "disk full" });

    expect(screen.getByRole("alert")).toHaveTextContent(texts.saveFailed);
    expect(detail(container)?.textContent).toBe("disk full");
  });
});
