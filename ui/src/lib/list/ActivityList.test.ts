// The activity list with the core's search mocked: what it asks the core for
// (search text after a pause, each filter), that a late answer to an older
// question is dropped, sorting, the rendered window of a long list and the
// keyboard.
import { fireEvent, render, screen, waitFor, within } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { findActivities, type ActivityListItem } from "../api";
import type { FindingCounts } from "../findings/counts";
import { settings } from "../settings.svelte";
import { catalogs, item, meetings, SilentResizeObserver } from "../shell/testing/fixtures";
import ActivityList from "./ActivityList.svelte";
import { localToday } from "./dates";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  findActivities: vi.fn(),
}));

const find = vi.mocked(findActivities);

function renderList(
  props: {
    openKey?: string | null;
    revision?: number;
    total?: number;
    findingCounts?: Map<string, FindingCounts>;
  } = {},
) {
  const onopen = vi.fn();
  const onnew = vi.fn();
  const result = render(ActivityList, {
    catalogs,
    total: props.total ?? meetings.length,
    openKey: props.openKey ?? null,
    revision: props.revision ?? 0,
    findingCounts: props.findingCounts,
    onopen,
    onnew,
    onimported: vi.fn(),
  });
  return { ...result, onopen, onnew };
}

/** The body rows (the header row is the first row of the grid). */
const bodyRows = () => screen.getAllByRole("row").slice(1);
const names = () => bodyRows().map((row) => within(row).getAllByRole("gridcell")[1].textContent);

const allNull = { text: null, status: null, legal_basis: null, has_transfer: null, review_due_by: null };

beforeEach(() => {
  settings.lang = "de";
  vi.stubGlobal("ResizeObserver", SilentResizeObserver);
  find.mockReset().mockResolvedValue(meetings);
});

