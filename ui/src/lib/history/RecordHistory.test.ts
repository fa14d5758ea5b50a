// The change history of one record with the IPC mocked: the changes with
// their values before and after, restoring an earlier value (and what the DPO
// sees when that is refused), the empty and long histories, and reloading.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { recordHistory, restoreValue, type ApiError, type ChangeRecord } from "../api";
import { formatDateTime } from "../i18n";
import { settings } from "../settings.svelte";
import RecordHistory from "./RecordHistory.svelte";
import TestParent from "./TestParent.svelte";
import { validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  recordHistory: vi.fn(),
  restoreValue: vi.fn(),
}));

const history = vi.mocked(recordHistory);
const restore = vi.mocked(restoreValue);

const created: ChangeRecord = {
  id: 1,
  at: "2026-03-01T08:00:00Z",
  user: "max",
  entity: "activity",
  key: "VT-001",
  action: "create",
  changes: [
    { field: "name", old: null, new: "Online-Meetings" },
    { field: "dpia.required", old: null, new: true },
  ],
};

const updated: ChangeRecord = {
  id: 3,
  at: "2026-03-02T09:15:00Z",
  user: "erika",
  entity: "activity",
  key: "VT-001",
  action: "update",
  changes: [
    {
      field: "purposes[0].description",
      old: "Durchführung von Online-Meetings",
      new: "Meetings",
    },
    { field: "purposes[0].legal_bases", old: ["art6-1-b", "art6-1-f"], new: ["art6-1-f"] },
    { field: "notes", old: null, new: "Neu" },
    { field: "transfers", old: [{ country: "US", scc_module: 2 }], new: [] },
  ],
};

/** The saved activity the core returns after a restore. */
const restoredRecord = { key: "VT-001", version: 5 };

const onrestored = vi.fn();

function show(props: Partial<{ version: number; refresh: number }> = {}) {
  return render(RecordHistory, {
    entity: "activity",
    recordKey: "VT-001",
    version: 4,
    onrestored,
    ...props,
  });
}

/** The shown field change with path `field`. */
async function fieldRow(field: string): Promise<HTMLElement> {
  const rows = await screen.findAllByTestId("history-field");
  // The path is shown in words; the row keeps the path as its title.
  const row = rows.find((r) => r.querySelector(".path")?.getAttribute("title") === field);
  if (!row) throw new Error(`no row for ${field}`);
  return row;
}

beforeEach(() => {
  history.mockReset().mockResolvedValue([updated, created]);
  restore.mockReset();
  onrestored.mockReset();
});

afterEach(() => {
  settings.lang = "de";
});

