// The parties view with the IPC module mocked: the list's agreement badges,
// editing and saving a party's Art. 28 agreement, validation errors at the
// input they concern, conflicts, deletion, and restores from the history.
import { offered, pick } from "../testing/combobox";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createParty,
  deleteParty,
  listParties,
  recordHistory,
  restoreValue,
  updateParty,
  type ChangeRecord,
  type Party,
} from "../api";
import { testCatalogs } from "../catalogs/test-catalogs";
import { fieldId } from "../form/fields";
import { settings } from "../settings.svelte";
import PartiesView from "./PartiesView.svelte";
import { storedParty } from "./test-fixtures";
import { invalidDate, required, validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) =>
  (await import("../testing/commands")).mockCommands(importOriginal, [
    "createParty",
    "updateParty",
    "deleteParty",
    "listParties",
    "recordHistory",
    "restoreValue",
  ]),
);

const create = vi.mocked(createParty);
const update = vi.mocked(updateParty);
const remove = vi.mocked(deleteParty);
const list = vi.mocked(listParties);
const history = vi.mocked(recordHistory);
const restore = vi.mocked(restoreValue);

const cisco: Party = {
  key: "cisco",
  name: "Cisco Systems, Inc.",
  address: "170 West Tasman Drive, San Jose, CA 95134, USA",
  country: "US",
  contact: "privacy@cisco.com",
  dpf_certified: true,
  dpf_checked_on: "2026-09-01",
  certifications: ["ISO/IEC 27001"],
  agreement: {
    signed_on: "2024-03-12",
    reference: "Cisco DPA v2024",
    location: "DMS/Verträge/Cisco",
    covers: ["a", "b", "c"],
    subprocessors: [],
    locations: ["EU-Rechenzentren"],
    next_review: "2026-03-01",
    secrecy_obligation: false,
  },
  notes: null,
  version: 4,
};

const microsoft: Party = {
  key: "microsoft",
  name: "Microsoft Ireland Operations Ltd.",
  address: null,
  country: "IE",
  contact: null,
  dpf_certified: false,
  dpf_checked_on: null,
  certifications: [],
  agreement: { ...cisco.agreement!, signed_on: null, covers: [], locations: [] },
  notes: null,
  version: 2,
};

const gravatar = storedParty("gravatar", "Automattic Inc. (Gravatar)", "US");

const parties = [cisco, microsoft, gravatar];

beforeEach(() => {
  for (const mock of [create, update, remove, list, restore]) mock.mockReset();
  history.mockReset().mockResolvedValue([]);
});

afterEach(() => {
  settings.lang = "de";
});

function renderView(props: Partial<{ focusKey: string; focusPath: string }> = {}) {
  const onchanged = vi.fn();
  render(PartiesView, { parties, catalogs: testCatalogs, onchanged, ...props });
  return { onchanged };
}

const listItem = (name: RegExp) =>
  within(screen.getByTestId("party-list")).getByRole("button", { name });

/** Opens a party from the list and returns its editor. */
async function openParty(name: RegExp): Promise<HTMLElement> {
  await fireEvent.click(listItem(name));
  return screen.getByRole("form");
}

