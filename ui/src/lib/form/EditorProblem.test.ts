// The banner under a record editor's title: one text per way a save or delete
// can fail, the core's reason where the DPO cannot see it elsewhere, and the
// reload after a conflict.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { tick } from "svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { ApiError } from "../api";
import { messages } from "../i18n";
import { settings } from "../settings.svelte";
import EditorProblem from "./EditorProblem.svelte";
import { note, testEditor, type Note } from "./test-editor";
import { invalidDate, required, validation } from "../testing/validation";

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
const technical = (container: HTMLElement) => container.querySelector("[data-testid=technical-details]");

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

  it("gives the core's reason why a delete was refused, in the UI's language", async () => {
    const refused = validation(
      "key",
      { kind: "party_in_use", key: "cisco", by: { record: "activity", key: "VT-001" }, list: "recipients" },
      "Die Stelle „cisco“ ist noch in der Verarbeitungstätigkeit „VT-001“ bei den Empfängern eingetragen; entfernen Sie sie dort zuerst.",
      "party 'cisco' is still named in activity VT-001 (recipients); remove it there first",
    );
    const { container } = await renderProblem(refused, "delete");

    expect(screen.getByRole("alert")).toHaveTextContent(texts.deleteFailed);
    expect(detail(container)?.textContent).toBe(
      "party 'cisco' is still named in activity VT-001 (recipients); remove it there first",
    );
    expect(technical(container), "a validation reason needs no technical details").toBeNull();

    settings.lang = "de";
    await tick();
    expect(detail(container)?.textContent).toMatch(/^Die Stelle „cisco“ /);
  });

  it("says why any other delete failed, with the core's message folded away", async () => {
    const { container } = await renderProblem({ code: "write_failed", message: "nothing was saved: disk full" }, "delete");

    expect(screen.getByRole("alert")).toHaveTextContent(texts.deleteFailed);
    expect(detail(container)?.textContent).toBe(messages.en.errorByCode.write_failed);
    expect(technical(container)).toHaveTextContent("write_failed · nothing was saved: disk full");
  });

  it("leaves a validation reason to its input when the view has one", async () => {
    const { container } = await renderProblem(required("text"));

    expect(screen.getByRole("alert").textContent?.trim()).toBe(texts.invalid);
    expect(detail(container)).toBeNull();
  });

  it("shows the reason of a validation error no input can show, without the field's path", async () => {
    const { container } = await renderProblem(invalidDate("agreement.signed_on", "2025-02-30"), "save", true);

    expect(screen.getByRole("alert")).toHaveTextContent(texts.invalid);
    expect(detail(container)?.textContent).toBe("'2025-02-30' is not a valid date (YYYY-MM-DD)");
  });

  it("shows any other failed save in the UI's language, the core's message only as technical details", async () => {
    const { container } = await renderProblem({ code: "write_failed", message: "nothing was saved: disk full" });

    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(texts.saveFailed);
    expect(alert.textContent, "the two sentences are apart").toContain(`${texts.saveFailed} ${messages.en.errorByCode.write_failed}`);
    expect(detail(container)?.textContent).toBe(messages.en.errorByCode.write_failed);
    expect(technical(container)).toHaveTextContent("Technical details");
    expect(technical(container)).toHaveTextContent("write_failed · nothing was saved: disk full");

    settings.lang = "de";
    await tick();
    expect(detail(container)?.textContent).toBe(messages.de.errorByCode.write_failed);
    expect(technical(container)).toHaveTextContent("Technische Angaben");
  });
});
