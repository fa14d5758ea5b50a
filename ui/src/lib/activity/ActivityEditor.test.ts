// Component tests of the activity editor with the IPC module mocked: loading,
// editing and saving the whole record, the core's validation and conflict
// answers, the transfer helper, inline parties, dirty tracking, Ctrl+S,
// creating and deleting.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createActivity,
  createParty,
  deleteActivity,
  deleteParty,
  getActivity,
  newActivity,
  recordHistory,
  updateActivity,
  type Party,
  type ProcessingActivity,
} from "../api";
import { settings } from "../settings.svelte";
import ActivityEditor from "./ActivityEditor.svelte";
import { editorProps as props, newDraft, toms, webexActivity } from "./test-fixtures";
import TestHost from "./TestHost.svelte";
import { finding } from "../findings/fixtures";
import { offered, pick } from "../testing/combobox";
import { allOf, invalidDate, required } from "../testing/validation";

vi.mock("../api", async (importOriginal) =>
  (await import("../testing/commands")).mockCommands(importOriginal, [
    "getActivity",
    "newActivity",
    "createActivity",
    "updateActivity",
    "deleteActivity",
    "createParty",
    "deleteParty",
    "recordHistory",
  ]),
);

const get = vi.mocked(getActivity);
const draft = vi.mocked(newActivity);
const create = vi.mocked(createActivity);
const update = vi.mocked(updateActivity);
const remove = vi.mocked(deleteActivity);
const addParty = vi.mocked(createParty);
const dropParty = vi.mocked(deleteParty);

/** What the core returns for a save: the record with the version raised. */
function stored(activity: ProcessingActivity): ProcessingActivity {
  return { ...structuredClone(activity), version: activity.version + 1, updated_at: "2026-11-27T12:00:00Z" };
}

/** The optional parts of a transfer, unset. */
const noDetails = {
  mechanism: null,
  scc_module: null,
  supplementary_measures: null,
  tia_date: null,
  tia_result: null,
  derogation_documentation: null,
  safeguards_copy: null,
  note: null,
};

/** The labelled input of the first purpose's description, once loaded. */
const purposeInput = () => screen.findByRole("textbox", { name: /^Zweck der Verarbeitung/ });
const saveButton = () => screen.getByRole("button", { name: "Speichern" });

beforeEach(() => {
  get.mockReset().mockImplementation(async () => webexActivity());
  draft.mockReset().mockImplementation(async () => newDraft());
  create.mockReset().mockImplementation(async (a) => stored(a));
  update.mockReset().mockImplementation(async (a) => stored(a));
  remove.mockReset().mockResolvedValue(undefined);
  addParty.mockReset().mockImplementation(async (p) => ({ ...p, version: 1 }));
  dropParty.mockReset().mockResolvedValue(undefined);
  vi.mocked(recordHistory).mockReset().mockResolvedValue([]);
});

afterEach(() => {
  settings.lang = "de";
});

