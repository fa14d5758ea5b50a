// Component tests for the start of the app, with the IPC module and the
// embedded editors mocked: the loaded, empty and failed states, the welcome
// panel of an empty register, restoring a backup over a register that cannot
// be opened, and the remembered language switch. The shell's navigation, file
// actions and shortcuts are tested in lib/shell/shell.test.ts.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, onTestFinished, vi } from "vitest";
import App from "./App.svelte";
import * as api from "./lib/api";
import type { ApiError, BackupEntry, RegisterSummary } from "./lib/api";
import { LANG_STORAGE_KEY } from "./lib/i18n";
import { setLang } from "./lib/settings.svelte";
import { catalogs, emptySummary, meetings, SilentResizeObserver } from "./lib/shell/testing/fixtures";

vi.mock("./lib/api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./lib/api")>()),
  registerSummary: vi.fn(),
  listBackups: vi.fn(),
  restoreBackup: vi.fn(),
  getCatalogs: vi.fn(),
  listParties: vi.fn(),
  listToms: vi.fn(),
  findActivities: vi.fn(),
  loadExample: vi.fn(),
  about: vi.fn(),
}));

// The editors are tested on their own; here they are stubs.
vi.mock("./lib/activity/ActivityEditor.svelte", async () => ({
  default: (await import("./lib/shell/testing/EditorStub.svelte")).default,
}));
vi.mock("./lib/organisation/OrganisationView.svelte", async () => ({
  default: (await import("./lib/shell/testing/EditorStub.svelte")).default,
}));

const summary = vi.mocked(api.registerSummary);
const backups = vi.mocked(api.listBackups);
const restore = vi.mocked(api.restoreBackup);
const example = vi.mocked(api.loadExample);
const parties = vi.mocked(api.listParties);

/** What a register answers besides its summary: catalogs, no parties or TOMs, three activities. */
function answerReads(module: typeof api) {
  vi.mocked(module.getCatalogs).mockReset().mockResolvedValue(catalogs);
  vi.mocked(module.listParties).mockReset().mockResolvedValue([]);
  vi.mocked(module.listToms).mockReset().mockResolvedValue([]);
  vi.mocked(module.findActivities).mockReset().mockResolvedValue(meetings);
}

const exampleRegister: RegisterSummary = {
  path: "/home/dpo/.local/share/vvt/register.vvt",
  organisation_name: "Integrata Cegos GmbH",
  activity_count: 3,
  party_count: 5,
};

const damaged: ApiError = {
  code: "damaged",
  message:
    "/home/dpo/beispiel.vvt is damaged and was not changed (database disk image is malformed); restore it from a backup in the folder beside it",
  path: "/home/dpo/beispiel.vvt",
};

const folder = "/home/dpo/beispiel.vvt.backups";
/** Newest first, as the shell lists them. */
const twoBackups: BackupEntry[] = [
  {
    path: `${folder}/20261127T153000Z-manual-beispiel.vvt`,
    file_name: "20261127T153000Z-manual-beispiel.vvt",
    taken_at: "2026-11-27T15:30:00Z",
    size_bytes: 98_304,
  },
  {
    path: `${folder}/20261126T080000Z-daily-beispiel.vvt`,
    file_name: "20261126T080000Z-daily-beispiel.vvt",
    taken_at: "2026-11-26T08:00:00Z",
    size_bytes: 1_572_864,
  },
];

beforeEach(() => {
  vi.stubGlobal("ResizeObserver", SilentResizeObserver);
  summary.mockReset();
  backups.mockReset().mockResolvedValue([]);
  restore.mockReset();
  example.mockReset();
  answerReads(api);
  // The language is app-wide state that outlives a test's component.
  setLang("de");
  localStorage.clear();
});

