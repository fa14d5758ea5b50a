// The TOM catalog: grouped by protection goal, created, edited and deleted
// through the (mocked) IPC module, with conflicts and validation errors
// shown where the DPO can act on them.
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTom, deleteTom, listToms, updateTom, type Tom } from "../api";
import { settings } from "../settings.svelte";
import TomCatalogView from "./TomCatalogView.svelte";
import { required, validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) =>
  (await import("../testing/commands")).mockCommands(importOriginal, [
    "createTom",
    "updateTom",
    "deleteTom",
    "listToms",
  ]),
);

const create = vi.mocked(createTom);
const update = vi.mocked(updateTom);
const remove = vi.mocked(deleteTom);
const list = vi.mocked(listToms);

const toms: Tom[] = [
  {
    key: "tom-tls",
    goal: "encryption",
    title: "Transportverschlüsselung (TLS 1.2+)",
    description: "Alle Verbindungen zu den Meeting-Diensten laufen über TLS.",
    version: 3,
  },
  { key: "tom-rollen", goal: "confidentiality", title: "Rollen- und Rechtekonzept", description: null, version: 1 },
  { key: "tom-backup", goal: "recoverability", title: "Tägliche Sicherung", description: null, version: 1 },
];

beforeEach(() => {
  create.mockReset();
  update.mockReset();
  remove.mockReset();
  list.mockReset();
});

afterEach(() => {
  settings.lang = "de";
});

function renderView(extra: Partial<{ onchanged: () => void }> = {}) {
  const onchanged = extra.onchanged ?? vi.fn();
  render(TomCatalogView, { toms, onchanged });
  return { onchanged };
}