describe("ActivityList", () => {
  it("shows the activities the core found, with their state, and counts them", async () => {
    renderList();

    expect(await screen.findByText("Online-Meetings mit Jitsi Meet")).toBeInTheDocument();
    expect(find, "the first question asks for everything").toHaveBeenCalledExactlyOnceWith(allNull);
    expect(screen.getByTestId("activity-list-count")).toHaveTextContent("3 von 3 Tätigkeiten");
    const [jitsi, webex, teams] = bodyRows();
    expect(jitsi).toHaveTextContent("VT-001");
    expect(jitsi).toHaveTextContent("Aktiv");
    expect(jitsi, "the department").toHaveTextContent("IT");
    expect(jitsi, "the next review, the German way").toHaveTextContent("30.06.2027");
    expect(webex).toHaveTextContent("Entwurf");
    expect(teams).toHaveTextContent("Außer Betrieb");
    const teamsCells = within(teams).getAllByRole("gridcell").map((c) => c.textContent?.trim());
    expect(teamsCells, "purposes and transfers are counted").toEqual(
      expect.arrayContaining(["3", "2"]),
    );
  });

  it("marks a review that is due", async () => {
    renderList();

    const webex = (await screen.findByText("Cisco Webex")).closest("[role=row]") as HTMLElement;
    expect(webex, "31.01.2020 has passed").toHaveTextContent("31.01.2020, fällig");
    const jitsi = screen.getByText("Online-Meetings mit Jitsi Meet").closest("[role=row]") as HTMLElement;
    expect(jitsi, "a review in the future is not due").not.toHaveTextContent("fällig");
  });

  it("searches once typing pauses, with the text typed", async () => {
    renderList();
    await screen.findByText("Cisco Webex");
    find.mockResolvedValue([meetings[1]]);

    const search = screen.getByRole("searchbox", { name: "Suche" });
    expect(search).toHaveAttribute("placeholder", "Name, Zweck, Empfänger, Datenkategorie …");
    vi.useFakeTimers();
    try {
      await fireEvent.input(search, { target: { value: "w" } });
      await vi.advanceTimersByTimeAsync(100);
      await fireEvent.input(search, { target: { value: "we" } });
      await vi.advanceTimersByTimeAsync(100);
      await fireEvent.input(search, { target: { value: "webex" } });
      await vi.advanceTimersByTimeAsync(140);
      expect(find, "nothing is asked while typing").toHaveBeenCalledTimes(1);

      await vi.advanceTimersByTimeAsync(20);
      expect(find, "one question after the pause").toHaveBeenCalledTimes(2);
      expect(find).toHaveBeenLastCalledWith({ ...allNull, text: "webex" });
    } finally {
      vi.useRealTimers();
    }
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(screen.getByTestId("activity-list-count")).toHaveTextContent("1 von 3 Tätigkeiten");
  });

  it("passes each filter to the core", async () => {
    renderList();
    await screen.findByText("Cisco Webex");

    await fireEvent.change(screen.getByRole("combobox", { name: "Status" }), {
      target: { value: "draft" },
    });
    expect(find).toHaveBeenLastCalledWith({ ...allNull, status: "draft" });

    const legalBasis = screen.getByRole("combobox", { name: "Rechtsgrundlage" });
    expect(
      within(legalBasis).getByRole("option", { name: "§ 26 BDSG" }),
      "legal bases are offered by their citation",
    ).toHaveValue("bdsg-26");
    await fireEvent.change(legalBasis, { target: { value: "bdsg-26" } });
    expect(find).toHaveBeenLastCalledWith({ ...allNull, status: "draft", legal_basis: "bdsg-26" });

    await fireEvent.change(screen.getByRole("combobox", { name: "Drittlandübermittlung" }), {
      target: { value: "no" },
    });
    expect(find).toHaveBeenLastCalledWith({
      ...allNull,
      status: "draft",
      legal_basis: "bdsg-26",
      has_transfer: false,
    });

    await fireEvent.click(screen.getByRole("checkbox", { name: "Überprüfung fällig" }));
    expect(find, "due by today").toHaveBeenLastCalledWith({
      ...allNull,
      status: "draft",
      legal_basis: "bdsg-26",
      has_transfer: false,
      review_due_by: localToday(),
    });

    await fireEvent.change(screen.getByRole("combobox", { name: "Status" }), {
      target: { value: "" },
    });
    expect(find, "“alle” clears the status").toHaveBeenLastCalledWith(
      expect.objectContaining({ status: null }),
    );
  });

  it("shows the answer to the latest question even when an older one arrives later", async () => {
    let answerFirst: (items: ActivityListItem[]) => void = () => {};
    find
      .mockReturnValueOnce(new Promise((resolve) => (answerFirst = resolve)))
      .mockResolvedValueOnce([meetings[2]]);
    renderList();

    await fireEvent.change(screen.getByRole("combobox", { name: "Status" }), {
      target: { value: "retired" },
    });
    expect(await screen.findByText("Besprechungen in Microsoft Teams")).toBeInTheDocument();

    answerFirst(meetings);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(names(), "the stale answer is dropped").toEqual(["Besprechungen in Microsoft Teams"]);
  });

  it("sorts by a clicked column and says so", async () => {
    renderList();
    await screen.findByText("Cisco Webex");
    expect(screen.getByRole("columnheader", { name: /Kennung/ })).toHaveAttribute("aria-sort", "ascending");

    await fireEvent.click(screen.getByRole("button", { name: "Bezeichnung" }));

    expect(names()).toEqual([
      "Besprechungen in Microsoft Teams",
      "Cisco Webex",
      "Online-Meetings mit Jitsi Meet",
    ]);
    expect(screen.getByRole("columnheader", { name: /Bezeichnung/ })).toHaveAttribute("aria-sort", "ascending");
    expect(screen.getByRole("columnheader", { name: /Kennung/ })).not.toHaveAttribute("aria-sort");

    await fireEvent.click(screen.getByRole("button", { name: /Bezeichnung/ }));
    expect(names()[0], "a second click reverses").toBe("Online-Meetings mit Jitsi Meet");
    expect(screen.getByRole("columnheader", { name: /Bezeichnung/ })).toHaveAttribute("aria-sort", "descending");
    expect(find, "sorting asks the core nothing").toHaveBeenCalledTimes(1);
  });

  it("sorts by status in lifecycle order and by last change newest first", async () => {
    renderList();
    await screen.findByText("Cisco Webex");

    await fireEvent.click(screen.getByRole("button", { name: "Status" }));
    expect(names()).toEqual([
      "Cisco Webex",
      "Online-Meetings mit Jitsi Meet",
      "Besprechungen in Microsoft Teams",
    ]);

    await fireEvent.click(screen.getByRole("button", { name: "Geändert" }));
    expect(names()[0]).toBe("Besprechungen in Microsoft Teams");
  });

  it("renders only a window of a long list and follows the scrolling", async () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      item(`VT-${String(i + 1).padStart(4, "0")}`, `Tätigkeit ${i + 1}`),
    );
    find.mockResolvedValue(many);
    renderList({ total: 2000 });

    expect(await screen.findByText("Tätigkeit 1")).toBeInTheDocument();
    expect(screen.getByTestId("activity-list-count")).toHaveTextContent("2000 von 2000 Tätigkeiten");
    expect(bodyRows().length, "far fewer rows than activities").toBeLessThan(60);
    expect(
      screen.getAllByTestId("activity-row"),
      "the real-window tests find the rows by this id",
    ).toHaveLength(bodyRows().length);
    expect(screen.getByRole("grid"), "assistive technology learns the full size").toHaveAttribute(
      "aria-rowcount",
      "2001",
    );

    const grid = screen.getByRole("grid");
    grid.scrollTop = 52 * 1500;
    await fireEvent.scroll(grid);

    expect(screen.getByText("Tätigkeit 1501")).toBeInTheDocument();
    expect(screen.queryByText("Tätigkeit 1"), "rows scrolled past leave the DOM").toBeNull();
    expect(bodyRows().length).toBeLessThan(60);

    find.mockResolvedValue(many.slice(0, 1000));
    await fireEvent.change(screen.getByRole("combobox", { name: "Status" }), {
      target: { value: "active" },
    });
    expect(await screen.findByText("Tätigkeit 1"), "a new answer starts at the top").toBeInTheDocument();
    expect(grid.scrollTop).toBe(0);
  });

  it("moves with the arrow keys and opens with Enter", async () => {
    const { onopen } = renderList();
    await screen.findByText("Cisco Webex");
    const grid = screen.getByRole("grid");
    grid.focus();

    await fireEvent.keyDown(grid, { key: "ArrowDown" });
    await fireEvent.keyDown(grid, { key: "ArrowDown" });
    const active = document.getElementById(grid.getAttribute("aria-activedescendant") ?? "");
    expect(active, "the cursor is on the second row").toHaveTextContent("Cisco Webex");
    expect(onopen, "moving does not open").not.toHaveBeenCalled();

    await fireEvent.keyDown(grid, { key: "Enter" });
    expect(onopen).toHaveBeenCalledExactlyOnceWith("VT-002");

    await fireEvent.keyDown(grid, { key: "End" });
    await fireEvent.keyDown(grid, { key: "Enter" });
    expect(onopen).toHaveBeenLastCalledWith("VT-003");
  });

  it("opens a clicked row and marks the open one", async () => {
    const { onopen } = renderList({ openKey: "VT-003" });

    const teams = (await screen.findByText("Besprechungen in Microsoft Teams")).closest("[role=row]");
    expect(teams).toHaveAttribute("aria-selected", "true");
    await fireEvent.click(screen.getByText("Cisco Webex"));
    expect(onopen).toHaveBeenCalledExactlyOnceWith("VT-002");
  });

  it("asks again when the parent raises the revision, and starts new activities", async () => {
    const { rerender, onnew } = renderList();
    await screen.findByText("Cisco Webex");

    await rerender({ revision: 1 });
    expect(find).toHaveBeenCalledTimes(2);

    await fireEvent.click(screen.getByRole("button", { name: "Neue Tätigkeit" }));
    expect(onnew).toHaveBeenCalledOnce();
  });

  it("says why it is empty, and reports a failed search", async () => {
    find.mockResolvedValueOnce([]).mockRejectedValueOnce({ code: "database", message: "disk I/O error" });
    renderList({ total: 0 });

    expect(await screen.findByText("Noch keine Verarbeitungstätigkeit erfasst.")).toBeInTheDocument();
    await fireEvent.change(screen.getByRole("combobox", { name: "Status" }), {
      target: { value: "active" },
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "Die Tätigkeiten konnten nicht geladen werden. Die Datenbank meldet einen Fehler.",
    );
    expect(within(alert).getByTestId("technical-details")).toHaveTextContent("Fehlercode: database · disk I/O error");
  });

  it("badges the rows of activities with findings, red once one is an error", async () => {
    const { rerender } = renderList({
      findingCounts: new Map([
        ["VT-002", { error: 1, warning: 1, info: 0 }],
        ["VT-003", { error: 0, warning: 2, info: 1 }],
      ]),
    });
    const rowOf = async (name: string) => (await screen.findByText(name)).closest("[role=row]") as HTMLElement;

    const webex = within(await rowOf("Cisco Webex")).getByTestId("finding-badge");
    expect(webex, "the total, and for screen readers what it counts").toHaveTextContent("2 Befunde (1 Fehler)");
    expect(webex).toHaveAttribute("title", "2 Befunde (1 Fehler)");
    expect(webex).toHaveClass("errors");
    const teams = within(await rowOf("Besprechungen in Microsoft Teams")).getByTestId("finding-badge");
    expect(teams).toHaveTextContent("3 Befunde");
    expect(teams, "without errors no error count").not.toHaveTextContent("Fehler");
    expect(teams, "amber without errors").not.toHaveClass("errors");
    expect(within(await rowOf("Online-Meetings mit Jitsi Meet")).queryByTestId("finding-badge")).toBeNull();

    await rerender({ findingCounts: new Map([["VT-001", { error: 0, warning: 1, info: 0 }]]) });
    expect(screen.getAllByTestId("finding-badge"), "a new check replaces the badges").toHaveLength(1);
    expect(within(await rowOf("Online-Meetings mit Jitsi Meet")).getByTestId("finding-badge")).toHaveTextContent(
      "1 Befund",
    );
  });

  it("words the finding badge in English", async () => {
    settings.lang = "en";
    renderList({
      findingCounts: new Map([
        ["VT-001", { error: 0, warning: 0, info: 1 }],
        ["VT-002", { error: 2, warning: 1, info: 0 }],
      ]),
    });
    await screen.findByText("Cisco Webex");

    expect(screen.getAllByTestId("finding-badge").map((b) => b.getAttribute("title"))).toEqual([
      "1 finding",
      "3 findings (2 errors)",
    ]);
  });

  it("shows no badges without findings", async () => {
    renderList({ findingCounts: new Map() });
    await screen.findByText("Cisco Webex");

    expect(screen.queryAllByTestId("finding-badge")).toHaveLength(0);
    expect(names(), "the name cells hold the names alone").toEqual([
      "Online-Meetings mit Jitsi Meet",
      "Cisco Webex",
      "Besprechungen in Microsoft Teams",
    ]);
  });
});
