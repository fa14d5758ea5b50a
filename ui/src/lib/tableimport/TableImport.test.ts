// The import from a spreadsheet in the activity list, with the core mocked:
// the menu, the preview dialog for a clean file and for one with errors, the
// import with its refresh of the list and the shell's counts, a refusal, the
// template, the keyboard and the English texts.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  findActivities,
  importTable,
  previewTableImport,
  saveImportTemplate,
  type TablePreview,
} from "../api";
import ActivitiesView from "../list/ActivitiesView.svelte";
import { settings } from "../settings.svelte";
import { catalogs, item, meetings, SilentResizeObserver } from "../shell/testing/fixtures";
import { validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  findActivities: vi.fn(),
  previewTableImport: vi.fn(),
  importTable: vi.fn(),
  saveImportTemplate: vi.fn(),
}));

vi.mock("../activity/ActivityEditor.svelte", async () => ({
  default: (await import("../shell/testing/EditorStub.svelte")).default,
}));

const find = vi.mocked(findActivities);
const preview = vi.mocked(previewTableImport);
const importIt = vi.mocked(importTable);
const saveTemplate = vi.mocked(saveImportTemplate);

const PATH = "/home/dpo/Dokumente/verzeichnis.csv";

const clean: TablePreview = {
  path: PATH,
  token: "table-0-1",
  activities: [
    { key: "VT-004", name: "Bewerbermanagement", purposes: 2, data_categories: 3, transfers: 0 },
    { key: "hr-newsletter", name: "Newsletter für Beschäftigte", purposes: 1, data_categories: 1, transfers: 1 },
  ],
  translations: 7,
  ignored_columns: ["Nr.", ""],
  errors: [],
  more_errors: false,
};

const faulty: TablePreview = {
  path: PATH,
  token: "table-0-1",
  activities: [],
  translations: 0,
  ignored_columns: [],
  errors: [
    "Zeile 4, Spalte „Rechtsgrundlagen“: unbekannte Rechtsgrundlage „Art. 99 DSGVO“",
    "Zeile 9, Spalte „Bezeichnung“: darf nicht leer sein",
  ],
  more_errors: true,
};

function renderView() {
  const onchanged = vi.fn();
  render(ActivitiesView, {
    catalogs,
    parties: [],
    toms: [],
    total: 3,
    confirmDiscard: async () => true,
    onchanged,
    onpartycreated: vi.fn(),
  });
  return { onchanged };
}

const menuButton = () => screen.getByTestId("import-menu");
const dialog = () => screen.queryByTestId("import-dialog");
const status = () => screen.queryByTestId("import-status");

/** Opens the menu and chooses an entry, as a click would. */
async function choose(testid: "import-table" | "import-template") {
  await fireEvent.click(menuButton());
  await fireEvent.click(screen.getByTestId(testid));
}

/** The list is shown and the file chosen: the dialog is open. */
async function openPreview(answer: TablePreview) {
  const rendered = renderView();
  await screen.findByText("Cisco Webex");
  preview.mockResolvedValue(answer);
  await choose("import-table");
  return { ...rendered, shown: await screen.findByTestId("import-dialog") };
}

beforeEach(() => {
  settings.lang = "de";
  vi.stubGlobal("ResizeObserver", SilentResizeObserver);
  find.mockReset().mockResolvedValue(meetings);
  preview.mockReset();
  importIt.mockReset();
  saveTemplate.mockReset();
});

afterEach(() => {
  settings.lang = "de";
});

