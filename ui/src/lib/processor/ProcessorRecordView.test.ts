// The processor's record (Art. 30(2)) with the IPC module mocked: the list,
// creating and editing entries with controller, categories, transfers and
// TOMs, validation errors at their input, conflicts, deletion, the shell's
// pointer at a field, and the unsaved-changes flag.
import { pick } from "../testing/combobox";
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createProcessorActivity,
  deleteProcessorActivity,
  listParties,
  listProcessorActivities,
  recordHistory,
  updateProcessorActivity,
  type ProcessorActivity,
} from "../api";
import { emptyTransfer } from "../activity/activity";
import { testCatalogs } from "../catalogs/test-catalogs";
import { fieldId } from "../form/fields";
import { storedParty } from "../parties/test-fixtures";
import { settings } from "../settings.svelte";
import ProcessorRecordView from "./ProcessorRecordView.svelte";
import { toms } from "./test-fixtures";
import TestHost from "./TestHost.svelte";
import { required, validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) => (await import("./test-commands")).mockViewCommands(importOriginal));

const list = vi.mocked(listProcessorActivities);
const create = vi.mocked(createProcessorActivity);
const update = vi.mocked(updateProcessorActivity);
const remove = vi.mocked(deleteProcessorActivity);
const parties = vi.mocked(listParties);
const history = vi.mocked(recordHistory);

const hoster = storedParty("hoster", "Cloud Hosting Inc.", "US");

const payroll: ProcessorActivity = {
  key: "AV-001",
  name: "Lohnabrechnung für die Muster GmbH",
  controller: {
    name: "Muster GmbH",
    address: "Musterstraße 1, 70173 Stuttgart",
    contact: "datenschutz@muster.example",
    representative: null,
    dpo: "Dr. Erika Beispiel, dsb@muster.example",
  },
  categories: ["Lohnabrechnung", "Meldungen an Sozialversicherungsträger"],
  transfers: [],
  toms: ["tom-rollen"],
  tom_notes: null,
  notes: null,
  created_at: "2025-01-10T09:00:00Z",
  updated_at: "2025-03-01T12:30:00Z",
  version: 3,
};

const hosting: ProcessorActivity = {
  key: "AV-002",
  name: "Webhosting für die Beispiel AG",
  controller: { name: "Beispiel AG", address: null, contact: null, representative: null, dpo: null },
  categories: ["Hosting"],
  transfers: [{ ...emptyTransfer(), recipient: "hoster", country: "US", mechanism: "art46-2-c", scc_module: 3 }],
  toms: [],
  tom_notes: null,
  notes: null,
  created_at: "2025-02-01T08:00:00Z",
  updated_at: "2025-02-01T08:00:00Z",
  version: 1,
};

beforeEach(() => {
  for (const mock of [create, update, remove]) mock.mockReset();
  list.mockReset().mockResolvedValue([payroll, hosting]);
  parties.mockReset().mockResolvedValue([hoster]);
  history.mockReset().mockResolvedValue([]);
});

afterEach(() => {
  settings.lang = "de";
  vi.useRealTimers();
});

type ViewProps = { focusKey?: string | null; focusPath?: string | null };

function renderView(props: ViewProps = {}) {
  const onchanged = vi.fn();
  render(ProcessorRecordView, { catalogs: testCatalogs, toms, onchanged, ...props });
  return { onchanged };
}

const entries = () => screen.findAllByTestId("processor-entry");
const saveButton = () => screen.getByRole("button", { name: "Speichern" });

/** Opens an entry from the list and returns its editor. */
async function openEntry(name: RegExp): Promise<HTMLElement> {
  const entry = (await entries()).find((e) => name.test(e.textContent ?? ""));
  if (!entry) throw new Error(`no entry ${name}`);
  await fireEvent.click(entry);
  return screen.getByRole("form");
}