describe("RecordHistory", () => {
  it("lists the changes newest first with when, who, what and the values before and after", async () => {
    history.mockResolvedValue([created, updated]); // oldest first: shown newest first all the same
    show();

    const items = await screen.findAllByTestId("history-change");
    expect(history).toHaveBeenCalledWith("activity", "VT-001");
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent(formatDateTime(updated.at, "de"));
    expect(items[0]).toHaveTextContent("geändert");
    expect(items[0]).toHaveTextContent("von erika");
    expect(items[1]).toHaveTextContent("angelegt");
    expect(items[1]).toHaveTextContent("von max");

    const purpose = await fieldRow("purposes[0].description");
    expect(purpose, "the field in words, no path").toHaveTextContent("Zwecke › Eintrag 1 › Beschreibung");
    expect(purpose).not.toHaveTextContent("purposes[0]");
    expect(purpose).toHaveTextContent(
      "Vorher: Durchführung von Online-Meetings → Nachher: Meetings",
    );
    expect(await fieldRow("purposes[0].legal_bases"), "lists joined by commas").toHaveTextContent(
      "Vorher: art6-1-b, art6-1-f → Nachher: art6-1-f",
    );
    expect(await fieldRow("notes"), "nothing recorded is shown as such").toHaveTextContent(
      "Notizen Vorher: (leer) → Nachher: Neu",
    );
    const transfers = await fieldRow("transfers");
    expect(within(transfers).getByText('{"country":"US","scc_module":2}').tagName).toBe("CODE");
    expect(transfers).toHaveTextContent("Nachher: (leer)");

    expect(await fieldRow("dpia.required"), "a create shows the value it set").toHaveTextContent(
      "DSFA › Erforderlich Wert: ja",
    );
    expect(
      screen.getAllByRole("button", { name: "Früheren Wert wiederherstellen" }),
      "only the fields of an update can be restored",
    ).toHaveLength(updated.changes.length);
  });

  it("restores an earlier value with the record's version and hands the saved record back", async () => {
    restore.mockResolvedValue(restoredRecord);
    show();

    const row = await fieldRow("purposes[0].legal_bases");
    await fireEvent.click(within(row).getByRole("button", { name: "Früheren Wert wiederherstellen" }));

    await waitFor(() => expect(onrestored).toHaveBeenCalledWith(restoredRecord));
    expect(restore).toHaveBeenCalledExactlyOnceWith(
      "activity",
      "VT-001",
      3,
      "purposes[0].legal_bases",
      4,
    );
    expect(within(row).getByRole("status")).toHaveTextContent(
      "Der frühere Wert wurde wiederhergestellt",
    );
    await waitFor(() => expect(history, "the list is reloaded").toHaveBeenCalledTimes(2));
  });

  it("says the record changed meanwhile when the restore is a conflict", async () => {
    const conflict: ApiError = {
      code: "conflict",
      message: "activity 'VT-001' was changed elsewhere since it was opened",
    };
    restore.mockRejectedValue(conflict);
    show();

    const row = await fieldRow("notes");
    await fireEvent.click(within(row).getByRole("button", { name: "Früheren Wert wiederherstellen" }));

    expect(await within(row).findByRole("alert")).toHaveTextContent(
      "Der Eintrag wurde inzwischen anderswo geändert. Bitte laden Sie ihn neu",
    );
    expect(onrestored).not.toHaveBeenCalled();
    expect(
      within(row).getByRole("button", { name: "Früheren Wert wiederherstellen" }),
      "the buttons are usable again",
    ).toBeEnabled();
  });

  it("shows the core's reason in German when the earlier value cannot be restored", async () => {
    const refused = validation(
      "purposes[0].description",
      {
        kind: "cannot_restore",
        obstacle: { kind: "entry_gone", path: "purposes[0]", list: "purposes", len: 0 },
      },
      "Lässt sich nicht wiederherstellen: purposes[0] gibt es nicht mehr: purposes hat jetzt 0 Einträge.",
      "cannot be restored: purposes[0] no longer exists: purposes has 0 entries now",
    );
    restore.mockRejectedValue(refused);
    show();

    const row = await fieldRow("purposes[0].description");
    await fireEvent.click(within(row).getByRole("button", { name: "Früheren Wert wiederherstellen" }));

    const alert = await within(row).findByRole("alert");
    expect(alert).toHaveTextContent("Der frühere Wert kann nicht wiederhergestellt werden:");
    expect(alert).toHaveTextContent("purposes[0] gibt es nicht mehr: purposes hat jetzt 0 Einträge.");
    expect(alert, "no English in the German UI").not.toHaveTextContent("no longer exists");
    expect(onrestored).not.toHaveBeenCalled();
  });

  it("says so when there are no changes yet", async () => {
    history.mockResolvedValue([]);
    show();
    expect(await screen.findByTestId("history-empty")).toHaveTextContent("Noch keine Änderungen");
  });

  it("shows the newest 50 changes and more on request", async () => {
    // One field each keeps the DOM small enough for jsdom to query quickly.
    const many: ChangeRecord[] = Array.from({ length: 120 }, (_, i) => ({
      ...updated,
      id: 120 - i,
      user: `user-${120 - i}`,
      changes: [updated.changes[0]],
    }));
    history.mockResolvedValue(many);
    show();

    expect(await screen.findAllByTestId("history-change")).toHaveLength(50);
    expect(screen.getAllByTestId("history-change")[0]).toHaveTextContent("von user-120");
    expect(screen.getByText("50 von 120 Änderungen angezeigt")).toBeInTheDocument();

    // By text, not role: computing 100 buttons' accessible names is slow in jsdom.
    await fireEvent.click(screen.getByText("Mehr anzeigen", { selector: "button" }));
    const items = screen.getAllByTestId("history-change");
    expect(items).toHaveLength(100);
    expect(document.activeElement, "the focus moves to the first newly shown change").toBe(items[50]);

    await fireEvent.click(screen.getByText("Mehr anzeigen", { selector: "button" }));
    expect(screen.getAllByTestId("history-change")).toHaveLength(120);
    expect(screen.queryByText("Mehr anzeigen")).not.toBeInTheDocument();
  });

  it("reloads when the record, its version or the refresh counter changes", async () => {
    render(TestParent);
    await screen.findAllByTestId("history-change");
    expect(history).toHaveBeenCalledTimes(1);

    await fireEvent.click(screen.getByRole("button", { name: "version" }));
    await waitFor(() => expect(history).toHaveBeenCalledTimes(2));
    await fireEvent.click(screen.getByRole("button", { name: "refresh" }));
    await waitFor(() => expect(history).toHaveBeenCalledTimes(3));

    history.mockReturnValueOnce(new Promise(() => {})); // VT-002's history never arrives
    await fireEvent.click(screen.getByRole("button", { name: "record" }));
    expect(history).toHaveBeenLastCalledWith("activity", "VT-002");
    expect(
      screen.queryByTestId("history-change"),
      "the previous record's changes are not shown for the next one",
    ).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Änderungsverlauf wird geladen");
  });

  it("offers a retry when the history cannot be loaded", async () => {
    history.mockRejectedValueOnce({ code: "database", message: "database error: disk I/O error" });
    show();

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Der Änderungsverlauf konnte nicht geladen werden. Die Datenbank meldet einen Fehler.",
    );
    expect(within(alert).getByTestId("technical-details")).toHaveTextContent("database error: disk I/O error");
    await fireEvent.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    expect(await screen.findAllByTestId("history-change")).toHaveLength(2);
  });

  it("shows codes in the editors' words and days as the UI writes dates", async () => {
    history.mockResolvedValue([
      {
        ...updated,
        changes: [
          { field: "status", old: "draft", new: "retired" },
          { field: "recipients[1].role", old: "internal", new: "processor" },
          { field: "data_categories[0].retention.period.unit", old: "weeks", new: "months" },
          { field: "next_review", old: "2026-11-27", new: null },
        ],
      },
    ]);
    show();

    expect(await fieldRow("status")).toHaveTextContent("Vorher: Entwurf → Nachher: Außer Betrieb");
    expect(await fieldRow("recipients[1].role")).toHaveTextContent(
      "Vorher: Interne Stelle → Nachher: Auftragsverarbeiter",
    );
    expect(await fieldRow("data_categories[0].retention.period.unit")).toHaveTextContent(
      "Vorher: Wochen → Nachher: Monate",
    );
    expect(await fieldRow("next_review")).toHaveTextContent("Vorher: 27.11.2026 → Nachher: (leer)");

    settings.lang = "en";
    await waitFor(async () =>
      expect(await fieldRow("status")).toHaveTextContent("Before: Draft → After: Retired"),
    );
    expect(await fieldRow("next_review")).toHaveTextContent("Before: 27 Nov 2026 → After: (empty)");
  });

  it("speaks English", async () => {
    settings.lang = "en";
    show();

    const items = await screen.findAllByTestId("history-change");
    expect(items[0]).toHaveTextContent("changed");
    expect(items[0]).toHaveTextContent(formatDateTime(updated.at, "en"));
    expect(items[1]).toHaveTextContent("created");
    expect(await fieldRow("notes")).toHaveTextContent("Notes Before: (empty) → After: Neu");
    expect(screen.getAllByRole("button", { name: "Restore earlier value" })).toHaveLength(4);
  });
});