describe("ActivityEditor", () => {
  it("loads the activity and shows its purpose and legal basis", async () => {
    render(ActivityEditor, props());

    expect(await purposeInput()).toHaveValue("Durchführung von Online-Meetings und Webinaren");
    expect(get).toHaveBeenCalledExactlyOnceWith("VT-002");
    const bases = screen.getByRole("list", { name: "Rechtsgrundlagen" });
    expect(bases, "the citation in German with its label").toHaveTextContent(
      "Art. 6 Abs. 1 lit. b DSGVO",
    );
    expect(bases).toHaveTextContent("Vertrag oder vorvertragliche Maßnahmen");
    expect(screen.getByRole("textbox", { name: /^Bezeichnung der Verarbeitungstätigkeit/ })).toHaveValue(
      "Online-Meetings mit Cisco Webex",
    );
    expect(screen.getByRole("textbox", { name: "Kennung" }), "a saved key is fixed").toHaveAttribute(
      "readonly",
    );
    for (const title of [
      "Allgemein",
      "Zwecke und Rechtsgrundlagen",
      "Betroffene und Daten",
      "Herkunft und Bereitstellung",
      "Empfänger",
      "Drittlandübermittlungen",
      "TOM",
      "DSFA",
      "Überprüfung",
      "Verlauf",
    ]) {
      expect(screen.getByRole("region", { name: title }), `section ${title}`).toBeInTheDocument();
    }
    expect(document.getElementById("activity-transfers"), "the shell links to sections by id").not.toBeNull();
  });

  it("saves an edited purpose with another legal basis through updateActivity", async () => {
    const onsaved = vi.fn();
    render(ActivityEditor, { ...props(), onsaved });

    await fireEvent.input(await purposeInput(), { target: { value: "Online-Schulungen" } });
    await pick(screen.getByRole("combobox", { name: "Rechtsgrundlage hinzufügen" }), "6 1 f");
    await fireEvent.click(screen.getByRole("button", { name: "Art. 6 Abs. 1 lit. b DSGVO entfernen" }));

    const interests = screen.getByRole("textbox", { name: "Berechtigte Interessen" });
    expect(interests, "Art. 6(1)(f) asks for the interests (Art. 13(1)(d))").toHaveAccessibleDescription(
      /Art\. 13 Abs\. 1 lit\. d DSGVO/,
    );
    await fireEvent.input(interests, { target: { value: "Wirtschaftliche Durchführung der Schulungen" } });
    await fireEvent.click(saveButton());

    const original = webexActivity();
    expect(update).toHaveBeenCalledExactlyOnceWith({
      ...original,
      purposes: [
        {
          ...original.purposes[0],
          description: "Online-Schulungen",
          legal_bases: ["art6-1-f"],
          legitimate_interests: "Wirtschaftliche Durchführung der Schulungen",
        },
      ],
    });
    expect(create, "an existing activity is updated").not.toHaveBeenCalled();
    expect(await screen.findByRole("status")).toHaveTextContent("Gespeichert");
    expect(onsaved).toHaveBeenCalledWith(expect.objectContaining({ key: "VT-002", version: 4 }));
  });

  it("shows a date the core refused at its field, marks it invalid and focuses it", async () => {
    update.mockRejectedValue(invalidDate("next_review", "2026-02-30"));
    render(ActivityEditor, props());
    await purposeInput();

    const nextReview = screen.getByRole("textbox", { name: "Nächste Überprüfung am" });
    await fireEvent.input(nextReview, { target: { value: "2026-02-30" } });
    await fireEvent.click(saveButton());

    await waitFor(() => expect(nextReview).toHaveAttribute("aria-invalid", "true"));
    expect(update.mock.calls[0][0].next_review, "the text goes to the core as typed").toBe("2026-02-30");
    expect(nextReview).toHaveAccessibleDescription("„2026-02-30“ ist kein gültiges Datum.");
    expect(nextReview, "the keyboard lands on the field").toHaveFocus();
    const alerts = screen.getAllByRole("alert");
    expect(alerts[0], "a summary line at the top, naming the field in the form's words").toHaveTextContent(
      "Nicht gespeichert: Eine Angabe ist zu korrigieren. Überprüfung › Nächste Überprüfung am: „2026-02-30“ ist kein gültiges Datum.",
    );
    expect(
      screen.getByRole("textbox", { name: "Zuletzt überprüft am" }),
      "only the named field is marked",
    ).not.toHaveAttribute("aria-invalid");
  });

  it("shows every problem of a save at once: each at its field, all at the top with links", async () => {
    update.mockRejectedValue(
      allOf(required("name"), required("purposes[0].description"), invalidDate("next_review", "2026-02-30")),
    );
    render(ActivityEditor, props());
    await purposeInput();
    await fireEvent.input(screen.getByRole("textbox", { name: "Nächste Überprüfung am" }), {
      target: { value: "2026-02-30" },
    });
    await fireEvent.click(saveButton());

    const name = screen.getByRole("textbox", { name: "Bezeichnung der Verarbeitungstätigkeit" });
    await waitFor(() => expect(name).toHaveAttribute("aria-invalid", "true"));
    expect(name, "the first problem takes the focus").toHaveFocus();
    const purpose = screen.getByRole("textbox", { name: "Zweck der Verarbeitung" });
    expect(purpose).toHaveAttribute("aria-invalid", "true");
    expect(purpose).toHaveAccessibleDescription(/Pflichtangabe/);
    const nextReview = screen.getByRole("textbox", { name: "Nächste Überprüfung am" });
    expect(nextReview).toHaveAttribute("aria-invalid", "true");

    const summary = screen.getAllByRole("alert")[0];
    expect(summary).toHaveTextContent("Nicht gespeichert: 3 Angaben sind zu korrigieren.");
    expect(summary, "no field path, no developer word").not.toHaveTextContent(/purposes\[|next_review|\bname:/);
    const links = await within(summary).findAllByRole("button");
    await waitFor(() =>
      expect(links.map((l) => l.textContent)).toEqual([
        "Allgemein › Bezeichnung der Verarbeitungstätigkeit",
        "Zwecke und Rechtsgrundlagen › Eintrag 1 › Zweck der Verarbeitung",
        "Überprüfung › Nächste Überprüfung am",
      ]),
    );
    await fireEvent.click(links[2]);
    expect(nextReview, "a link moves the keyboard to its field").toHaveFocus();
    await fireEvent.click(links[1]);
    expect(purpose).toHaveFocus();
  });

  it("navigates by section, each with the number of the checks' findings about it", async () => {
    const findings = [
      finding("transfer-no-mechanism", "error", "activity", "VT-002", "transfers[0].mechanism"),
      finding("review-missing", "warning", "activity", "VT-002", "next_review"),
      finding("dpia-open", "info", "activity", "VT-002", "dpia.required"),
      finding("purpose-vague", "warning", "activity", "VT-002", "purposes[0].description"),
    ];
    render(ActivityEditor, { ...props(), findings });
    await purposeInput();

    const nav = screen.getByRole("navigation", { name: "Abschnitte der Tätigkeit" });
    const links = within(nav).getAllByRole("link");
    expect(links.map((l) => l.textContent?.replace(/\s+/g, " ").trim())).toEqual([
      "Allgemein",
      "Zwecke und Rechtsgrundlagen 1",
      "Betroffene und Daten",
      "Herkunft und Bereitstellung",
      "Empfänger",
      "Drittlandübermittlungen 1",
      "Cookies und eingebundene Dienste",
      "TOM",
      "DSFA 1",
      "Überprüfung 1",
      "Übersetzung",
      "Verlauf",
    ]);
    expect(within(nav).getAllByLabelText("1 Befund", { selector: "span" })).toHaveLength(4);
    for (const link of links) {
      await fireEvent.click(link);
      const section = document.getElementById(link.getAttribute("href")!.slice(1))!;
      expect(within(section).getByRole("heading", { level: 2 }), `${link.textContent} lands on its section`).toHaveFocus();
    }
  });

  it("reports a conflict, keeps the input and reloads only when asked", async () => {
    update.mockRejectedValue({ code: "conflict", message: "activity 'VT-002' was changed elsewhere" });
    render(TestHost, props());
    const purpose = await purposeInput();

    await fireEvent.input(purpose, { target: { value: "Meine Änderung" } });
    await fireEvent.click(saveButton());

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Diese Tätigkeit wurde inzwischen anderswo geändert. Ihre Änderungen wurden nicht gespeichert; nichts wurde überschrieben.",
    );
    expect(purpose, "the DPO's text is not lost").toHaveValue("Meine Änderung");
    expect(screen.getByTestId("dirty"), "still unsaved").toHaveTextContent("true");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(update, "never retried automatically").toHaveBeenCalledTimes(1);

    await fireEvent.click(within(alert).getByRole("button", { name: "Neu laden" }));

    expect(await purposeInput()).toHaveValue("Durchführung von Online-Meetings und Webinaren");
    expect(get).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.getByTestId("dirty")).toHaveTextContent("false");
  });

  it("shows the adequacy of a destination and suggests the mechanism it calls for", async () => {
    render(ActivityEditor, props());
    await purposeInput();
    await fireEvent.click(screen.getByRole("button", { name: "Drittlandübermittlung hinzufügen" }));

    const country = screen.getByRole("combobox", { name: "Drittland" });
    expect(await offered(country), "third countries only, by German name").toEqual([
      "Land wählen …",
      "Indien (IN)",
      "Japan (JP)",
      "Schweiz (CH)",
      "Vereinigte Staaten (US)",
    ]);

    await pick(country, "us");
    const adequacy = screen.getByTestId("adequacy");
    expect(adequacy).toHaveTextContent("Angemessenheitsbeschluss (EU) 2023/1795 vom 10.07.2023.");
    expect(adequacy, "the partial scope is spelled out").toHaveTextContent(
      "Gilt nur eingeschränkt: Nur Organisationen, die nach dem EU-US Data Privacy Framework zertifiziert sind",
    );
    expect(screen.getByTestId("mechanism-suggestion")).toHaveTextContent(
      "Vorschlag: Art. 45 DSGVO – Angemessenheitsbeschluss der EU-Kommission.",
    );
    const mechanism = screen.getByRole("combobox", { name: "Übermittlungsinstrument" });
    expect(mechanism, "nothing is chosen without the DPO").toHaveValue("");
    await fireEvent.click(screen.getByRole("button", { name: "Vorschlag übernehmen" }));
    expect(mechanism).toHaveValue("art45");
    expect(screen.queryByRole("combobox", { name: /Modul/ }), "no SCC module for Art. 45").toBeNull();

    await pick(country, "Indien");
    expect(screen.getByTestId("adequacy")).toHaveTextContent(
      "Für dieses Land gibt es keinen Angemessenheitsbeschluss der EU-Kommission.",
    );
    expect(screen.getByTestId("mechanism-suggestion")).toHaveTextContent(
      "Vorschlag: Art. 46 Abs. 2 lit. c DSGVO – Standardvertragsklauseln der EU-Kommission (SCC).",
    );
    await fireEvent.click(screen.getByRole("button", { name: "Vorschlag übernehmen" }));
    expect(mechanism).toHaveValue("art46-2-c");
    await fireEvent.change(screen.getByRole("combobox", { name: "Modul der Standardvertragsklauseln" }), {
      target: { value: "2" },
    });

    const shield = within(mechanism).getByRole("option", { name: /Privacy Shield/ });
    expect(shield, "an invalid instrument cannot be chosen").toBeDisabled();
    expect(shield).toHaveTextContent("(ungültig)");

    await fireEvent.click(saveButton());
    expect(update.mock.calls[0][0].transfers).toEqual([
      {
        recipient: null,
        country: "IN",
        mechanism: "art46-2-c",
        scc_module: 2,
        supplementary_measures: null,
        tia_date: null,
        tia_result: null,
        derogation_documentation: null,
        safeguards_copy: null,
        note: null,
      },
    ]);
  });

  it("suggests SCCs for a US recipient not certified under the Data Privacy Framework", async () => {
    const activity = webexActivity();
    activity.transfers = [{ recipient: "cisco", country: "US", ...noDetails }];
    get.mockResolvedValue(activity);
    render(ActivityEditor, props());

    expect(await screen.findByTestId("mechanism-suggestion")).toHaveTextContent(
      /Art\. 46 Abs\. 2 lit\. c DSGVO.*nicht als nach dem EU-US Data Privacy Framework zertifiziert/,
    );
  });

  it("shows a recorded Privacy Shield transfer as invalid", async () => {
    const activity = webexActivity();
    activity.transfers = [{ recipient: "cisco", country: "US", ...noDetails, mechanism: "privacy-shield" }];
    get.mockResolvedValue(activity);
    render(ActivityEditor, props());

    expect(await screen.findByRole("combobox", { name: "Übermittlungsinstrument" })).toHaveValue(
      "privacy-shield",
    );
    expect(screen.getByText(/Dieses Instrument ist ungültig/)).toBeInTheDocument();
  });

  it("turns dirty on with an edit and off after the save", async () => {
    render(TestHost, props());
    const name = await screen.findByRole("textbox", { name: /^Bezeichnung der Verarbeitungstätigkeit/ });
    const dirty = screen.getByTestId("dirty");
    expect(dirty, "a loaded record is clean").toHaveTextContent("false");
    expect(saveButton(), "nothing to save yet").toBeDisabled();

    await fireEvent.input(name, { target: { value: "Online-Meetings (Webex)" } });
    expect(dirty).toHaveTextContent("true");
    expect(screen.getByRole("status")).toHaveTextContent("Ungespeicherte Änderungen");

    await fireEvent.input(name, { target: { value: "Online-Meetings mit Cisco Webex" } });
    expect(dirty, "typing the old text back is no change").toHaveTextContent("false");

    await fireEvent.input(name, { target: { value: "Online-Meetings (Webex)" } });
    await fireEvent.click(saveButton());
    await waitFor(() => expect(dirty).toHaveTextContent("false"));
    expect(update).toHaveBeenCalledTimes(1);

    await fireEvent.input(name, { target: { value: "Webex" } });
    await fireEvent.click(saveButton());
    expect(update.mock.calls[1][0].version, "the next save is based on the stored version").toBe(4);
  });

  it("saves with Ctrl+S and keeps the webview from handling it", async () => {
    render(ActivityEditor, props());
    await fireEvent.input(await purposeInput(), { target: { value: "Webinare" } });

    const notPrevented = await fireEvent.keyDown(window, { key: "s", ctrlKey: true });

    expect(notPrevented, "preventDefault was called").toBe(false);
    await waitFor(() => expect(update).toHaveBeenCalledTimes(1));
    expect(update.mock.calls[0][0].purposes[0].description).toBe("Webinare");
  });

  it("creates a new activity from the draft and updates it afterwards", async () => {
    const onsaved = vi.fn();
    render(ActivityEditor, { ...props({ activityKey: null }), onsaved });

    const key = await screen.findByRole("textbox", { name: /^Kennung/ });
    expect(draft).toHaveBeenCalledTimes(1);
    expect(get).not.toHaveBeenCalled();
    expect(key, "the proposed key is editable").toHaveValue("VT-004");
    const name = screen.getByRole("textbox", { name: /^Bezeichnung/ });
    await waitFor(() => expect(name, "the keyboard is in the new record's name").toHaveFocus());
    expect(screen.queryByRole("button", { name: "Löschen" }), "nothing to delete yet").toBeNull();
    expect(screen.queryByRole("region", { name: "Verlauf" }), "no history yet").toBeNull();

    await fireEvent.input(screen.getByRole("textbox", { name: /^Bezeichnung/ }), {
      target: { value: "Bewerbungsverfahren" },
    });
    await fireEvent.click(saveButton());

    expect(create).toHaveBeenCalledExactlyOnceWith({ ...newDraft(), name: "Bewerbungsverfahren" });
    expect(update).not.toHaveBeenCalled();
    expect(onsaved).toHaveBeenCalledWith(expect.objectContaining({ key: "VT-004", version: 1 }));
    expect(await screen.findByRole("region", { name: "Verlauf" })).toBeInTheDocument();
    expect(name, "after the save the focus stays where it was").toHaveFocus();

    await fireEvent.input(screen.getByRole("textbox", { name: /^Bezeichnung/ }), {
      target: { value: "Bewerbermanagement" },
    });
    await fireEvent.click(saveButton());
    expect(update, "once created, it is updated").toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it("deletes only after the in-app confirmation", async () => {
    const ondeleted = vi.fn();
    render(ActivityEditor, { ...props(), ondeleted });
    await purposeInput();

    await fireEvent.click(screen.getByRole("button", { name: "Löschen" }));
    const confirm = screen.getByRole("group", {
      name: "Verarbeitungstätigkeit „Online-Meetings mit Cisco Webex“ löschen?",
    });
    expect(remove, "the first click only asks").not.toHaveBeenCalled();
    const yes = within(confirm).getByRole("button", { name: "Ja, löschen" });
    expect(yes).toHaveFocus();

    await fireEvent.click(yes);

    expect(remove).toHaveBeenCalledExactlyOnceWith("VT-002", 3);
    expect(ondeleted).toHaveBeenCalledWith("VT-002");
    expect(await screen.findByText("Die Verarbeitungstätigkeit wurde gelöscht.")).toBeInTheDocument();
  });

  it("creates a party inline with a key proposed from its name", async () => {
    const onpartycreated = vi.fn();
    render(ActivityEditor, { ...props(), onpartycreated });
    await purposeInput();
    const recipients = screen.getByRole("region", { name: "Empfänger" });

    await fireEvent.click(within(recipients).getByRole("button", { name: "Neue Stelle" }));
    const name = within(recipients).getByRole("textbox", { name: /^Name der Stelle/ });
    expect(name).toHaveFocus();
    await fireEvent.input(name, { target: { value: "Zoom Video Communications, Inc." } });
    expect(within(recipients).getByRole("textbox", { name: /^Kennung der Stelle/ })).toHaveValue(
      "zoom-video-communications-inc",
    );
    await fireEvent.click(within(recipients).getByRole("button", { name: "Stelle anlegen" }));

    const party: Party = {
      key: "zoom-video-communications-inc",
      name: "Zoom Video Communications, Inc.",
      address: null,
      country: null,
      processing_countries: [],
      contact: null,
      dpf_certified: false,
      dpf_checked_on: null,
      certifications: [],
      agreement: null,
      notes: null,
      version: 0,
    };
    expect(addParty).toHaveBeenCalledExactlyOnceWith(party);
    expect(onpartycreated).toHaveBeenCalledWith({ ...party, version: 1 });
    const picker = within(recipients).getByRole("combobox", { name: "Stelle" });
    await waitFor(() => expect(picker, "the new party is chosen, shown by name").toHaveValue("Zoom Video Communications, Inc."));
  });

  it("creates a processor inline with where it processes, its DPF certification and its agreement", async () => {
    render(ActivityEditor, props());
    await purposeInput();
    const recipients = screen.getByRole("region", { name: "Empfänger" });

    await fireEvent.click(within(recipients).getByRole("button", { name: "Neue Stelle" }));
    const form = within(recipients).getByRole("group", { name: "Neue Stelle anlegen" });
    await fireEvent.input(within(form).getByRole("textbox", { name: /^Name der Stelle/ }), {
      target: { value: "Personio SE & Co. KG" },
    });
    // Seated in Germany: no DPF question yet.
    await pick(within(form).getByRole("combobox", { name: "Sitzland" }), "Deutschland");
    expect(within(form).queryByLabelText(/Data Privacy Framework/)).toBeNull();
    // Hosting in the US makes the certification a question.
    await fireEvent.click(within(form).getByRole("button", { name: "Verarbeitungsland hinzufügen" }));
    const hosting = within(form).getByRole("combobox", { name: "Verarbeitungsland 1" });
    expect(hosting, "the keyboard is in the new entry").toHaveFocus();
    await pick(hosting, "Vereinigte Staaten");
    await fireEvent.click(within(form).getByLabelText(/Data Privacy Framework zertifiziert/));
    // The agreement in the same place.
    await fireEvent.click(within(form).getByLabelText("Es gibt einen Auftragsverarbeitungsvertrag (AVV)"));
    await fireEvent.input(within(form).getByLabelText("Unterzeichnet am"), { target: { value: "15.01.2026" } });
    await fireEvent.input(within(form).getByLabelText("Version oder Referenz"), { target: { value: "AVV 2026" } });
    await fireEvent.click(within(form).getByRole("button", { name: "Stelle anlegen" }));

    expect(addParty).toHaveBeenCalledOnce();
    expect(addParty.mock.calls[0][0]).toMatchObject({
      key: "personio-se-co-kg",
      name: "Personio SE & Co. KG",
      country: "DE",
      processing_countries: ["US"],
      dpf_certified: true,
      agreement: { signed_on: "2026-01-15", reference: "AVV 2026" },
    });
  });

  it("shows the core's refusal of an inline party's field at that field", async () => {
    addParty.mockRejectedValueOnce({
      code: "validation",
      message: "processing_countries[0]: unknown country code XX",
      field: "processing_countries[0]",
      reason: { kind: "unknown_country", code: "XX" },
      reason_text: { de: "unbekannter Ländercode „XX“", en: "unknown country code 'XX'" },
    });
    render(ActivityEditor, props());
    await purposeInput();
    const recipients = screen.getByRole("region", { name: "Empfänger" });
    await fireEvent.click(within(recipients).getByRole("button", { name: "Neue Stelle" }));
    const form = within(recipients).getByRole("group", { name: "Neue Stelle anlegen" });
    await fireEvent.input(within(form).getByRole("textbox", { name: /^Name der Stelle/ }), { target: { value: "X" } });
    await fireEvent.click(within(form).getByRole("button", { name: "Verarbeitungsland hinzufügen" }));
    await fireEvent.click(within(form).getByRole("button", { name: "Stelle anlegen" }));

    const field = await within(form).findByRole("combobox", { name: "Verarbeitungsland 1" });
    expect(field).toHaveAttribute("aria-invalid", "true");
    expect(within(form).getByRole("alert")).toHaveTextContent("unbekannter Ländercode „XX“");
  });

  it("removes a party created inline when the activity is left unsaved, keeps it after a save", async () => {
    const onpartiesremoved = vi.fn();
    const createInline = async () => {
      const recipients = screen.getByRole("region", { name: "Empfänger" });
      await fireEvent.click(within(recipients).getByRole("button", { name: "Neue Stelle" }));
      await fireEvent.input(within(recipients).getByRole("textbox", { name: /^Name der Stelle/ }), {
        target: { value: "Zoom" },
      });
      await fireEvent.click(within(recipients).getByRole("button", { name: "Stelle anlegen" }));
      await waitFor(() => expect(addParty).toHaveBeenCalled());
    };

    const left = render(ActivityEditor, { ...props(), onpartiesremoved });
    await purposeInput();
    await createInline();
    left.unmount();
    expect(dropParty, "left with “Nicht speichern”: the party goes too").toHaveBeenCalledExactlyOnceWith("zoom", 1);
    await waitFor(() => expect(onpartiesremoved).toHaveBeenCalledOnce());

    dropParty.mockClear();
    update.mockImplementation(async (a) => ({ ...a, version: a.version + 1 }));
    const saved = render(ActivityEditor, { ...props(), onpartiesremoved });
    await purposeInput();
    await createInline();
    await fireEvent.click(saveButton());
    await waitFor(() => expect(update).toHaveBeenCalled());
    saved.unmount();
    expect(dropParty, "saved: the party stays").not.toHaveBeenCalled();
  });

  it("marks a data category chosen from a special-category suggestion as Art. 9 data", async () => {
    render(ActivityEditor, props());
    await purposeInput();

    await fireEvent.input(screen.getByRole("combobox", { name: /^Bezeichnung der Datenkategorie/ }), {
      target: { value: "Gesundheitsdaten" },
    });

    expect(screen.getByRole("checkbox", { name: /Besondere Kategorie/ })).toBeChecked();
  });

  it("records an erasure period by amount and unit", async () => {
    render(ActivityEditor, props());
    await purposeInput();

    await fireEvent.change(screen.getByRole("combobox", { name: "Einheit" }), { target: { value: "days" } });
    await fireEvent.input(screen.getByRole("textbox", { name: "Frist" }), { target: { value: "30" } });
    await fireEvent.click(saveButton());

    expect(update.mock.calls[0][0].data_categories[0].retention).toEqual({
      period: { amount: 30, unit: "days" },
      criterion: null,
      start_event: null,
      starts_at: null,
      deletion: null,
      at_end: null,
    });
  });

  it("sets one category's retention rule for all categories at once", async () => {
    const rule = { period: { amount: 6, unit: "months" as const }, criterion: null, start_event: null, starts_at: null, deletion: null, at_end: null };
    const base = webexActivity();
    get.mockResolvedValue({
      ...base,
      data_categories: [
        { ...base.data_categories[0], retention: rule },
        { ...base.data_categories[0], name: "Inhaltsdaten" },
        { ...base.data_categories[0], name: "Metadaten" },
      ],
    });
    render(ActivityEditor, props());
    await purposeInput();
    const copy = screen.getAllByRole("button", { name: "Diese Löschfrist für alle Datenkategorien übernehmen" });
    expect(copy, "only a category with a rule offers it").toHaveLength(1);
    await fireEvent.click(copy[0]);
    expect(screen.getByText("Für alle Datenkategorien übernommen.")).toBeInTheDocument();
    await fireEvent.click(saveButton());
    expect(update.mock.calls[0][0].data_categories.map((c) => c.retention)).toEqual([rule, rule, rule]);
  });

  it("filters the TOM catalog and keeps ticked measures in view", async () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      key: `tom-${i}`,
      goal: "confidentiality" as const,
      title: i === 7 ? "Berechtigungskonzept für Personalakten" : `Maßnahme ${i}`,
      description: null,
      version: 1,
    }));
    render(ActivityEditor, { ...props(), toms: [...toms, ...many] });
    await purposeInput();
    const section = screen.getByRole("region", { name: "TOM" });
    await fireEvent.input(within(section).getByRole("searchbox", { name: "Maßnahmen filtern" }), {
      target: { value: "personal" },
    });
    const shown = within(section).getAllByRole("checkbox").map((c) => c.getAttribute("id"));
    expect(shown, "the match, and TLS which the activity has ticked").toEqual(["field-toms-tls", "field-toms-tom-7"]);
  });

  it("records the event a period starts with and restriction instead of erasure", async () => {
    render(ActivityEditor, props());
    await purposeInput();

    await fireEvent.input(screen.getByRole("textbox", { name: "Frist" }), { target: { value: "10" } });
    await fireEvent.change(screen.getByRole("combobox", { name: "Einheit" }), { target: { value: "years" } });
    await fireEvent.change(screen.getByRole("combobox", { name: "Fristbeginn" }), {
      target: { value: "end_of_calendar_year" },
    });
    await fireEvent.change(screen.getByRole("combobox", { name: "Am Fristende" }), {
      target: { value: "restriction" },
    });
    await fireEvent.click(saveButton());

    expect(update.mock.calls[0][0].data_categories[0].retention).toMatchObject({
      period: { amount: 10, unit: "years" },
      start_event: "end_of_calendar_year",
      starts_at: null,
      at_end: "restriction",
    });
  });

  it("ties an Art. 9(2) condition to the special category it covers", async () => {
    render(ActivityEditor, props());
    await purposeInput();

    expect(
      screen.queryByRole("combobox", { name: "Ausnahme oder Grundlage hinzufügen" }),
      "offered only for special or criminal-offence data",
    ).toBeNull();
    await fireEvent.click(screen.getByRole("checkbox", { name: "Besondere Kategorie personenbezogener Daten (Art. 9 DSGVO)" }));
    const picker = screen.getByRole("combobox", { name: "Ausnahme oder Grundlage hinzufügen" });
    expect(await offered(picker), "only Art. 9(2) conditions fit a special category").toEqual([
      expect.stringMatching(/^Art\. 9 Abs\. 2 lit\. a DSGVO/),
    ]);
    await pick(picker, "9 2 a");
    await fireEvent.click(saveButton());

    expect(update.mock.calls[0][0].data_categories[0]).toMatchObject({ special: true, conditions: ["art9-2-a"] });
  });

  it("records a publication to the public with its channels, data and legal basis", async () => {
    render(ActivityEditor, props());
    await purposeInput();

    const role = screen.getByRole("combobox", { name: "Art des Empfängers" });
    await fireEvent.change(role, { target: { value: "public" } });
    await fireEvent.click(screen.getByRole("checkbox", { name: "Livestream" }));
    await fireEvent.click(screen.getByRole("checkbox", { name: "Kontaktdaten" }));
    await pick(screen.getByRole("combobox", { name: "Rechtsgrundlage der Übermittlung hinzufügen" }), "6 1 a");
    await fireEvent.click(saveButton());

    expect(update.mock.calls[0][0].recipients[0]).toMatchObject({
      role: "public",
      channels: ["livestream"],
      data_categories: ["Kontaktdaten"],
      legal_bases: ["art6-1-a"],
    });
  });

  it("records the groups of the catalog beside the free-text data subjects", async () => {
    render(ActivityEditor, props());
    await purposeInput();

    await fireEvent.click(screen.getByRole("checkbox", { name: "Kinder" }));
    await fireEvent.click(screen.getByRole("checkbox", { name: "Beschäftigte" }));
    await fireEvent.click(screen.getByRole("checkbox", { name: "Teilnehmende" }));
    await fireEvent.click(saveButton());

    expect(update.mock.calls[0][0].data_subject_groups).toEqual(["employees", "children"]);
    expect(update.mock.calls[0][0].data_subjects).toEqual(["Teilnehmende an Online-Meetings"]);
  });

  it("focuses the field a finding points at", async () => {
    const activity = webexActivity();
    activity.transfers = [{ recipient: "cisco", country: "US", ...noDetails }];
    get.mockResolvedValue(activity);
    render(ActivityEditor, props({ focusPath: "transfers[0].mechanism" }));

    const mechanism = await screen.findByRole("combobox", { name: "Übermittlungsinstrument" });
    await waitFor(() => expect(mechanism).toHaveFocus());
  });

  it("speaks English", async () => {
    settings.lang = "en";
    render(ActivityEditor, props());

    expect(await screen.findByRole("region", { name: "Purposes and legal bases" })).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Legal bases" })).toHaveTextContent("Art. 6(1)(b) GDPR");
    expect(screen.getByRole("button", { name: "Save" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Third-country transfers" })).toBeInTheDocument();
  });
});