describe("App", () => {
  it("shows organisation, activity count and file of a loaded register in German", async () => {
    summary.mockResolvedValue(exampleRegister);
    render(App);

    expect(
      screen.getByRole("heading", { level: 1, name: "Verzeichnis von Verarbeitungstätigkeiten" }),
      "German is the default language",
    ).toBeInTheDocument();
    expect(await screen.findByText("Integrata Cegos GmbH")).toBeInTheDocument();
    expect(screen.getByTestId("activity-count")).toHaveTextContent("3 Verarbeitungstätigkeiten");
    expect(screen.getByTestId("register-path")).toHaveTextContent(exampleRegister.path);
    expect(screen.getByTestId("file-name"), "the top bar names the file").toHaveTextContent(
      /^register\.vvt$/,
    );
    expect(screen.getByTestId("file-name")).toHaveAttribute("title", exampleRegister.path);
    expect(summary, "the summary is asked for once on start").toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText("Cisco Webex"),
      "a register with activities opens on their list",
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Verarbeitungen" })).toHaveAttribute(
      "aria-current",
      "page",
    );
  });

  it("says in “Über VVT” which version runs and which register is open", async () => {
    summary.mockResolvedValue(exampleRegister);
    vi.mocked(api.about).mockResolvedValue({
      version: "0.1.0",
      path: exampleRegister.path,
      schema_version: 13,
      format_version: 8,
    });
    render(App);
    await fireEvent.click(await screen.findByRole("button", { name: "Über VVT" }));

    const dialog = await screen.findByRole("dialog", { name: "Über VVT" });
    expect(await within(dialog).findByTestId("about-version")).toHaveTextContent("0.1.0");
    expect(within(dialog).getByTestId("about-path")).toHaveTextContent(exampleRegister.path);
    expect(dialog).toHaveTextContent("Verzeichnis-Schema 13, Austauschformat (JSON) 8");
    await fireEvent.click(within(dialog).getByRole("button", { name: "Schließen" }));
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("welcomes an empty register and loads the example into it", async () => {
    summary.mockResolvedValue(emptySummary);
    example.mockResolvedValue(exampleRegister);
    render(App);

    const welcome = await screen.findByRole("region", { name: "Das Verzeichnis ist noch leer" });
    expect(screen.getByTestId("organisation")).toHaveTextContent("Noch keine Organisation erfasst");
    expect(screen.getByTestId("activity-count")).toHaveTextContent("0 Verarbeitungstätigkeiten");
    expect(example, "nothing is loaded without a click").not.toHaveBeenCalled();

    await fireEvent.click(within(welcome).getByRole("button", { name: "Beispielverzeichnis laden" }));

    expect(example).toHaveBeenCalledOnce();
    expect(await screen.findByText("Cisco Webex"), "the list of the example").toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Das Verzeichnis ist noch leer" })).toBeNull();
    expect(screen.getByTestId("organisation")).toHaveTextContent("Integrata Cegos GmbH");
    expect(parties, "the example's parties are read").toHaveBeenCalledTimes(2);
  });

  it("starts an empty register with the organisation", async () => {
    summary.mockResolvedValue(emptySummary);
    render(App);

    await fireEvent.click(await screen.findByRole("button", { name: "Leeres Verzeichnis anlegen" }));

    expect(await screen.findByTestId("editor-stub")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Organisation" })).toHaveAttribute("aria-current", "page");
    expect(example).not.toHaveBeenCalled();
  });

  it("keeps the ways to begin reachable after navigating away from the welcome", async () => {
    summary.mockResolvedValue(emptySummary);
    example.mockResolvedValue(exampleRegister);
    render(App);
    await screen.findByRole("region", { name: "Das Verzeichnis ist noch leer" });

    await fireEvent.click(screen.getByRole("button", { name: "Stellen" }));
    await waitFor(() => expect(screen.queryByRole("region", { name: "Das Verzeichnis ist noch leer" })).toBeNull());
    await fireEvent.click(screen.getByRole("button", { name: "Verarbeitungen" }));

    const welcome = await screen.findByRole("region", { name: "Das Verzeichnis ist noch leer" });
    expect(within(welcome).getByRole("button", { name: "Leeres Verzeichnis anlegen" })).toBeInTheDocument();
    await fireEvent.click(within(welcome).getByRole("button", { name: "Beispielverzeichnis laden" }));
    expect(example).toHaveBeenCalledOnce();
  });

  it("says why the example could not be loaded and stays on the welcome panel", async () => {
    summary.mockResolvedValue(emptySummary);
    example.mockRejectedValue({ code: "validation", message: "the register is not empty" });
    render(App);

    await fireEvent.click(await screen.findByRole("button", { name: "Beispielverzeichnis laden" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Das Beispielverzeichnis konnte nicht geladen werden.",
    );
    expect(screen.getByRole("region", { name: "Das Verzeichnis ist noch leer" })).toBeInTheDocument();
  });

  it("says that no organisation is recorded yet in an empty register", async () => {
    summary.mockResolvedValue({ ...exampleRegister, organisation_name: null, activity_count: 0 });
    render(App);

    expect(await screen.findByText("Noch keine Organisation erfasst")).toBeInTheDocument();
    expect(screen.getByTestId("activity-count")).toHaveTextContent("0 Verarbeitungstätigkeiten");
  });

  it("uses the singular for one activity", async () => {
    summary.mockResolvedValue({ ...exampleRegister, activity_count: 1 });
    render(App);

    expect(await screen.findByTestId("activity-count")).toHaveTextContent(
      /^1 Verarbeitungstätigkeit$/,
    );
  });

  it("shows an error with its code when the register cannot be opened, and retries", async () => {
    const error: ApiError = {
      code: "schema_too_new",
      message: "the register was written by a newer VVT (schema version 9, this program knows up to 1)",
    };
    summary.mockRejectedValueOnce(error).mockResolvedValueOnce(exampleRegister);
    render(App);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Das Verzeichnis konnte nicht geöffnet werden");
    expect(alert, "the text for a known code comes from the string table").toHaveTextContent(
      "neueren VVT-Version",
    );
    expect(alert, "the code is shown for support").toHaveTextContent("schema_too_new");

    await fireEvent.click(screen.getByRole("button", { name: "Erneut versuchen" }));
    expect(await screen.findByText("Integrata Cegos GmbH")).toBeInTheDocument();
    expect(screen.queryByRole("alert"), "a successful retry clears the error").toBeNull();
  });

  it("says in German what a refusal by the shell means, with its message only in the technical details", async () => {
    summary.mockRejectedValue({ code: "ipc", message: "command register_summary not allowed" });
    render(App);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Interner Fehler: Die Anwendung hat die Anfrage der Oberfläche nicht angenommen.");
    const details = within(alert).getByTestId("technical-details");
    expect(details).not.toHaveAttribute("open");
    expect(details).toHaveTextContent("Technische Angaben");
    expect(details).toHaveTextContent("Fehlercode: ipc · command register_summary not allowed");
  });

  it("switches to English and remembers the choice", async () => {
    summary.mockResolvedValue(exampleRegister);
    render(App);
    await screen.findByText("Integrata Cegos GmbH");

    await fireEvent.click(screen.getByRole("button", { name: "English" }));

    expect(
      screen.getByRole("heading", { level: 1, name: "Record of processing activities" }),
    ).toBeInTheDocument();
    expect(screen.getByTestId("activity-count")).toHaveTextContent("3 processing activities");
    expect(screen.getByRole("navigation")).toHaveTextContent("Parties");
    expect(screen.getByRole("button", { name: "Open …" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANG_STORAGE_KEY), "the choice survives a restart").toBe("en");
  });

  it("starts in the remembered language", async () => {
    localStorage.setItem(LANG_STORAGE_KEY, "en");
    // A fresh start: the language is read when the app's modules load.
    vi.resetModules();
    const freshApi = await import("./lib/api");
    answerReads(freshApi);
    vi.mocked(freshApi.registerSummary).mockResolvedValue({ ...exampleRegister, organisation_name: null });
    // The fresh modules need the testing library's fresh Svelte too.
    const testing = await import("@testing-library/svelte");
    onTestFinished(testing.cleanup);
    testing.render((await import("./App.svelte")).default);

    expect(await screen.findByText("No organisation recorded yet")).toBeInTheDocument();
  });

  it("says a damaged register was left unchanged and lists its backups, newest first", async () => {
    summary.mockRejectedValue(damaged);
    backups.mockResolvedValue(twoBackups);
    render(App);

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Die Datei „beispiel.vvt“ ist beschädigt und wurde nicht verändert.",
    );
    const list = await screen.findByTestId("backup-list");
    const rows = within(list).getAllByRole("listitem");
    expect(rows, "one row per backup").toHaveLength(2);
    expect(rows[0], "date and time in German, then the size").toHaveTextContent(
      /27\.11\.2026, \d\d:\d\d.*96 KB/,
    );
    expect(rows[1]).toHaveTextContent(/26\.11\.2026, \d\d:\d\d.*1,5 MB/);
    const buttons = within(list).getAllByRole("button", { name: "Wiederherstellen" });
    expect(buttons[0], "the button says which backup it restores").toHaveAccessibleDescription(
      /27\.11\.2026/,
    );
    expect(restore, "nothing is restored without a click").not.toHaveBeenCalled();
  });

  it("says so when a damaged register has no backups", async () => {
    summary.mockRejectedValue(damaged);
    render(App);

    expect(await screen.findByTestId("no-backups")).toHaveTextContent(
      "Für dieses Verzeichnis gibt es keine Sicherungen.",
    );
    expect(screen.queryByRole("button", { name: "Wiederherstellen" })).toBeNull();
    expect(screen.getByRole("button", { name: "Erneut versuchen" })).toBeInTheDocument();
  });

  it("restores a backup after confirmation and then shows the register", async () => {
    summary.mockRejectedValue(damaged);
    backups.mockResolvedValue(twoBackups);
    restore.mockResolvedValue(exampleRegister);
    render(App);

    const [newest] = await screen.findAllByRole("button", { name: "Wiederherstellen" });
    await fireEvent.click(newest);

    const confirmation = screen.getByRole("group", { name: /Sicherung vom 27\.11\.2026/ });
    expect(confirmation).toHaveTextContent("Der aktuelle Stand wird aufbewahrt");
    expect(restore, "the first click only asks").not.toHaveBeenCalled();
    const yes = within(confirmation).getByRole("button", { name: "Ja, wiederherstellen" });
    expect(yes, "the keyboard lands on the confirmation").toHaveFocus();

    await fireEvent.click(yes);

    expect(await screen.findByText("Integrata Cegos GmbH")).toBeInTheDocument();
    expect(restore).toHaveBeenCalledExactlyOnceWith(twoBackups[0].path);
    expect(screen.getByTestId("activity-count")).toHaveTextContent("3 Verarbeitungstätigkeiten");
    expect(screen.getByTestId("restored")).toHaveTextContent("Die Sicherung wurde wiederhergestellt.");
    expect(screen.getByTestId("restored")).toHaveAttribute("role", "status");
    expect(screen.queryByRole("alert"), "the error is gone once the register is back").toBeNull();
  });

  it("cancels the confirmation with Escape and restores nothing", async () => {
    summary.mockRejectedValue(damaged);
    backups.mockResolvedValue(twoBackups);
    render(App);

    const buttons = await screen.findAllByRole("button", { name: "Wiederherstellen" });
    await fireEvent.click(buttons[1]);
    await fireEvent.keyDown(screen.getByRole("button", { name: "Ja, wiederherstellen" }), {
      key: "Escape",
    });

    expect(screen.queryByRole("group", { name: /wiederherstellen\?/ })).toBeNull();
    expect(buttons[1], "the focus goes back to the row").toHaveFocus();
    expect(restore).not.toHaveBeenCalled();
  });

  it("reports a backup that cannot be restored and keeps offering the others", async () => {
    summary.mockRejectedValue(damaged);
    backups.mockResolvedValue(twoBackups);
    restore.mockRejectedValue({ code: "damaged", message: "the backup is damaged too" });
    render(App);

    await fireEvent.click((await screen.findAllByRole("button", { name: "Wiederherstellen" }))[0]);
    await fireEvent.click(screen.getByRole("button", { name: "Ja, wiederherstellen" }));

    const alerts = await screen.findAllByRole("alert");
    expect(alerts.at(-1)).toHaveTextContent("Die Sicherung konnte nicht wiederhergestellt werden.");
    expect(alerts.at(-1), "the reason is shown too").toHaveTextContent("the backup is damaged too");
    expect(backups, "the list is read again: the folder may have changed").toHaveBeenCalledTimes(2);
    expect(screen.getAllByRole("button", { name: "Wiederherstellen" })).toHaveLength(2);
  });

  it.each([
    ["not_a_register", "Die Datei „beispiel.vvt“ ist kein VVT-Verzeichnis und wurde nicht verändert."],
    ["schema_too_new", "Die Datei „beispiel.vvt“ wurde mit einer neueren VVT-Version gespeichert"],
  ])("explains %s and offers the backups", async (code, text) => {
    summary.mockRejectedValue({ ...damaged, code });
    backups.mockResolvedValue(twoBackups);
    render(App);

    expect(await screen.findByRole("alert")).toHaveTextContent(text);
    expect(await screen.findAllByRole("button", { name: "Wiederherstellen" })).toHaveLength(2);
  });

  it("explains a damaged register in English", async () => {
    setLang("en");
    summary.mockRejectedValue(damaged);
    render(App);

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The file “beispiel.vvt” is damaged and was not changed.",
    );
    expect(await screen.findByText("There are no backups of this register.")).toBeInTheDocument();
  });

  it("offers no backups when the failure is not the file's", async () => {
    summary.mockRejectedValue({ code: "io", message: "permission denied" });
    render(App);

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Die Datei konnte nicht gelesen oder geschrieben werden.",
    );
    expect(backups, "a restore would not help with missing rights").not.toHaveBeenCalled();
  });
});
