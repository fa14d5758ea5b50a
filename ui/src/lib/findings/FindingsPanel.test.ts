// The findings panel: the summary and each finding in German and English,
// the three filters, opening a finding's field, the empty and loading
// states and a failed check with its retry. The panel is given its findings
// by the shell; the core's check is mocked so nothing here can reach it.
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { checkRegister, type ApiError, type Finding } from "../api";
import { settings } from "../settings.svelte";
import FindingsPanel from "./FindingsPanel.svelte";
import { finding, sample } from "./fixtures";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  checkRegister: vi.fn(),
}));

function renderPanel(findings: Finding[] | null, error: ApiError | null = null) {
  const onrefresh = vi.fn();
  const onopen = vi.fn();
  const result = render(FindingsPanel, { findings, error, onrefresh, onopen });
  return { ...result, onrefresh, onopen };
}

const shownRules = () => screen.queryAllByTestId("finding").map((li) => li.dataset.rule);
const findingOf = (rule: string) =>
  screen.getAllByTestId("finding").find((li) => li.dataset.rule === rule) as HTMLElement;

beforeEach(() => {
  settings.lang = "de";
});

afterEach(() => {
  expect(checkRegister, "the shell runs the check, not the panel").not.toHaveBeenCalled();
});

describe("FindingsPanel", () => {
  it("sums up and shows each finding in German", () => {
    renderPanel(sample);

    expect(screen.getByTestId("findings-summary")).toHaveTextContent("2 Fehler · 3 Warnungen · 1 Hinweis");
    expect(shownRules()).toEqual(sample.map((f) => f.rule));

    const transfer = findingOf("transfer-no-mechanism");
    expect(transfer).toHaveAttribute("data-field", "transfers[0].mechanism");
    expect(transfer, "the severity in words, not colour alone").toHaveTextContent("Fehler");
    expect(transfer).toHaveTextContent("Die Übermittlung in die USA nennt keine Garantie.");
    expect(transfer).toHaveTextContent("Abhilfe: Wählen Sie den Mechanismus der Übermittlung.");
    expect(transfer).toHaveTextContent("Art. 44 ff. DSGVO");
    expect(transfer).toHaveTextContent("Verarbeitungstätigkeit VT-002");
    expect(transfer).toHaveTextContent("Drittlandübermittlungen › Eintrag 1 › Übermittlungsinstrument");

    expect(findingOf("processor-no-agreement")).toHaveTextContent("Stelle P-004");
    const dpo = findingOf("header-dpo-email");
    expect(dpo).toHaveTextContent("Warnung");
    expect(dpo, "the organisation by name, not by its constant key").toHaveTextContent("Organisation");
    expect(dpo).not.toHaveTextContent("organisation");
    expect(findingOf("notice-outdated")).toHaveTextContent("Hinweis");
  });

  it("speaks English when the UI does", () => {
    settings.lang = "en";
    renderPanel([...sample, finding("one-info", "info", "tom", "TOM-01", "title")].slice(1));

    expect(screen.getByTestId("findings-summary")).toHaveTextContent("1 error · 3 warnings · 2 info");
    const review = findingOf("review-overdue");
    expect(review).toHaveTextContent("Warning");
    expect(review).toHaveTextContent("The review is overdue.");
    expect(review).toHaveTextContent("How to fix: Fix for review-overdue");
    expect(review).toHaveTextContent("Art. 30(1) GDPR");
    expect(review).toHaveTextContent("Processing activity VT-002");
    expect(review).toHaveTextContent("Next review");
    expect(review).not.toHaveTextContent("Überprüfung");
    expect(findingOf("processor-no-agreement")).toHaveTextContent("Error");
    expect(findingOf("one-info")).toHaveTextContent("Info");
    expect(within(review).getByRole("button", { name: "Open" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Check again" })).toBeInTheDocument();
  });

  it("narrows the list by severity, with the count on each choice", async () => {
    renderPanel(sample);
    const severities = screen.getByRole("group", { name: "Schweregrad" });

    const warnings = within(severities).getByRole("button", { name: "Warnung (3)" });
    await fireEvent.click(warnings);

    expect(shownRules()).toEqual(["header-dpo-email", "review-overdue", "toms-missing"]);
    expect(warnings).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByText("3 von 6 Befunden angezeigt")).toBeInTheDocument();
    expect(screen.getByTestId("findings-summary"), "the summary counts all").toHaveTextContent(
      "2 Fehler · 3 Warnungen · 1 Hinweis",
    );

    await fireEvent.click(within(severities).getByRole("button", { name: "Alle (6)" }));
    expect(shownRules()).toHaveLength(6);
    expect(warnings).toHaveAttribute("aria-pressed", "false");
  });

  it("narrows the list by the kind of record", async () => {
    renderPanel(sample);
    const kind = screen.getByRole("combobox", { name: "Betrifft" });
    expect(within(kind).getByRole("option", { name: "Verarbeitungstätigkeiten (3)" })).toHaveValue("activity");
    expect(within(kind).getByRole("option", { name: "TOM (0)" })).toHaveValue("tom");

    await fireEvent.change(kind, { target: { value: "organisation" } });
    expect(shownRules()).toEqual(["header-dpo-email", "notice-outdated"]);

    await fireEvent.change(kind, { target: { value: "party" } });
    expect(shownRules()).toEqual(["processor-no-agreement"]);

    await fireEvent.click(screen.getByRole("button", { name: "Hinweis (1)" }));
    expect(screen.queryAllByTestId("finding")).toHaveLength(0);
    expect(screen.getByText("Keine Befunde für diese Filter")).toBeInTheDocument();
  });

  it("narrows the list by a text in message, source, key or rule", async () => {
    renderPanel(sample);
    const search = screen.getByRole("searchbox", { name: "Suche in den Befunden" });

    await fireEvent.input(search, { target: { value: "vt-002" } });
    expect(shownRules()).toEqual(["transfer-no-mechanism", "review-overdue"]);

    await fireEvent.input(search, { target: { value: "Art. 28" } });
    expect(shownRules()).toEqual(["processor-no-agreement"]);

    await fireEvent.input(search, { target: { value: "E-Mail-Adresse" } });
    expect(shownRules()).toEqual(["header-dpo-email"]);

    await fireEvent.input(search, { target: { value: "nirgends" } });
    expect(screen.getByText("Keine Befunde für diese Filter")).toBeInTheDocument();
  });

  it("opens the record at the finding's field", async () => {
    const { onopen } = renderPanel(sample);

    await fireEvent.click(within(findingOf("transfer-no-mechanism")).getByRole("button", { name: "Öffnen" }));
    expect(onopen).toHaveBeenCalledExactlyOnceWith({
      entity: "activity",
      key: "VT-002",
      field: "transfers[0].mechanism",
    });

    await fireEvent.click(within(findingOf("header-dpo-email")).getByTestId("finding-open"));
    expect(onopen).toHaveBeenLastCalledWith({ entity: "organisation", key: "organisation", field: "dpo.email" });
  });

  it("names the finding an open button opens, for screen readers", () => {
    renderPanel(sample);

    const open = within(findingOf("review-overdue")).getByRole("button", { name: "Öffnen" });
    expect(open).toHaveAccessibleDescription("Die Überprüfung ist überfällig.");
  });

  it("checks again on request", async () => {
    const { onrefresh } = renderPanel(sample);

    await fireEvent.click(screen.getByRole("button", { name: "Erneut prüfen" }));
    expect(onrefresh).toHaveBeenCalledOnce();
  });

  it("says when the register has no findings, and while the first check runs", async () => {
    const { rerender } = renderPanel(null);
    expect(screen.getByRole("status")).toHaveTextContent("Das Verzeichnis wird geprüft …");
    expect(screen.queryByTestId("findings-summary")).toBeNull();

    await rerender({ findings: [] });
    expect(screen.getByText("Keine Befunde")).toBeInTheDocument();
    expect(screen.getByTestId("findings-summary")).toHaveTextContent("0 Fehler · 0 Warnungen · 0 Hinweise");
    expect(screen.queryByRole("searchbox"), "nothing to filter").toBeNull();
  });

  it("reports a failed check with a retry", async () => {
    const { onrefresh } = renderPanel(null, { code: "database", message: "disk I/O error" });

    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Die Prüfung konnte nicht ausgeführt werden.");
    expect(alert).toHaveTextContent("disk I/O error");
    expect(screen.queryByText("Das Verzeichnis wird geprüft …"), "not checking any more").toBeNull();

    await fireEvent.click(within(alert).getByRole("button", { name: "Erneut versuchen" }));
    expect(onrefresh).toHaveBeenCalledOnce();
  });

  it("keeps the last findings in view when a re-check fails", () => {
    renderPanel(sample, { code: "database", message: "disk I/O error" });

    expect(screen.getByRole("alert")).toBeInTheDocument();
    expect(shownRules()).toHaveLength(sample.length);
  });

  it("keeps its filters when the findings are checked again", async () => {
    const { rerender } = renderPanel(sample);
    await fireEvent.click(screen.getByRole("button", { name: "Fehler (2)" }));

    await rerender({ findings: sample.slice(1) });
    expect(shownRules()).toEqual(["processor-no-agreement"]);
    expect(screen.getByRole("button", { name: "Fehler (1)" })).toHaveAttribute("aria-pressed", "true");
  });
});