describe("PartiesView", () => {
  it("lists the parties by name with their seat and agreement status", () => {
    renderView();

    const items = within(screen.getByTestId("party-list")).getAllByRole("listitem");
    expect(items.map((i) => i.querySelector(".name")?.textContent)).toEqual([
      "Automattic Inc. (Gravatar)",
      "Cisco Systems, Inc.",
      "Microsoft Ireland Operations Ltd.",
    ]);
    expect(items[1], "a signed agreement shows its date in German").toHaveTextContent(
      "AVV unterzeichnet am 12.03.2024",
    );
    expect(items[1]).toHaveTextContent("Vereinigte Staaten");
    expect(items[2], "an unsigned agreement counts as none").toHaveTextContent("kein AVV");
    expect(items[0], "no agreement at all").toHaveTextContent("kein AVV");
  });

  it("saves an edited agreement date with updateParty", async () => {
    update.mockImplementation(async (party) => ({ ...party, version: party.version + 1 }));
    const { onchanged } = renderView();
    await openParty(/Cisco/);

    const signedOn = screen.getByLabelText("Unterzeichnet am");
    expect(signedOn).toHaveValue("12.03.2024");
    await fireEvent.input(signedOn, { target: { value: "15.01.2025" } });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    expect(update).toHaveBeenCalledExactlyOnceWith({
      ...cisco,
      agreement: { ...cisco.agreement!, signed_on: "2025-01-15" },
    });
    expect(create).not.toHaveBeenCalled();
    expect(onchanged, "the shell reloads the list").toHaveBeenCalledOnce();
    expect(await screen.findByText("Die Stelle wurde gespeichert.")).toBeInTheDocument();
  });

  it("records the processor's obligation to secrecy (§ 203 StGB) on the agreement", async () => {
    update.mockImplementation(async (party) => ({ ...party, version: party.version + 1 }));
    renderView();
    await openParty(/Cisco/);

    await fireEvent.click(screen.getByRole("checkbox", { name: "Zur Verschwiegenheit verpflichtet (§ 203 Abs. 4 StGB)" }));
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    expect(update).toHaveBeenCalledExactlyOnceWith({
      ...cisco,
      agreement: { ...cisco.agreement!, secrecy_obligation: true },
    });
  });

  it("shows a validation error at the agreement date and focuses it", async () => {
    update.mockRejectedValue(invalidDate("agreement.signed_on", "2025-02-30"));
    renderView();
    await openParty(/Cisco/);
    await fireEvent.input(screen.getByLabelText("Unterzeichnet am"), { target: { value: "2025-02-30" } });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    const input = screen.getByLabelText("Unterzeichnet am");
    await vi.waitFor(() => expect(input).toHaveFocus());
    expect(input.id).toBe(fieldId("agreement.signed_on"));
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input, "the reason without the path").toHaveAccessibleDescription("„2025-02-30“ ist kein gültiges Datum.");
    expect(screen.getByText("Nicht gespeichert: Bitte die markierte Angabe prüfen.")).toBeInTheDocument();
  });

  it("shows an error at a sub-processor's party select", async () => {
    update.mockRejectedValue(required("agreement.subprocessors[0].party"));
    renderView();
    await openParty(/Cisco/);
    await fireEvent.click(screen.getByRole("button", { name: "Unterauftragsverarbeiter hinzufügen" }));
    const row = screen.getByRole("group", { name: "Unterauftragsverarbeiter 1" });
    const party = within(row).getByRole("combobox", { name: "Stelle" });
    expect(party, "the new row's first input gets the focus").toHaveFocus();
    expect(await offered(party), "a party cannot be its own sub-processor").toEqual([
      "– keine –",
      "Automattic Inc. (Gravatar)",
      "Microsoft Ireland Operations Ltd.",
    ]);
    expect(within(row).getByRole("button", { name: "Neue Stelle" }), "or one is created in place").toBeInTheDocument();
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    await vi.waitFor(() => expect(party).toHaveFocus());
    expect(party, "the core's reason, in German").toHaveAccessibleDescription("Pflichtangabe – bitte ausfüllen.");
  });

  it("sends sub-processors with party, country, task and mechanism; Privacy Shield cannot be chosen", async () => {
    update.mockImplementation(async (party) => ({ ...party, version: party.version + 1 }));
    renderView();
    await openParty(/Microsoft/);
    await fireEvent.click(screen.getByRole("button", { name: "Unterauftragsverarbeiter hinzufügen" }));
    const row = screen.getByRole("group", { name: "Unterauftragsverarbeiter 1" });
    await pick(within(row).getByRole("combobox", { name: "Stelle" }), "cisco");
    await pick(within(row).getByRole("combobox", { name: "Land der Verarbeitung" }), "Vereinigte Staaten");
    await fireEvent.input(within(row).getByLabelText("Aufgabe"), { target: { value: "Support" } });
    const mechanism = within(row).getByLabelText("Übermittlungsinstrument");
    const shield = within(mechanism).getByRole("option", { name: /Privacy Shield.*nicht mehr gültig/ });
    expect(shield, "an invalid instrument is not offered anew").toBeDisabled();
    await fireEvent.change(mechanism, { target: { value: "art46-2-c" } });
    await fireEvent.click(screen.getByLabelText(/^e\) Unterstützung bei Betroffenenrechten/));
    await fireEvent.click(screen.getByLabelText(/^a\) Verarbeitung nur auf dokumentierte Weisung/));
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    const sent = update.mock.calls[0][0];
    expect(sent.agreement?.subprocessors).toEqual([
      { party: "cisco", country: "US", task: "Support", mechanism: "art46-2-c" },
    ]);
    expect(sent.agreement?.covers, "in the order of Art. 28(3)").toEqual(["a", "e"]);
  });

  it("says that a party changed elsewhere was not overwritten and reloads it", async () => {
    update.mockRejectedValue({ code: "conflict", message: "party 'cisco' was changed elsewhere" });
    list.mockResolvedValue([{ ...cisco, name: "Cisco Systems Inc.", version: 5 }, microsoft, gravatar]);
    const { onchanged } = renderView();
    await openParty(/Cisco/);
    await fireEvent.input(screen.getByLabelText(/^Name/), { target: { value: "Cisco (neu)" } });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    const alert = await screen.findByText(/anderswo geändert/);
    expect(alert).toHaveTextContent("nichts wurde überschrieben");
    await fireEvent.click(screen.getByRole("button", { name: "Neu laden" }));

    await vi.waitFor(() => expect(screen.getByLabelText(/^Name/)).toHaveValue("Cisco Systems Inc."));
    expect(screen.queryByText(/anderswo geändert/)).toBeNull();
    expect(onchanged).toHaveBeenCalledOnce();
  });

  it("creates a new party with its key, shows the DPF flag only for a US seat", async () => {
    create.mockImplementation(async (party) => ({ ...party, version: 1 }));
    renderView();

    await fireEvent.click(screen.getByRole("button", { name: "Neue Stelle" }));
    await waitFor(() => expect(screen.getByLabelText(/^Name/), "the keyboard is in the new party").toHaveFocus());
    await fireEvent.input(screen.getByLabelText(/^Kennung/), { target: { value: "zoom" } });
    await fireEvent.input(screen.getByLabelText(/^Name/), { target: { value: "Zoom Video Communications" } });
    const country = screen.getByRole("combobox", { name: "Sitzland" });
    expect((await offered(country)).slice(0, 3)).toEqual(["– nicht erfasst –", "Deutschland", "Irland"]);
    expect(await offered(country, "us"), "found by its code too").toContain("Vereinigte Staaten");
    expect(screen.queryByLabelText(/Data Privacy Framework/)).toBeNull();
    await pick(country, "US");
    await fireEvent.click(screen.getByLabelText(/Data Privacy Framework zertifiziert/));
    await fireEvent.input(screen.getByLabelText("Zuletzt in der DPF-Liste geprüft am"), {
      target: { value: "2026-11-27" },
    });
    await fireEvent.click(screen.getByRole("button", { name: "Zertifizierung hinzufügen" }));
    const certification = screen.getByLabelText("Zertifizierung 1");
    expect(certification).toHaveFocus();
    await fireEvent.input(certification, { target: { value: "SOC 2" } });
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    expect(create).toHaveBeenCalledExactlyOnceWith({
      key: "zoom",
      name: "Zoom Video Communications",
      address: null,
      country: "US",
      processing_countries: [],
      contact: null,
      dpf_certified: true,
      dpf_checked_on: "2026-11-27",
      certifications: ["SOC 2"],
      agreement: null,
      notes: null,
      version: 0,
    });
  });

  it("drops the DPF flag when the seat leaves the United States", async () => {
    update.mockImplementation(async (party) => party);
    renderView();
    await openParty(/Cisco/);

    await pick(screen.getByRole("combobox", { name: "Sitzland" }), "Schweiz");
    expect(screen.queryByLabelText(/Data Privacy Framework/)).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    expect(update.mock.calls[0][0]).toMatchObject({ country: "CH", dpf_certified: false, dpf_checked_on: null });
  });

  it("asks for the DPF certification of a party seated elsewhere that processes in the United States", async () => {
    update.mockImplementation(async (party) => party);
    renderView();
    await openParty(/Cisco/);

    await pick(screen.getByRole("combobox", { name: "Sitzland" }), "Schweiz");
    expect(screen.queryByLabelText(/Data Privacy Framework/)).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Verarbeitungsland hinzufügen" }));
    await pick(screen.getByRole("combobox", { name: "Verarbeitungsland 1" }), "Vereinigte Staaten");
    await fireEvent.click(screen.getByLabelText(/Data Privacy Framework zertifiziert/));
    await fireEvent.click(screen.getByRole("button", { name: "Verarbeitungsland hinzufügen" }));
    await pick(screen.getByRole("combobox", { name: "Verarbeitungsland 2" }), "Irland");
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    expect(update.mock.calls[0][0]).toMatchObject({
      country: "CH",
      processing_countries: ["US", "IE"],
      dpf_certified: true,
    });

    // Without the US among them the certification goes.
    await fireEvent.click(screen.getByRole("button", { name: /Verarbeitungsland 1 entfernen/ }));
    expect(screen.queryByLabelText(/Data Privacy Framework/)).toBeNull();
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    expect(update.mock.calls[1][0]).toMatchObject({
      processing_countries: ["IE"],
      dpf_certified: false,
      dpf_checked_on: null,
    });
  });

  it("removes the agreement with the toggle and brings the input back when switched on again", async () => {
    update.mockImplementation(async (party) => party);
    renderView();
    await openParty(/Cisco/);
    const toggle = screen.getByLabelText("Es gibt einen Auftragsverarbeitungsvertrag (AVV)");
    expect(toggle).toBeChecked();

    await fireEvent.click(toggle);
    expect(screen.queryByLabelText("Unterzeichnet am")).toBeNull();
    await fireEvent.click(toggle);
    expect(screen.getByLabelText("Unterzeichnet am"), "nothing typed is lost").toHaveValue("12.03.2024");
    await fireEvent.click(toggle);
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));

    expect(update.mock.calls[0][0].agreement).toBeNull();
  });

  it("saves the open party with Ctrl+S and leaves the focus where the DPO types", async () => {
    update.mockImplementation(async (party) => ({ ...party, version: party.version + 1 }));
    renderView();
    await openParty(/Microsoft/);
    await fireEvent.click(screen.getByRole("button", { name: "Unterauftragsverarbeiter hinzufügen" }));
    const task = screen.getByLabelText("Aufgabe");
    task.focus();
    await fireEvent.input(task, { target: { value: "Hosting" } });

    const event = new KeyboardEvent("keydown", { key: "s", ctrlKey: true, cancelable: true });
    window.dispatchEvent(event);

    await vi.waitFor(() => expect(update).toHaveBeenCalledOnce());
    expect(event.defaultPrevented, "the webview's own Ctrl+S is suppressed").toBe(true);
    expect(update.mock.calls[0][0]).toMatchObject({ key: "microsoft", version: 2 });
    await screen.findByText("Die Stelle wurde gespeichert.");
    expect(screen.getByLabelText("Aufgabe"), "the saved record does not rebuild the row").toHaveFocus();
  });

  it("deletes a party after the confirmation and reports one still in use", async () => {
    remove.mockRejectedValueOnce(
      validation(
        "key",
        {
          kind: "party_in_use",
          key: "gravatar",
          by: { record: "activity", key: "VT-001" },
          list: "recipients",
        },
        "Die Stelle „gravatar“ ist noch in der Verarbeitungstätigkeit „VT-001“ bei den Empfängern eingetragen; entfernen Sie sie dort zuerst.",
        "party 'gravatar' is still named in activity VT-001 (recipients); remove it there first",
      ),
    );
    remove.mockResolvedValueOnce();
    const { onchanged } = renderView();
    await openParty(/Gravatar/);

    await fireEvent.click(screen.getByRole("button", { name: "Löschen" }));
    const dialog = screen.getByRole("dialog", { name: "Die Stelle „Automattic Inc. (Gravatar)“ löschen?" });
    expect(remove, "the first click only asks").not.toHaveBeenCalled();
    await fireEvent.click(within(dialog).getByRole("button", { name: "Ja, löschen" }));
    expect(await screen.findByText("Die Stelle wurde nicht gelöscht.")).toBeInTheDocument();
    expect(screen.getByText(/noch in der Verarbeitungstätigkeit „VT-001“/)).toBeInTheDocument();

    await fireEvent.click(screen.getByRole("button", { name: "Löschen" }));
    await fireEvent.click(screen.getByRole("button", { name: "Ja, löschen" }));

    expect(remove).toHaveBeenLastCalledWith("gravatar", 1);
    expect(await screen.findByText("Die Stelle wurde gelöscht.")).toBeInTheDocument();
    expect(screen.queryByRole("form")).toBeNull();
    expect(onchanged).toHaveBeenCalledOnce();
  });

  it("asks before leaving unsaved changes for another party", async () => {
    renderView();
    await openParty(/Cisco/);
    await fireEvent.input(screen.getByLabelText(/^Name/), { target: { value: "Cisco GmbH" } });

    await fireEvent.click(listItem(/Microsoft/));
    const dialog = screen.getByRole("dialog", { name: "Es gibt ungespeicherte Änderungen. Vorher speichern?" });
    await fireEvent.click(within(dialog).getByRole("button", { name: "Abbrechen" }));
    expect(screen.getByLabelText(/^Name/)).toHaveValue("Cisco GmbH");

    await fireEvent.click(listItem(/Microsoft/));
    await fireEvent.click(screen.getByRole("button", { name: "Nicht speichern" }));
    expect(screen.getByLabelText(/^Name/)).toHaveValue("Microsoft Ireland Operations Ltd.");
  });

  it("opens the party and field the shell points at", async () => {
    renderView({ focusKey: "microsoft", focusPath: "agreement.next_review" });

    const input = await screen.findByLabelText("Nächste Überprüfung");
    await vi.waitFor(() => expect(input).toHaveFocus());
    expect(listItem(/Microsoft/)).toHaveAttribute("aria-current", "true");
  });

  it("replaces the editor's record with the one a history restore returns", async () => {
    const change: ChangeRecord = {
      id: 7,
      at: "2026-11-20T10:00:00Z",
      user: "dpo",
      entity: "party",
      key: "cisco",
      action: "update",
      changes: [{ field: "agreement.reference", old: "Cisco DPA v2023", new: "Cisco DPA v2024" }],
    };
    history.mockResolvedValue([change]);
    const restoredParty: Party = {
      ...cisco,
      agreement: { ...cisco.agreement!, reference: "Cisco DPA v2023" },
      version: 5,
    };
    restore.mockResolvedValue(restoredParty);
    update.mockImplementation(async (party) => party);
    const { onchanged } = renderView();
    await openParty(/Cisco/);
    expect(history).toHaveBeenCalledWith("party", "cisco");

    await fireEvent.click(await screen.findByRole("button", { name: "Früheren Wert wiederherstellen" }));

    await vi.waitFor(() =>
      expect(screen.getByLabelText("Version oder Referenz")).toHaveValue("Cisco DPA v2023"),
    );
    expect(restore).toHaveBeenCalledWith("party", "cisco", 7, "agreement.reference", 4);
    expect(onchanged).toHaveBeenCalledOnce();
    await fireEvent.click(screen.getByRole("button", { name: "Speichern" }));
    expect(update.mock.calls[0][0].version, "the next save builds on the restored version").toBe(5);
  });

  it("speaks English", async () => {
    settings.lang = "en";
    renderView();

    expect(listItem(/Cisco/)).toHaveTextContent("DPA signed on 12 Mar 2024");
    expect(listItem(/Gravatar/)).toHaveTextContent("no DPA");
    await openParty(/Cisco/);
    expect(screen.getByRole("heading", { name: "Data processing agreement (Art. 28 GDPR)" })).toBeInTheDocument();
    expect(screen.getByLabelText(/^\(h\) Information and audits/)).not.toBeChecked();
  });
});