describe("import from a spreadsheet", () => {
  it("shows nothing when the file dialog is cancelled", async () => {
    const { onchanged } = renderView();
    await screen.findByText("Cisco Webex");
    preview.mockResolvedValue(null);

    await choose("import-table");

    await waitFor(() => expect(preview).toHaveBeenCalledExactlyOnceWith("de"));
    expect(dialog()).toBeNull();
    expect(status()).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByRole("menu"), "choosing an entry closes the menu").toBeNull();
    expect(importIt).not.toHaveBeenCalled();
    expect(onchanged).not.toHaveBeenCalled();
  });

  it("lists what a clean file adds, imports it on the yes and refreshes the list", async () => {
    const { onchanged, shown } = await openPreview(clean);

    expect(screen.getByRole("dialog", { name: "2 Verarbeitungstätigkeiten werden hinzugefügt" })).toBe(shown);
    expect(shown, "the dialog takes the focus when it opens").toHaveFocus();
    expect(shown).toHaveTextContent(PATH);
    const rows = within(shown).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell").map((cell) => cell.textContent))).toEqual([
      ["VT-004", "Bewerbermanagement", "2", "3", "0"],
      ["hr-newsletter", "Newsletter für Beschäftigte", "1", "1", "1"],
    ]);
    expect(shown).toHaveTextContent("Diese Spalten werden nicht übernommen: „Nr.“, (ohne Überschrift)");
    expect(shown, "the English columns' translations are counted").toHaveTextContent(
      "Die englischen Spalten geben 7 Übersetzungen, die mit übernommen werden.",
    );
    expect(shown, "what the file cannot say is named").toHaveTextContent("als Entwurf angelegt");
    expect(within(shown).queryByTestId("import-errors")).toBeNull();
    expect(onchanged, "nothing is stored before the yes").not.toHaveBeenCalled();

    find.mockResolvedValue([...meetings, item("VT-004", "Bewerbermanagement", { status: "draft" })]);
    importIt.mockResolvedValue(2);
    await fireEvent.click(within(shown).getByTestId("import-confirm"));

    expect(importIt).toHaveBeenCalledExactlyOnceWith("table-0-1", "de");
    expect(await screen.findByText("Bewerbermanagement"), "the list asks the core again").toBeInTheDocument();
    expect(find).toHaveBeenCalledTimes(2);
    expect(onchanged, "the shell updates its counts and findings").toHaveBeenCalledOnce();
    expect(dialog()).toBeNull();
    expect(status()).toHaveTextContent("2 Verarbeitungstätigkeiten importiert (als Entwurf");
    expect(menuButton(), "the focus returns to where the import started").toHaveFocus();
  });

  it("shows the import running and cannot be closed meanwhile", async () => {
    const { shown } = await openPreview(clean);
    let finish: (count: number) => void = () => {};
    importIt.mockReturnValue(new Promise((resolve) => (finish = resolve)));

    await fireEvent.click(within(shown).getByTestId("import-confirm"));

    const confirm = within(shown).getByTestId("import-confirm");
    expect(confirm).toBeDisabled();
    expect(confirm).toHaveTextContent("Wird importiert …");
    expect(within(shown).getByRole("button", { name: "Abbrechen" })).toBeDisabled();
    await fireEvent.keyDown(shown, { key: "Escape" });
    expect(dialog(), "Escape waits for the import").toBe(shown);

    finish(2);
    await waitFor(() => expect(dialog()).toBeNull());
    expect(status()).toHaveTextContent("2 Verarbeitungstätigkeiten importiert");
  });

  it("lists every error of a faulty file and offers no import", async () => {
    const { shown } = await openPreview(faulty);

    expect(screen.getByRole("dialog", { name: "Die Tabelle kann so nicht importiert werden" })).toBe(shown);
    const errors = within(shown).getByTestId("import-errors");
    expect(within(errors).getAllByRole("listitem").map((li) => li.textContent)).toEqual(faulty.errors);
    expect(shown).toHaveTextContent("… weitere Fehler: Aufgeführt sind nur die ersten 2.");
    expect(shown).toHaveTextContent("Korrigieren Sie die Tabelle und importieren Sie sie dann erneut.");
    expect(within(shown).queryByTestId("import-confirm")).toBeNull();
    expect(within(shown).queryByRole("table")).toBeNull();

    await fireEvent.click(within(shown).getByRole("button", { name: "Schließen" }));
    expect(dialog()).toBeNull();
    expect(importIt).not.toHaveBeenCalled();
    expect(status()).toBeNull();
  });

  it("keeps the dialog open with the reason when the file no longer reads cleanly", async () => {
    const { onchanged, shown } = await openPreview(clean);
    importIt.mockRejectedValue(
      validation(
        "file",
        { kind: "table_import", message: "Zeile 3, Spalte „Bezeichnung“: darf nicht leer sein" },
        "Zeile 3, Spalte „Bezeichnung“: darf nicht leer sein",
        "Zeile 3, Spalte „Bezeichnung“: darf nicht leer sein",
      ),
    );

    await fireEvent.click(within(shown).getByTestId("import-confirm"));

    const alert = await within(shown).findByRole("alert");
    expect(alert).toHaveTextContent("Der Import ist fehlgeschlagen: Zeile 3, Spalte „Bezeichnung“: darf nicht leer sein");
    expect(alert, "the preview is out of date: check the file anew").toHaveTextContent("wählen Sie sie erneut aus");
    expect(dialog()).toBe(shown);
    expect(within(shown).queryByTestId("import-confirm"), "no import of what nobody has seen").toBeNull();
    expect(onchanged).not.toHaveBeenCalled();
    expect(find, "the list stays as it is").toHaveBeenCalledOnce();
    expect(status()).toBeNull();
  });

  it("offers the import again after a failure in storing, with the technical details", async () => {
    const { shown } = await openPreview(clean);
    importIt.mockRejectedValueOnce({ code: "io", message: "disk full" });

    await fireEvent.click(within(shown).getByTestId("import-confirm"));

    const alert = await within(shown).findByRole("alert");
    expect(alert).toHaveTextContent("Der Import ist fehlgeschlagen:");
    expect(within(alert).getByTestId("technical-details")).toHaveTextContent("disk full");
    importIt.mockResolvedValue(2);
    await fireEvent.click(within(shown).getByTestId("import-confirm"));
    await waitFor(() => expect(dialog()).toBeNull());
    expect(importIt).toHaveBeenCalledTimes(2);
  });

  it("says why a file could not be read at all", async () => {
    renderView();
    await screen.findByText("Cisco Webex");
    preview.mockRejectedValue({ code: "io", message: "permission denied" });

    await choose("import-table");

    const alert = await screen.findByTestId("import-failed");
    expect(alert).toHaveTextContent("Die Tabelle konnte nicht gelesen werden.");
    expect(within(alert).getByTestId("technical-details")).toHaveTextContent("permission denied");
    expect(dialog()).toBeNull();
  });

  it("saves the template and shows where", async () => {
    renderView();
    await screen.findByText("Cisco Webex");
    saveTemplate.mockResolvedValue("/home/dpo/vorlage-verarbeitungstaetigkeiten.csv");

    await choose("import-template");

    expect(saveTemplate).toHaveBeenCalledExactlyOnceWith("de");
    expect(await screen.findByTestId("import-status")).toHaveTextContent(
      "Vorlage gespeichert: /home/dpo/vorlage-verarbeitungstaetigkeiten.csv",
    );

    saveTemplate.mockResolvedValue(null);
    await choose("import-template");
    await waitFor(() => expect(status(), "a cancel leaves nothing to say").toBeNull());
  });

  it("closes on Escape, gives the focus back and keeps keys from the shell behind it", async () => {
    const { shown } = await openPreview(clean);
    const shellKeys = vi.fn();
    window.addEventListener("keydown", shellKeys);
    try {
      await fireEvent.keyDown(shown, { key: "n", ctrlKey: true });
      expect(shellKeys, "Ctrl+N must not start an activity behind the dialog").not.toHaveBeenCalled();

      await fireEvent.keyDown(shown, { key: "Escape" });
    } finally {
      window.removeEventListener("keydown", shellKeys);
    }

    expect(dialog()).toBeNull();
    expect(menuButton()).toHaveFocus();
    expect(importIt).not.toHaveBeenCalled();
  });

  it("keeps Tab inside the dialog", async () => {
    const { shown } = await openPreview(clean);
    const region = within(shown).getByRole("region");
    const confirm = within(shown).getByTestId("import-confirm");

    await fireEvent.keyDown(shown, { key: "Tab" });
    expect(region, "the scrolling list comes first").toHaveFocus();
    await fireEvent.keyDown(region, { key: "Tab", shiftKey: true });
    expect(confirm, "back from the first to the last").toHaveFocus();
    await fireEvent.keyDown(confirm, { key: "Tab" });
    expect(region).toHaveFocus();
  });

  it("opens the menu from the keyboard and closes it back to its button", async () => {
    renderView();
    await screen.findByText("Cisco Webex");

    await fireEvent.keyDown(menuButton(), { key: "ArrowDown" });
    await waitFor(() => expect(screen.getByTestId("import-table")).toHaveFocus());
    expect(menuButton()).toHaveAttribute("aria-expanded", "true");
    await fireEvent.keyDown(screen.getByTestId("import-table"), { key: "ArrowDown" });
    expect(screen.getByTestId("import-template")).toHaveFocus();
    await fireEvent.keyDown(screen.getByTestId("import-template"), { key: "ArrowDown" });
    expect(screen.getByTestId("import-table"), "round the end").toHaveFocus();

    await fireEvent.keyDown(screen.getByTestId("import-table"), { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(menuButton()).toHaveAttribute("aria-expanded", "false");
    expect(menuButton()).toHaveFocus();

    await fireEvent.click(menuButton());
    await fireEvent.pointerDown(document.body);
    expect(screen.queryByRole("menu"), "a press elsewhere closes it").toBeNull();
  });

  it("speaks English", async () => {
    settings.lang = "en";
    renderView();
    await screen.findByText("Cisco Webex");
    expect(menuButton()).toHaveTextContent("Spreadsheet import");
    await fireEvent.click(menuButton());
    expect(screen.getByRole("menuitem", { name: "Import from spreadsheet …" })).toBeInTheDocument();
    expect(screen.getByRole("menuitem", { name: "Save template …" })).toBeInTheDocument();
    preview.mockResolvedValue(clean);
    await fireEvent.click(screen.getByTestId("import-table"));

    const shown = await screen.findByRole("dialog", { name: "2 processing activities will be added" });
    expect(preview).toHaveBeenCalledExactlyOnceWith("en");
    expect(within(shown).getAllByRole("columnheader").map((th) => th.textContent)).toEqual([
      "Key",
      "Name",
      "Purposes",
      "Data categories",
      "Third-country transfers",
    ]);
    expect(shown).toHaveTextContent("These columns are not imported: “Nr.”, (without heading)");
    expect(within(shown).getByRole("button", { name: "Cancel" })).toBeInTheDocument();

    importIt.mockResolvedValue(1);
    await fireEvent.click(within(shown).getByRole("button", { name: "Import" }));
    expect(importIt).toHaveBeenCalledExactlyOnceWith("table-0-1", "en");
    expect(await screen.findByTestId("import-status")).toHaveTextContent(
      "1 processing activity imported (as drafts where the spreadsheet gives no status)",
    );
  });

  it("speaks English about a faulty file", async () => {
    settings.lang = "en";
    await openPreview(faulty);
    expect(screen.getByRole("dialog", { name: "The spreadsheet cannot be imported as it is" })).toBeInTheDocument();
    expect(screen.getByTestId("import-dialog")).toHaveTextContent("… more errors: only the first 2 are listed.");
    expect(screen.getByRole("button", { name: "Close" })).toBeInTheDocument();
  });
});
