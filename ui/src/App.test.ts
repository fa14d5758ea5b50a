// Component tests for the start screen, with the IPC module mocked: the
// loaded, empty and failed states, and the remembered language switch.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import App from "./App.svelte";
import { registerSummary, type ApiError, type RegisterSummary } from "./lib/api";
import { LANG_STORAGE_KEY } from "./lib/i18n";

vi.mock("./lib/api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("./lib/api")>()),
  registerSummary: vi.fn(),
}));

const summary = vi.mocked(registerSummary);

const example: RegisterSummary = {
  path: "/home/dpo/.local/share/vvt/register.vvt",
  organisation_name: "Integrata Cegos GmbH",
  activity_count: 3,
  party_count: 5,
};

beforeEach(() => {
  summary.mockReset();
  localStorage.clear();
});

describe("App", () => {
  it("shows organisation, activity count and file of a loaded register in German", async () => {
    summary.mockResolvedValue(example);
    render(App);

    expect(
      screen.getByRole("heading", { level: 1, name: "Verzeichnis von Verarbeitungstätigkeiten" }),
      "German is the default language",
    ).toBeInTheDocument();
    expect(await screen.findByText("Integrata Cegos GmbH")).toBeInTheDocument();
    expect(screen.getByTestId("activity-count")).toHaveTextContent("3 Verarbeitungstätigkeiten");
    expect(screen.getByTestId("register-path")).toHaveTextContent(example.path);
    expect(summary, "the summary is asked for once on start").toHaveBeenCalledTimes(1);
  });

  it("says that no organisation is recorded yet in an empty register", async () => {
    summary.mockResolvedValue({ ...example, organisation_name: null, activity_count: 0 });
    render(App);

    expect(await screen.findByText("Noch keine Organisation erfasst")).toBeInTheDocument();
    expect(screen.getByTestId("activity-count")).toHaveTextContent("0 Verarbeitungstätigkeiten");
  });

  it("uses the singular for one activity", async () => {
    summary.mockResolvedValue({ ...example, activity_count: 1 });
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
    summary.mockRejectedValueOnce(error).mockResolvedValueOnce(example);
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

  it("falls back to the message for an unknown error code", async () => {
    summary.mockRejectedValue({ code: "ipc", message: "command register_summary not allowed" });
    render(App);

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "command register_summary not allowed",
    );
  });

  it("switches to English and remembers the choice", async () => {
    summary.mockResolvedValue(example);
    render(App);
    await screen.findByText("Integrata Cegos GmbH");

    await fireEvent.click(screen.getByRole("button", { name: "English" }));

    expect(
      screen.getByRole("heading", { level: 1, name: "Record of processing activities" }),
    ).toBeInTheDocument();
    expect(screen.getByTestId("activity-count")).toHaveTextContent("3 processing activities");
    expect(screen.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem(LANG_STORAGE_KEY), "the choice survives a restart").toBe("en");
  });

  it("starts in the remembered language", async () => {
    localStorage.setItem(LANG_STORAGE_KEY, "en");
    summary.mockResolvedValue({ ...example, organisation_name: null });
    render(App);

    expect(await screen.findByText("No organisation recorded yet")).toBeInTheDocument();
  });
});