describe("TomCatalogView", () => {
  it("groups the measures by protection goal in the order of Art. 32", () => {
    renderView();

    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent?.trim());
    expect(headings.slice(0, 3)).toEqual([
      "Pseudonymisierung 0 Maßnahmen",
      "Verschlüsselung 1 Maßnahme",
      "Vertraulichkeit 1 Maßnahme",
    ]);
    const encryption = screen.getByRole("region", { name: /^Verschlüsselung/ });
    expect(encryption).toHaveTextContent("Transportverschlüsselung (TLS 1.2+)");
    expect(encryption).toHaveTextContent("Alle Verbindungen");
    expect(screen.getByRole("region", { name: /^Wiederherstellbarkeit/ })).toHaveTextContent(
      "Tägliche Sicherung",
    );
    expect(screen.getByRole("region", { name: /^Überprüfung und Evaluierung/ })).toHaveTextContent(
      "Keine Maßnahme erfasst.",
    );
  });

  it("creates a measure with key, goal, title and description", async () => {
    const saved: Tom = {
      key: "tom-mfa",
      goal: "confidentiality",
      title: "Zwei-Faktor-Anmeldung",
      description: "Für alle Administratoren",
      version: 1,
    };
    create.mockResolvedValue(saved);
    const { onchanged } = renderView();

    await fireEvent.click(screen.getByRole("button", { name: "Neue Maßnahme" }));
    await fireEvent.input(screen.getByLabelText(/^Kennung/), { target: { value: "tom-mfa" } });
    await fireEvent.change(screen.getByLabelText("Schutzziel"), { target: { value: "confidentiality" } });
    await fireEvent.input(screen.getByLabelText(/^Bezeichnung/), {
      target: { value: "Zwei-Faktor-Anmeldung" },
    });
    await fireEvent.input(screen.getByLabelText("Beschreibung"), {
      target: { value: "Für alle Administratoren" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    expect(create).toHaveBeenCalledExactlyOnceWith({ ...saved, version: 0 });
    expect(update, "a new measure is created, not updated").not.toHaveBeenCalled();
    expect(onchanged, "the shell reloads the catalog").toHaveBeenCalledOnce();
    expect(await screen.findByRole("status")).toHaveTextContent("Die Maßnahme wurde gespeichert.");
    expect(screen.getByRole("heading", { name: "Maßnahme bearbeiten" })).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Kennung/), "the key is fixed once saved").toBeNull();
  });

  it("saves an edited measure with its loaded version on Ctrl+S", async () => {
    update.mockImplementation(async (tom) => ({ ...tom, version: tom.version + 1 }));
    renderView();

    await fireEvent.click(screen.getByRole("button", { name: "„Tägliche Sicherung“ bearbeiten" }));
    await fireEvent.change(screen.getByLabelText("Schutzziel"), { target: { value: "availability" } });
    const event = new KeyboardEvent("keydown", { key: "s", ctrlKey: true, cancelable: true });
    window.dispatchEvent(event);
    await vi.waitFor(() => expect(update).toHaveBeenCalledOnce());

    expect(event.defaultPrevented, "the webview's own Ctrl+S is suppressed").toBe(true);
    expect(update).toHaveBeenCalledWith({ ...toms[2], goal: "availability" });
  });

  it("shows a validation error at the title and focuses it", async () => {
    create.mockRejectedValue(required("title"));
    renderView();

    await fireEvent.click(screen.getByRole("button", { name: "Neue Maßnahme" }));
    await fireEvent.input(screen.getByLabelText(/^Kennung/), { target: { value: "tom-x" } });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    const title = screen.getByLabelText(/^Bezeichnung/);
    await vi.waitFor(() => expect(title).toHaveFocus());
    expect(title).toHaveAttribute("aria-invalid", "true");
    expect(title).toHaveAccessibleDescription("Pflichtangabe – bitte ausfüllen.");
  });

  it("says that a measure changed elsewhere was not overwritten and reloads it", async () => {
    update.mockRejectedValue({ code: "conflict", message: "tom 'tom-tls' was changed (version 3, now 4)" });
    list.mockResolvedValue([{ ...toms[0], title: "TLS 1.3", version: 4 }, toms[1], toms[2]]);
    const { onchanged } = renderView();

    await fireEvent.click(screen.getByRole("button", { name: /Transportverschlüsselung/ }));
    await fireEvent.input(screen.getByLabelText(/^Bezeichnung/), { target: { value: "TLS neu" } });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("anderswo geändert");
    expect(alert).toHaveTextContent("nichts wurde überschrieben");
    await fireEvent.click(within(alert).getByRole("button", { name: "Neu laden" }));

    await vi.waitFor(() => expect(screen.getByLabelText(/^Bezeichnung/)).toHaveValue("TLS 1.3"));
    expect(screen.queryByRole("alert")).toBeNull();
    expect(onchanged).toHaveBeenCalledOnce();
  });

  it("deletes a measure only after the in-page confirmation", async () => {
    remove.mockResolvedValue();
    const { onchanged } = renderView();

    await fireEvent.click(screen.getByRole("button", { name: /Rollen- und Rechtekonzept/ }));
    await fireEvent.click(screen.getByRole("button", { name: "Löschen" }));
    expect(remove, "the first click only asks").not.toHaveBeenCalled();
    const question = screen.getByRole("dialog", { name: "Die Maßnahme „Rollen- und Rechtekonzept“ löschen?" });
    expect(within(question).getByRole("button", { name: "Abbrechen" }), "the safe answer has the focus").toHaveFocus();
    await fireEvent.click(within(question).getByRole("button", { name: "Ja, löschen" }));

    expect(remove).toHaveBeenCalledExactlyOnceWith("tom-rollen", 1);
    expect(onchanged).toHaveBeenCalledOnce();
    expect(await screen.findByRole("status")).toHaveTextContent("Die Maßnahme wurde gelöscht.");
  });

  it("reports a measure that activities still refer to as not deleted", async () => {
    remove.mockRejectedValue(
      validation(
        "key",
        { kind: "tom_in_use", key: "tom-tls", by: { record: "activity", key: "VT-001" } },
        "Die Maßnahme „tom-tls“ wird noch von der Verarbeitungstätigkeit „VT-001“ verwendet.",
        "TOM 'tom-tls' is still referenced by activity 'VT-001'",
      ),
    );
    renderView();

    await fireEvent.click(screen.getByRole("button", { name: /Transportverschlüsselung/ }));
    await fireEvent.click(screen.getByRole("button", { name: "Löschen" }));
    await fireEvent.click(screen.getByRole("button", { name: "Ja, löschen" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Die Maßnahme wurde nicht gelöscht.");
    expect(alert).toHaveTextContent("Die Maßnahme „tom-tls“ wird noch von der Verarbeitungstätigkeit „VT-001“ verwendet.");
  });

  it("asks before dropping unsaved changes and keeps them on cancel", async () => {
    let dirty = false;
    render(TomCatalogView, {
      props: {
        toms,
        onchanged: vi.fn(),
        get dirty() {
          return dirty;
        },
        set dirty(value: boolean) {
          dirty = value;
        },
      },
    });

    await fireEvent.click(screen.getByRole("button", { name: /Rollen- und Rechtekonzept/ }));
    expect(dirty).toBe(false);
    await fireEvent.input(screen.getByLabelText(/^Bezeichnung/), { target: { value: "Rollenkonzept" } });
    expect(dirty, "the shell learns of unsaved changes").toBe(true);

    await fireEvent.click(screen.getByRole("button", { name: /Tägliche Sicherung/ }));
    const question = screen.getByRole("dialog", { name: "Es gibt ungespeicherte Änderungen. Vorher speichern?" });
    await fireEvent.click(within(question).getByRole("button", { name: "Abbrechen" }));
    expect(screen.getByLabelText(/^Bezeichnung/)).toHaveValue("Rollenkonzept");

    await fireEvent.click(screen.getByRole("button", { name: /Tägliche Sicherung/ }));
    await fireEvent.click(screen.getByRole("button", { name: "Nicht speichern" }));
    expect(screen.getByLabelText(/^Bezeichnung/)).toHaveValue("Tägliche Sicherung");
    expect(dirty).toBe(false);
  });

  it("names the goals in English", () => {
    settings.lang = "en";
    renderView();

    expect(screen.getByRole("region", { name: /^Testing and evaluation/ })).toHaveTextContent(
      "No measure recorded.",
    );
    expect(screen.getByRole("button", { name: "New measure" })).toBeInTheDocument();
  });
});
