// The register header with the IPC module mocked: loading, choosing the
// supervisory authority, joint controllers limited to activities, the DPO
// toggle, validation errors at their input, conflicts and history restores.
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  findActivities,
  getOrganisation,
  recordHistory,
  restoreValue,
  saveOrganisation,
  type ActivityListItem,
  type ChangeRecord,
  type Organisation,
} from "../api";
import { testCatalogs } from "../catalogs/test-catalogs";
import { fieldId } from "../form/fields";
import { settings } from "../settings.svelte";
import OrganisationView from "./OrganisationView.svelte";
import { validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  getOrganisation: vi.fn(),
  saveOrganisation: vi.fn(),
  findActivities: vi.fn(),
  recordHistory: vi.fn(),
  restoreValue: vi.fn(),
}));

const get = vi.mocked(getOrganisation);
const save = vi.mocked(saveOrganisation);
const find = vi.mocked(findActivities);
const history = vi.mocked(recordHistory);
const restore = vi.mocked(restoreValue);

const organisation: Organisation = {
  controller: {
    name: "Integrata Cegos GmbH",
    address: "Zettachring 4, 70567 Stuttgart",
    email: "info@integrata-cegos.de",
    phone: null,
    website: null,
    public_body: false,
  },
  dpo: {
    name: "Datenschutzbeauftragter",
    external: false,
    organisation: null,
    address: null,
    email: "datenschutz@integrata-cegos.de",
    phone: null,
  },
  no_dpo_reason: null,
  persons_processing: null,
  professional_secrecy: false,
  representative: null,
  joint_controllers: [],
  authority: null,
  notice_date: null,
  version: 3,
};

const activity = (key: string, name: string): ActivityListItem => ({
  key,
  name,
  status: "active",
  department: null,
  purpose_count: 1,
  transfer_count: 0,
  next_review: null,
  updated_at: "2026-11-01T09:00:00Z",
});

beforeEach(() => {
  get.mockReset().mockResolvedValue(organisation);
  save.mockReset().mockImplementation(async (o) => ({ ...o, version: o.version + 1 }));
  find
    .mockReset()
    .mockResolvedValue([activity("VT-001", "Online-Meetings mit Jitsi"), activity("VT-002", "Webex")]);
  history.mockReset().mockResolvedValue([]);
  restore.mockReset();
});

afterEach(() => {
  settings.lang = "de";
});

async function renderView(props: Partial<{ focusPath: string }> = {}) {
  const onchanged = vi.fn();
  render(OrganisationView, { catalogs: testCatalogs, onchanged, ...props });
  await screen.findByRole("form");
  return { onchanged };
}

const saveButton = () => screen.getByRole("button", { name: "Speichern" });

