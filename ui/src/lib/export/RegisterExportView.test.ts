// Component tests of the register print and export view with the IPC module
// mocked: the options reach exportRegister exactly as chosen, progress
// updates the bar, a cancelled dialog shows nothing, the core's errors land
// at their field or in the banner, and printing uses the document language.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { exportRegister, findActivities, printRegister, type ActivityListItem, type Progress } from "../api";
import { fieldId } from "../form/fields";
import { settings } from "../settings.svelte";
import RegisterExportView from "./RegisterExportView.svelte";
import { invalidDate, validation } from "../testing/validation";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  exportRegister: vi.fn(),
  printRegister: vi.fn(),
  findActivities: vi.fn(),
}));

const exportMock = vi.mocked(exportRegister);
const printMock = vi.mocked(printRegister);
const findMock = vi.mocked(findActivities);

function item(key: string, name: string, status: ActivityListItem["status"] = "active"): ActivityListItem {
  return {
    key,
    name,
    status,
    department: null,
    purpose_count: 1,
    transfer_count: 0,
    next_review: null,
    updated_at: "2026-11-20T10:00:00Z",
  };
}

/** In key order, as the core lists them. */
const activities = [
  item("VT-001", "Online-Meetings mit Jitsi Meet"),
  item("VT-002", "Cisco Webex", "draft"),
  item("VT-003", "Besprechungen in Microsoft Teams", "retired"),
];

/** A command that runs until the test ends it, with the progress callback it was given. */
function pending<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const exportButton = () => screen.getByTestId("export-run");
const printButton = () => screen.getByTestId("export-print");

beforeEach(() => {
  exportMock.mockReset().mockResolvedValue("/home/dpo/Verzeichnis.pdf");
  printMock.mockReset().mockResolvedValue("/tmp/Verzeichnis-2026-11-27.pdf");
  findMock.mockReset().mockResolvedValue(activities);
});

afterEach(() => {
  settings.lang = "de";
});