describe("ProcessorRecordView", () => {
  it("lists the entries with their controller and opens one with all its parts", async () => {
    renderView();

    expect(screen.getByTestId("processor-record")).toHaveTextContent("Art. 30 Abs. 2 DSGVO");
    const items = await entries();
    expect(items.map((i) => i.querySelector(".name")?.textContent)).toEqual([
      "Lohnabrechnung für die Muster GmbH",
      "Webhosting für die Beispiel AG",
    ]);
    expect(items[0]).toHaveTextContent("im Auftrag von Muster GmbH");

    const form = await openEntry(/Lohnabrechnung/);
    expect(items[0]).toHaveAttribute("aria-current", "true");
    expect(within(form).getByRole("heading", { level: 3, name: /Lohnabrechnung.*bearbeiten/ })).toBeInTheDocument();
    expect(form, "the key is fixed after creation").toHaveTextContent("Kennung: AV-001");
    expect(screen.queryByLabelText(/^Kennung/)).toBeNull();
    expect(screen.getByLabelText(/^Name des Verantwortlichen/)).toHaveValue("Muster GmbH");
    expect(screen.getByLabelText(/^Name des Verantwortlichen/).id).toBe(fieldId("controller.name"));
    expect(screen.getByLabelText("Datenschutzbeauftragter des Verantwortlichen")).toHaveValue(
      "Dr. Erika Beispiel, dsb@muster.example",
    );
    expect(screen.getByLabelText("Kategorie 2")).toHaveValue("Meldungen an Sozialversicherungsträger");
    expect(screen.getByLabelText("Kategorie 2").id).toBe(fieldId("categories[1]"));
    expect(screen.getByLabelText("Rollen- und Rechtekonzept")).toBeChecked();
    expect(screen.getByLabelText("Transportverschlüsselung (TLS)")).not.toBeChecked();
    expect(history, "the entry's change history is shown").toHaveBeenCalledWith("processor_activity", "AV-001");
  });

  it("creates an entry with the key and the controller's name", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-04-01T10:00:00Z"));
    const stored: ProcessorActivity = {
      ...payroll,
      key: "AV-010",
      name: "IT-Support",
      controller: { name: "Acme GmbH", address: null, contact: null, representative: null, dpo: null },
      categories: [],
      toms: [],
      version: 1,
    };
    create.mockResolvedValue(stored);
    const { onchanged } = renderView();
    await entries();

    await fireEvent.click(screen.getByRole("button", { name: "Neuer Eintrag" }));
    const key = screen.getByLabelText(/^Kennung/);
    expect(key, "the next free number is proposed").toHaveValue("AV-003");
    await fireEvent.input(key, { target: { value: "AV-010" } });
    await fireEvent.input(screen.getByLabelText(/^Bezeichnung der Verarbeitung/), {
      target: { value: "IT-Support" },
    });
    await fireEvent.input(screen.getByLabelText(/^Name des Verantwortlichen/), { target: { value: "Acme GmbH" } });
    await fireEvent.click(saveButton());

    expect(create).toHaveBeenCalledExactlyOnceWith({
      key: "AV-010",
      name: "IT-Support",
      controller: { name: "Acme GmbH", address: null, contact: null, representative: null, dpo: null },
      categories: [],
      transfers: [],
      toms: [],
      tom_notes: null,
      notes: null,
      created_at: "2026-04-01T10:00:00.000Z",
      updated_at: "2026-04-01T10:00:00.000Z",
      version: 0,
    });
    expect(update).not.toHaveBeenCalled();
    expect(await screen.findByText("Der Eintrag wurde gespeichert.")).toBeInTheDocument();
    expect(onchanged, "the shell re-runs the checks").toHaveBeenCalledOnce();
    expect(
      (await entries()).map((e) => e.querySelector("code")?.textContent),
      "the new entry is listed in key order",
    ).toEqual(["AV-001", "AV-002", "AV-010"]);
    expect(screen.queryByLabelText(/^Kennung/), "a created entry's key is fixed").toBeNull();
  });

  it("saves categories, TOMs and a transfer in the record's shape", async () => {
    update.mockImplementation(async (entry) => ({ ...entry, version: entry.version + 1 }));
    renderView();
    await openEntry(/Lohnabrechnung/);

    await fireEvent.click(screen.getByRole("button", { name: "Kategorie hinzufügen" }));
    const third = screen.getByLabelText("Kategorie 3");
    expect(third, "the new row gets the focus").toHaveFocus();
    await fireEvent.input(third, { target: { value: "Archivierung" } });
    await fireEvent.click(screen.getByRole("button", { name: "Kategorie 1 entfernen" }));
    await fireEvent.click(screen.getByLabelText("Transportverschlüsselung (TLS)"));
    await fireEvent.click(screen.getByRole("button", { name: "Drittlandübermittlung hinzufügen" }));
    await pick(screen.getByRole("combobox", { name: "Empfänger" }), "hoster");
    await pick(document.getElementById(fieldId("transfers[0].country"))!, "CH");
    await fireEvent.click(saveButton());

    const sent = update.mock.calls[0][0];
    expect(sent.categories).toEqual(["Meldungen an Sozialversicherungsträger", "Archivierung"]);
    expect(sent.toms).toEqual(["tom-rollen", "tom-tls"]);
    expect(sent.transfers).toEqual([
      {
        recipient: "hoster",
        country: "CH",
        mechanism: null,
        scc_module: null,
        supplementary_measures: null,
        tia_date: null,
        tia_result: null,
        derogation_documentation: null,
        safeguards_copy: null,
        note: null,
      },
    ]);
    expect(sent.version, "the loaded version guards against overwriting").toBe(3);
  });

  it("shows a validation error at the controller's name and focuses it", async () => {
    update.mockRejectedValue(required("controller.name"));
    renderView();
    await openEntry(/Lohnabrechnung/);
    await fireEvent.input(screen.getByLabelText(/^Name des Verantwortlichen/), { target: { value: "" } });
    await fireEvent.click(saveButton());

    const input = screen.getByLabelText(/^Name des Verantwortlichen/);
    await vi.waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input, "the core's reason, in German").toHaveAccessibleDescription("Pflichtangabe – bitte ausfüllen.");
    expect(screen.getByText("Nicht gespeichert: Bitte die markierte Angabe prüfen.")).toBeInTheDocument();
    expect(screen.getByLabelText("Anschrift"), "only the named input is marked").not.toHaveAttribute("aria-invalid");
  });

  it("shows an error at a transfer's country in the reused transfer inputs", async () => {
    update.mockRejectedValue(
      validation(
        "transfers[0].country",
        { kind: "transfer_country_in_eea", code: "IE" },
        "„IE“ liegt im EWR; das ist keine Übermittlung in ein Drittland.",
        "'IE' is in the EEA, so this is no third-country transfer",
      ),
    );
    renderView();
    await openEntry(/Webhosting/);
    await fireEvent.click(saveButton());

    const country = document.getElementById(fieldId("transfers[0].country"));
    await vi.waitFor(() => expect(country).toHaveFocus());
    expect(country).toHaveAttribute("aria-invalid", "true");
  });

  it("refuses a stale save, says nothing was overwritten and reloads the stored state", async () => {
    update.mockRejectedValue({ code: "conflict", message: "processor_activity 'AV-001' was changed elsewhere" });
    const { onchanged } = renderView();
    await openEntry(/Lohnabrechnung/);
    expect(list).toHaveBeenCalledOnce();
    await fireEvent.input(screen.getByLabelText(/^Name des Verantwortlichen/), { target: { value: "Muster AG" } });
    await fireEvent.click(saveButton());

    const alert = await screen.findByText(/anderswo geändert/);
    expect(alert).toHaveTextContent("nichts wurde überschrieben");
    expect(screen.getByLabelText(/^Name des Verantwortlichen/), "the DPO's input is kept until reload").toHaveValue(
      "Muster AG",
    );

    const changed = { ...payroll, controller: { ...payroll.controller, name: "Muster SE" }, version: 4 };
    list.mockResolvedValue([changed, hosting]);
    await fireEvent.click(screen.getByRole("button", { name: "Neu laden" }));

    expect(list, "the stored state is fetched again").toHaveBeenCalledTimes(2);
    await vi.waitFor(() => expect(screen.getByLabelText(/^Name des Verantwortlichen/)).toHaveValue("Muster SE"));
    expect(screen.queryByText(/anderswo geändert/)).toBeNull();
    expect(update).toHaveBeenCalledOnce();
    expect(onchanged).toHaveBeenCalledOnce();
  });

  it("asks before deleting and then deletes with the loaded version", async () => {
    remove.mockResolvedValue();
    const { onchanged } = renderView();
    await openEntry(/Lohnabrechnung/);

    await fireEvent.click(screen.getByRole("button", { name: "Löschen" }));
    const dialog = screen.getByRole("dialog");
    expect(dialog).toHaveTextContent("Den Eintrag „Lohnabrechnung für die Muster GmbH“ löschen?");
    await fireEvent.click(within(dialog).getByRole("button", { name: "Abbrechen" }));
    expect(remove, "cancelling deletes nothing").not.toHaveBeenCalled();

    await fireEvent.click(screen.getByRole("button", { name: "Löschen" }));
    await fireEvent.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Ja, löschen" }));

    expect(remove).toHaveBeenCalledExactlyOnceWith("AV-001", 3);
    expect(await screen.findByText("Der Eintrag wurde gelöscht.")).toBeInTheDocument();
    expect((await entries()).map((e) => e.querySelector("code")?.textContent)).toEqual(["AV-002"]);
    expect(screen.queryByRole("form")).toBeNull();
    expect(onchanged).toHaveBeenCalledOnce();
  });

  it("opens the entry the shell points at and focuses the field", async () => {
    renderView({ focusKey: "AV-002", focusPath: "transfers[0].mechanism" });

    const mechanism = await vi.waitFor(() => {
      const element = document.getElementById(fieldId("transfers[0].mechanism"));
      expect(element).toHaveFocus();
      return element;
    });
    expect(mechanism).toHaveValue("art46-2-c");
    expect(screen.getByRole("form")).toHaveTextContent("Kennung: AV-002");
  });

  it("follows a pointer at the same field again once the shell has cleared it", async () => {
    const onchanged = vi.fn();
    const target = { focusKey: "AV-001", focusPath: "controller.dpo" };
    const { rerender } = render(ProcessorRecordView, { catalogs: testCatalogs, toms, onchanged, ...target });
    const dpo = () => document.getElementById(fieldId("controller.dpo"));
    await vi.waitFor(() => expect(dpo()).toHaveFocus());

    screen.getByRole("button", { name: "Speichern" }).focus();
    await rerender({ focusKey: null, focusPath: null });
    expect(dpo(), "a cleared pointer moves nothing").not.toHaveFocus();
    await rerender(target);
    await vi.waitFor(() => expect(dpo()).toHaveFocus());
  });

  it("marks unsaved changes, asks before switching entries, and is clean after a save", async () => {
    update.mockImplementation(async (entry) => ({ ...entry, version: entry.version + 1 }));
    render(TestHost, { catalogs: testCatalogs, toms, onchanged: vi.fn() });
    const dirty = screen.getByTestId("dirty");
    await openEntry(/Lohnabrechnung/);
    expect(dirty, "a loaded entry is clean").toHaveTextContent("false");

    await fireEvent.input(screen.getByLabelText("Anschrift"), { target: { value: "Neue Straße 2" } });
    expect(dirty).toHaveTextContent("true");

    await openEntry(/Webhosting/);
    const question = screen.getByRole("dialog");
    expect(question).toHaveTextContent("Es gibt ungespeicherte Änderungen. Vorher speichern?");
    await fireEvent.click(within(question).getByRole("button", { name: "Abbrechen" }));
    expect(screen.getByLabelText("Anschrift"), "nothing was thrown away").toHaveValue("Neue Straße 2");

    await fireEvent.keyDown(window, { key: "s", ctrlKey: true });
    expect(update.mock.calls[0][0].controller.address, "Ctrl+S saves").toBe("Neue Straße 2");
    await vi.waitFor(() => expect(dirty).toHaveTextContent("false"));

    await openEntry(/Webhosting/);
    expect(screen.queryByRole("dialog"), "nothing unsaved, nothing to ask").toBeNull();
    expect(screen.getByRole("form")).toHaveTextContent("Kennung: AV-002");
  });

  it("speaks English when the UI does", async () => {
    settings.lang = "en";
    renderView();
    await openEntry(/Lohnabrechnung/);

    expect(screen.getByRole("heading", { level: 2 })).toHaveTextContent("Record as processor");
    expect(screen.getByLabelText(/^Name of the controller/)).toHaveValue("Muster GmbH");
    expect(screen.getByRole("heading", { name: "Categories of processing (Art. 30(2)(b) GDPR)" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Save" })).toBeInTheDocument();
  });

  it("offers a retry when the record cannot be loaded", async () => {
    list.mockRejectedValueOnce({ code: "io", message: "disk gone" });
    renderView();

    const retry = await screen.findByRole("button", { name: "Erneut versuchen" });
    await fireEvent.click(retry);
    expect(await entries()).toHaveLength(2);
  });
});