describe("OrganisationView", () => {
  it("shows the loaded controller and DPO", async () => {
    await renderView();

    expect(screen.getByLabelText(/^Name/, { selector: `#${fieldId("controller.name")}` })).toHaveValue(
      "Integrata Cegos GmbH",
    );
    expect(screen.getByLabelText("Ein Datenschutzbeauftragter ist benannt")).toBeChecked();
    expect(document.getElementById(fieldId("dpo.email"))).toHaveValue("datenschutz@integrata-cegos.de");
    expect(screen.getByLabelText("Ein Vertreter in der Union ist benannt")).not.toBeChecked();
  });

  it("saves the chosen supervisory authority's code and shows its details with source", async () => {
    const { onchanged } = await renderView();

    const picker = screen.getByLabelText("Aufsichtsbehörde");
    await fireEvent.change(picker, { target: { value: "DE-BW" } });
    const details = screen.getByTestId("authority-details");
    expect(details).toHaveTextContent("Lautenschlagerstraße 20, 70173 Stuttgart");
    expect(details).toHaveTextContent("poststelle@lfdi.bwl.de");
    expect(details).toHaveTextContent("https://www.baden-wuerttemberg.datenschutz.de");
    const source = document.querySelector("p.source");
    expect(source).toHaveTextContent(/^Quelle: Anschrift aus übereinstimmenden Drittquellen – geprüft am 27\.11\.2026$/);
    expect(source?.querySelector("[lang=de]"), "the catalog's German text is marked so").toHaveTextContent(
      "Anschrift aus übereinstimmenden Drittquellen",
    );
    await fireEvent.click(saveButton());

    expect(save).toHaveBeenCalledExactlyOnceWith({ ...organisation, authority: "DE-BW" });
    expect(onchanged).toHaveBeenCalledOnce();
    expect(await screen.findByText("Die Angaben zur Organisation wurden gespeichert.")).toBeInTheDocument();
  });

  it("adds a joint controller limited to chosen activities", async () => {
    await renderView();
    expect(find, "every activity, unfiltered").toHaveBeenCalledWith({
      text: null,
      status: null,
      legal_basis: null,
      has_transfer: null,
      review_due_by: null,
    });

    await fireEvent.click(screen.getByRole("button", { name: "Gemeinsam Verantwortlichen hinzufügen" }));
    const row = screen.getByRole("group", { name: "Gemeinsam Verantwortlicher 1" });
    const name = within(row).getByLabelText(/^Name/);
    expect(name).toHaveFocus();
    await fireEvent.input(name, { target: { value: "Cegos SA" } });
    await fireEvent.input(within(row).getByLabelText(/Wesentlicher Inhalt der Vereinbarung/), {
      target: { value: "Cegos SA beantwortet Auskunftsersuchen." },
    });
    await fireEvent.click(within(row).getByLabelText("VT-002 – Webex"));
    await fireEvent.click(saveButton());

    expect(save.mock.calls[0][0].joint_controllers).toEqual([
      {
        name: "Cegos SA",
        address: null,
        contact: null,
        arrangement: "Cegos SA beantwortet Auskunftsersuchen.",
        activities: ["VT-002"],
      },
    ]);
  });

  it("shows a validation error at the DPO's e-mail and focuses it", async () => {
    save.mockRejectedValue(
      validation(
        "dpo.email",
        { kind: "not_an_email", value: "dsb(at)example.org" },
        "„dsb(at)example.org“ ist keine E-Mail-Adresse.",
        "'dsb(at)example.org' is not an e-mail address",
      ),
    );
    await renderView();

    await fireEvent.click(saveButton());

    const email = document.getElementById(fieldId("dpo.email"))!;
    await vi.waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription("„dsb(at)example.org“ ist keine E-Mail-Adresse.");
  });

  it("shows an error about a joint controller's activity at its choice", async () => {
    get.mockResolvedValue({
      ...organisation,
      joint_controllers: [
        { name: "Cegos SA", address: null, contact: null, arrangement: null, activities: ["VT-009"] },
      ],
    });
    save.mockRejectedValue(
      validation(
        "joint_controllers[0].activities[0]",
        { kind: "unknown_activity", key: "VT-009" },
        "Verweist auf die Verarbeitungstätigkeit „VT-009“, die es nicht gibt.",
        "refers to activity 'VT-009', which does not exist",
      ),
    );
    await renderView();
    const stale = screen.getByLabelText("VT-009 (nicht mehr im Verzeichnis)");
    expect(stale, "a stored key the register lost stays visible, ticked").toBeChecked();

    await fireEvent.click(saveButton());

    const group = screen.getByRole("group", { name: "Betroffene Verarbeitungstätigkeiten" });
    await vi.waitFor(() => expect(group).toHaveFocus());
    expect(group).toHaveTextContent("Verweist auf die Verarbeitungstätigkeit „VT-009“, die es nicht gibt.");
  });

  it("says that the header changed elsewhere and reloads it", async () => {
    save.mockRejectedValue({ code: "conflict", message: "organisation was changed elsewhere" });
    const { onchanged } = await renderView();
    get.mockResolvedValue({ ...organisation, controller: { ...organisation.controller, name: "Cegos GmbH" }, version: 4 });

    await fireEvent.click(saveButton());
    expect(await screen.findByText(/anderswo geändert/)).toHaveTextContent("nichts wurde überschrieben");
    await fireEvent.click(screen.getByRole("button", { name: "Neu laden" }));

    await vi.waitFor(() =>
      expect(document.getElementById(fieldId("controller.name"))).toHaveValue("Cegos GmbH"),
    );
    expect(screen.queryByText(/anderswo geändert/)).toBeNull();
    expect(onchanged).toHaveBeenCalledOnce();
  });

  it("drops the DPO with the toggle and brings the input back when switched on again", async () => {
    let dirty = false;
    render(OrganisationView, {
      props: {
        catalogs: testCatalogs,
        onchanged: vi.fn(),
        get dirty() {
          return dirty;
        },
        set dirty(value: boolean) {
          dirty = value;
        },
      },
    });
    const toggle = await screen.findByLabelText("Ein Datenschutzbeauftragter ist benannt");

    await fireEvent.click(toggle);
    expect(document.getElementById(fieldId("dpo.email"))).toBeNull();
    expect(dirty, "the shell learns of unsaved changes").toBe(true);
    await fireEvent.click(toggle);
    expect(document.getElementById(fieldId("dpo.email"))).toHaveValue("datenschutz@integrata-cegos.de");
    expect(dirty, "back to the stored state").toBe(false);
    await fireEvent.click(toggle);
    await fireEvent.keyDown(window, { key: "s", ctrlKey: true });

    await vi.waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save.mock.calls[0][0].dpo).toBeNull();
  });

  it("asks why there is no DPO once none is designated, and never saves both", async () => {
    await renderView();
    const reasonLabel = "Grund, aus dem kein Datenschutzbeauftragter benannt ist";
    expect(screen.queryByLabelText(reasonLabel), "not asked while a DPO is designated").toBeNull();

    await fireEvent.click(screen.getByLabelText("Ein Datenschutzbeauftragter ist benannt"));
    const reason = screen.getByLabelText(reasonLabel);
    expect(reason.id).toBe(fieldId("no_dpo_reason"));
    await fireEvent.input(reason, { target: { value: "Weniger als 20 Beschäftigte (§ 38 BDSG)" } });
    await fireEvent.click(saveButton());
    await vi.waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save.mock.calls[0][0]).toMatchObject({ dpo: null, no_dpo_reason: "Weniger als 20 Beschäftigte (§ 38 BDSG)" });

    await fireEvent.click(screen.getByLabelText("Ein Datenschutzbeauftragter ist benannt"));
    expect(screen.queryByLabelText(reasonLabel)).toBeNull();
    await fireEvent.input(document.getElementById(fieldId("dpo.name"))!, { target: { value: "Frau Muster" } });
    await fireEvent.click(saveButton());
    await vi.waitFor(() => expect(save).toHaveBeenCalledTimes(2));
    expect(save.mock.calls[1][0].no_dpo_reason, "the reason goes with the DPO switched on").toBeNull();
    expect(save.mock.calls[1][0].dpo?.name).toBe("Frau Muster");

    await fireEvent.click(screen.getByLabelText("Ein Datenschutzbeauftragter ist benannt"));
    expect(screen.getByLabelText(reasonLabel), "and comes back when switched off").toHaveValue(
      "Weniger als 20 Beschäftigte (§ 38 BDSG)",
    );
  });

  it("asks a public body for no reason: it always needs a DPO", async () => {
    get.mockResolvedValue({ ...organisation, dpo: null, no_dpo_reason: "Weniger als 20 Beschäftigte" });
    await renderView();
    const reasonLabel = "Grund, aus dem kein Datenschutzbeauftragter benannt ist";
    expect(screen.getByLabelText(reasonLabel)).toHaveValue("Weniger als 20 Beschäftigte");

    await fireEvent.click(screen.getByLabelText("Öffentliche Stelle"));
    expect(screen.queryByLabelText(reasonLabel)).toBeNull();
    expect(screen.getByTestId("dpo-required-public-body")).toHaveTextContent("Art. 37 Abs. 1 lit. a DSGVO");
    await fireEvent.click(saveButton());
    await vi.waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save.mock.calls[0][0]).toMatchObject({ controller: { public_body: true }, no_dpo_reason: null });

    await fireEvent.click(screen.getByLabelText("Öffentliche Stelle"));
    expect(screen.getByLabelText(reasonLabel), "back when unticked").toHaveValue("Weniger als 20 Beschäftigte");
  });

  it("records that the controller is bound by professional secrecy", async () => {
    await renderView();
    await fireEvent.click(screen.getByLabelText("Berufliche Schweigepflicht (§ 203 StGB)"));
    await fireEvent.click(saveButton());
    await vi.waitFor(() => expect(save).toHaveBeenCalledOnce());
    expect(save.mock.calls[0][0]).toMatchObject({ professional_secrecy: true });
  });

  it("replaces the header with the one a history restore returns", async () => {
    const change: ChangeRecord = {
      id: 11,
      at: "2026-11-20T10:00:00Z",
      user: "dpo",
      entity: "organisation",
      key: "organisation",
      action: "update",
      changes: [{ field: "authority", old: "DE-BY-private", new: null }],
    };
    history.mockResolvedValue([change]);
    restore.mockResolvedValue({ ...organisation, authority: "DE-BY-private", version: 4 });
    const { onchanged } = await renderView();
    expect(history).toHaveBeenCalledWith("organisation", "organisation");

    await fireEvent.click(await screen.findByRole("button", { name: "Früheren Wert wiederherstellen" }));

    await vi.waitFor(() => expect(screen.getByLabelText("Aufsichtsbehörde")).toHaveValue("DE-BY-private"));
    expect(restore).toHaveBeenCalledWith("organisation", "organisation", 11, "authority", 3);
    expect(onchanged).toHaveBeenCalledOnce();
  });

  it("focuses the field the shell points at once loaded", async () => {
    await renderView({ focusPath: "controller.email" });

    await vi.waitFor(() => expect(document.getElementById(fieldId("controller.email"))).toHaveFocus());
  });

  it("reports a header that cannot be loaded and retries", async () => {
    get.mockReset().mockRejectedValueOnce({ code: "database", message: "disk I/O error" }).mockResolvedValue(organisation);
    render(OrganisationView, { catalogs: testCatalogs, onchanged: vi.fn() });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Die Angaben zur Organisation konnten nicht geladen werden. Die Datenbank meldet einen Fehler.",
    );
    expect(within(alert).getByTestId("technical-details")).toHaveTextContent("disk I/O error");
    await fireEvent.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    expect(await screen.findByRole("form")).toBeInTheDocument();
  });

  it("speaks English", async () => {
    settings.lang = "en";
    await renderView();

    expect(screen.getByRole("heading", { name: "Representative in the Union (Art. 27 GDPR)" })).toBeInTheDocument();
    await fireEvent.change(screen.getByLabelText("Supervisory authority"), { target: { value: "DE-BY-private" } });
    expect(document.querySelector("p.source"), "the German source is labelled so, the date is English").toHaveTextContent(
      /^Source \(in German\): .+ – checked on 1 Oct 2026$/,
    );
  });
});