describe("RegisterExportView", () => {
  it("exports the whole register as a German PDF by default and says where it was saved", async () => {
    render(RegisterExportView, { total: 2000 });

    expect(screen.getByTestId("register-export")).toHaveTextContent("Das ganze Verzeichnis (2.000 Tätigkeiten erfasst)");
    expect(screen.getByTestId("export-lang-de")).toBeChecked();
    expect(screen.getByTestId("export-format-pdf")).toBeChecked();
    await fireEvent.click(exportButton());

    expect(exportMock).toHaveBeenCalledExactlyOnceWith(
      { lang: "de", format: "pdf", activities: null, history_since: null, processor_record: false },
      expect.any(Function),
    );
    const saved = await screen.findByTestId("export-saved");
    expect(saved).toHaveRole("status");
    expect(saved).toHaveTextContent("Gespeichert: /home/dpo/Verzeichnis.pdf");
    expect(findMock, "the checklist is loaded only when a selection is wanted").not.toHaveBeenCalled();
  });

  it("sends language, format, the selected keys in register order, the history date, the processor record", async () => {
    render(RegisterExportView, { total: 3 });

    await fireEvent.click(screen.getByTestId("export-lang-en"));
    await fireEvent.click(screen.getByTestId("export-format-xlsx"));
    await fireEvent.click(screen.getByRole("radio", { name: "Auswahl" }));
    expect(findMock).toHaveBeenCalledExactlyOnceWith({
      text: null,
      status: null,
      legal_basis: null,
      has_transfer: null,
      review_due_by: null,
    });
    // Ticked in reverse order: the print follows the register's order.
    await fireEvent.click(await screen.findByRole("checkbox", { name: /VT-003/ }));
    await fireEvent.click(screen.getByRole("checkbox", { name: /VT-001/ }));
    await fireEvent.input(screen.getByRole("textbox", { name: "Änderungshistorie ab" }), {
      target: { value: "2026-01-01" },
    });
    await fireEvent.click(screen.getByTestId("export-processor-record"));
    await fireEvent.click(exportButton());

    expect(exportMock).toHaveBeenCalledExactlyOnceWith(
      {
        lang: "en",
        format: "xlsx",
        activities: ["VT-001", "VT-003"],
        history_since: "2026-01-01",
        processor_record: true,
      },
      expect.any(Function),
    );
  });

  it("sends every format as its own value", async () => {
    render(RegisterExportView, { total: 3 });

    for (const format of ["csv", "html", "pdf"] as const) {
      await fireEvent.click(screen.getByTestId(`export-format-${format}`));
      await fireEvent.click(exportButton());
      await screen.findByTestId("export-saved");
      expect(exportMock.mock.lastCall?.[0].format).toBe(format);
    }
  });

  it("searches the checklist, selects the shown ones, counts the choice and waits for at least one", async () => {
    render(RegisterExportView, { total: 3 });
    await fireEvent.click(screen.getByRole("radio", { name: "Auswahl" }));
    await screen.findByRole("checkbox", { name: /VT-001/ });

    expect(screen.getByTestId("export-chosen")).toHaveTextContent("0 von 3 ausgewählt");
    expect(exportButton(), "an empty selection would print everything").toBeDisabled();
    expect(printButton(), "printing too").toBeDisabled();
    expect(screen.getByText("Wählen Sie mindestens eine Tätigkeit aus.")).toBeInTheDocument();
    expect(screen.getByRole("checkbox", { name: /VT-003/ }), "retired ones are offered, marked").toHaveAccessibleName(
      /Außer Betrieb/,
    );

    await fireEvent.input(screen.getByRole("textbox", { name: "Tätigkeiten durchsuchen" }), {
      target: { value: "meet" },
    });
    const list = screen.getByRole("list");
    expect(within(list).getAllByRole("checkbox"), "only the matching activity is shown").toHaveLength(1);
    expect(list).toHaveTextContent("VT-001");
    await fireEvent.click(screen.getByRole("button", { name: "Alle angezeigten auswählen" }));
    expect(screen.getByTestId("export-chosen")).toHaveTextContent("1 von 3 ausgewählt");

    await fireEvent.input(screen.getByRole("textbox", { name: "Tätigkeiten durchsuchen" }), {
      target: { value: "" },
    });
    expect(screen.getByRole("checkbox", { name: /VT-001/ }), "the choice outlives the search").toBeChecked();
    await fireEvent.click(screen.getByRole("button", { name: "Alle auswählen" }));
    expect(screen.getByTestId("export-chosen")).toHaveTextContent("3 von 3 ausgewählt");
    expect(exportButton()).toBeEnabled();

    await fireEvent.click(screen.getByRole("button", { name: "Keine auswählen" }));
    expect(screen.getByTestId("export-chosen")).toHaveTextContent("0 von 3 ausgewählt");
    expect(exportButton()).toBeDisabled();
  });

  it("goes back to all activities after a selection was made", async () => {
    render(RegisterExportView, { total: 3 });
    await fireEvent.click(screen.getByRole("radio", { name: "Auswahl" }));
    await fireEvent.click(await screen.findByRole("checkbox", { name: /VT-002/ }));
    await fireEvent.click(screen.getByRole("radio", { name: /^Das ganze Verzeichnis \(3 Tätigkeiten erfasst\)/ }));
    await fireEvent.click(exportButton());

    expect(exportMock.mock.lastCall?.[0].activities).toBeNull();
  });

  it("shows an indeterminate bar until progress arrives, then the latest count, buttons disabled", async () => {
    const job = pending<string | null>();
    let onprogress: ((p: Progress) => void) | undefined;
    exportMock.mockImplementation((_options, callback) => {
      onprogress = callback;
      return job.promise;
    });
    render(RegisterExportView, { total: 2000 });

    await fireEvent.click(exportButton());
    const bar = screen.getByTestId("export-progress");
    expect(bar).toHaveTextContent("Wird erstellt …");
    expect(within(bar).getByRole("progressbar"), "indeterminate: no value yet").not.toHaveAttribute("value");
    expect(exportButton()).toBeDisabled();
    expect(printButton()).toBeDisabled();
    await fireEvent.click(exportButton());
    expect(exportMock, "a second click while running starts nothing").toHaveBeenCalledTimes(1);

    // Thousands of messages between two frames: only the last one is shown.
    for (let done = 1; done <= 12; done++) onprogress!({ done, total: 2000 });
    await waitFor(() =>
      expect(screen.getByTestId("export-progress")).toHaveTextContent("12 von 2.000 Tätigkeiten fertig"),
    );
    const progressbar = within(screen.getByTestId("export-progress")).getByRole("progressbar");
    expect(progressbar).toHaveAttribute("max", "2000");
    expect((progressbar as HTMLProgressElement).value).toBe(12);

    onprogress!({ done: 2000, total: 2000 });
    await waitFor(() =>
      expect(screen.getByTestId("export-progress")).toHaveTextContent("2.000 von 2.000 Tätigkeiten fertig"),
    );

    job.resolve("/home/dpo/Verzeichnis.pdf");
    expect(await screen.findByTestId("export-saved")).toHaveTextContent("Gespeichert: /home/dpo/Verzeichnis.pdf");
    expect(screen.queryByTestId("export-progress"), "the bar goes when the file is written").toBeNull();
    expect(exportButton()).toBeEnabled();
    expect(printButton()).toBeEnabled();
  });

  it("shows nothing when the save dialog is cancelled", async () => {
    exportMock.mockResolvedValue(null);
    render(RegisterExportView, { total: 3 });

    await fireEvent.click(exportButton());

    await waitFor(() => expect(exportButton()).toBeEnabled());
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(screen.queryByTestId("export-progress")).toBeNull();
  });

  it("shows a history date the core refused at its field and focuses it", async () => {
    exportMock.mockRejectedValue(invalidDate("history_since", "2026-02-30"));
    render(RegisterExportView, { total: 3 });
    const date = screen.getByRole("textbox", { name: "Änderungshistorie ab" });
    expect(date).toHaveAttribute("id", fieldId("history_since"));

    await fireEvent.input(date, { target: { value: "2026-02-30" } });
    await fireEvent.click(exportButton());

    await waitFor(() => expect(date).toHaveAttribute("aria-invalid", "true"));
    expect(exportMock.mock.calls[0][0].history_since, "the text goes to the core as typed").toBe("2026-02-30");
    expect(date).toHaveAccessibleDescription("„2026-02-30“ ist kein gültiges Datum.");
    expect(date, "the keyboard lands on the field").toHaveFocus();
    const alerts = screen.getAllByRole("alert");
    expect(alerts, "the message at the field and a summary by the buttons").toHaveLength(2);
    expect(alerts[1]).toHaveTextContent("Nicht exportiert: Eine Angabe wurde nicht angenommen.");
    expect(alerts[1], "the reason is shown once, at the field").not.toHaveTextContent("is no date");
    expect(screen.queryByTestId("export-saved")).toBeNull();
  });

  it("shows an error about the selection at the checklist", async () => {
    exportMock.mockRejectedValue(
      validation(
        "activities",
        { kind: "no_such_activity", key: "VT-002" },
        "Es gibt keine Verarbeitungstätigkeit mit der Kennung „VT-002“.",
        "there is no activity with key 'VT-002'",
      ),
    );
    render(RegisterExportView, { total: 3 });
    await fireEvent.click(screen.getByRole("radio", { name: "Auswahl" }));
    await fireEvent.click(await screen.findByRole("checkbox", { name: /VT-002/ }));
    await fireEvent.click(exportButton());

    const search = screen.getByRole("textbox", { name: "Tätigkeiten durchsuchen" });
    await waitFor(() => expect(search).toHaveFocus());
    expect(search).toHaveAccessibleDescription("Es gibt keine Verarbeitungstätigkeit mit der Kennung „VT-002“.");
  });

  it("reports any other failure in German, with the core's text as technical details", async () => {
    exportMock.mockRejectedValue({ code: "io", message: "Kein Speicherplatz mehr auf dem Gerät" });
    render(RegisterExportView, { total: 3 });

    await fireEvent.click(exportButton());

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Das Verzeichnis konnte nicht exportiert werden. Die Datei konnte nicht gelesen oder geschrieben werden.",
    );
    expect(within(alert).getByTestId("technical-details")).toHaveTextContent(
      "Fehlercode: io · Kein Speicherplatz mehr auf dem Gerät",
    );
    expect(exportButton()).toBeEnabled();
  });

  it("prints a PDF with the chosen options and says which file was opened", async () => {
    const job = pending<string>();
    printMock.mockReturnValue(job.promise);
    render(RegisterExportView, { total: 3 });
    expect(printButton()).toHaveAccessibleDescription(/PDF-Betrachter des Systems/);

    await fireEvent.click(screen.getByTestId("export-lang-en"));
    await fireEvent.click(screen.getByTestId("export-format-xlsx"));
    await fireEvent.click(screen.getByTestId("export-processor-record"));
    await fireEvent.click(printButton());

    expect(printMock).toHaveBeenCalledExactlyOnceWith(
      { lang: "en", format: "pdf", activities: null, history_since: null, processor_record: true },
      expect.any(Function),
    );
    expect(exportMock).not.toHaveBeenCalled();
    expect(exportButton()).toBeDisabled();
    expect(printButton()).toBeDisabled();

    job.resolve("/tmp/Register-2026-11-27.pdf");
    const printed = await screen.findByRole("status");
    expect(printed).toHaveTextContent("Zum Drucken geöffnet: /tmp/Register-2026-11-27.pdf");
    expect(screen.queryByTestId("export-saved"), "nothing was saved").toBeNull();
  });

  it("reports a failed print in German, with the core's text as technical details", async () => {
    printMock.mockRejectedValue({ code: "io", message: "no viewer opened it" });
    render(RegisterExportView, { total: 3 });

    await fireEvent.click(printButton());

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Das Verzeichnis konnte nicht zum Drucken geöffnet werden. Die Datei konnte nicht gelesen oder geschrieben werden.",
    );
    expect(within(alert).getByTestId("technical-details")).toHaveTextContent("no viewer opened it");
  });

  it("speaks English, starts with an English document and groups numbers the English way", async () => {
    settings.lang = "en";
    let onprogress: ((p: Progress) => void) | undefined;
    exportMock.mockImplementation((_options, callback) => {
      onprogress = callback;
      return pending<string | null>().promise;
    });
    render(RegisterExportView, { total: 2000 });

    expect(screen.getByTestId("export-lang-en")).toBeChecked();
    expect(screen.getByRole("radio", { name: /^The whole register \(2,000 activities recorded\)/ })).toBeChecked();
    expect(screen.getByTestId("export-processor-record")).toHaveAccessibleName(
      "Append the record as processor (Art. 30(2) GDPR)",
    );
    await fireEvent.click(screen.getByRole("button", { name: "Export …" }));
    expect(exportMock.mock.calls[0][0].lang).toBe("en");
    expect(screen.getByTestId("export-progress")).toHaveTextContent("Creating …");

    onprogress!({ done: 12, total: 2000 });
    await waitFor(() =>
      expect(screen.getByTestId("export-progress")).toHaveTextContent("12 of 2,000 activities done"),
    );
  });
});
