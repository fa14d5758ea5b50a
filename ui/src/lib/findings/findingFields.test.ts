// "Each new finding opens its field": the field paths the rules of issue 16
// put on their findings (src/checks/*.rs, with the positions set to 0) must
// each name an input of the editor that the finding's button opens — the
// exact input, not a shorter path focusField would fall back to (a purpose as
// a whole instead of its consent text).
import { render, screen, waitFor } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import {
  findActivities,
  getActivity,
  getOrganisation,
  recordHistory,
  type Organisation,
  type ProcessingActivity,
} from "../api";
import { emptyDecision, emptyEmbed } from "../activity/activity";
import ActivityEditor from "../activity/ActivityEditor.svelte";
import { editorProps, webexActivity } from "../activity/test-fixtures";
import { testCatalogs } from "../catalogs/test-catalogs";
import { fieldId, focusField } from "../form/fields";
import OrganisationView from "../organisation/OrganisationView.svelte";

vi.mock("../api", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../api")>()),
  getActivity: vi.fn(),
  getOrganisation: vi.fn(),
  findActivities: vi.fn(),
  recordHistory: vi.fn(),
}));

/** Rule → the field paths its findings name on an activity. */
const ACTIVITY_RULES: Record<string, string[]> = {
  "retention-indefinite": [
    "data_categories[0].retention.criterion",
    "data_categories[0].retention.deletion",
    "data_categories[0].retention.starts_at",
  ],
  "retention-applicants-too-long": ["data_categories[0].retention.period"],
  "retention-video-too-long": ["data_categories[0].retention.period"],
  "retention-statutory-mismatch": ["data_categories[0].retention.period"],
  "video-bdsg4-private-body": ["purposes[0].legal_basis_note", "purposes[0].legal_bases"],
  "tracking-without-consent": ["purposes[0].legal_bases"],
  "consent-pre-ticked": ["purposes[0].consent_given"],
  "newsletter-no-double-opt-in": ["purposes[0].consent_given"],
  "employee-consent-unqualified": ["purposes[0].consent_given"],
  "collective-agreement-not-named": ["purposes[0].legal_basis_note"],
  "automated-decision-legitimate-interest": ["purposes[0].legal_bases"],
  "automated-decision-exception-other-purpose": [
    "purposes[0].legal_bases",
    "automated_decisions.decisions[0].purpose",
  ],
  "automated-decision-no-exception": ["automated_decisions"],
  "automated-decision-special-data": ["automated_decisions"],
  "automated-decision-consequences-missing": ["automated_decisions.consequences"],
  "embed-joint-control": ["recipients[0].role"],
  "automated-decision-exception-missing": ["automated_decisions.decisions[0].exception"],
  "automated-decision-safeguards-missing": ["automated_decisions.decisions[0].safeguards"],
  "embed-before-consent": ["embeds[0].before_consent"],
  "embed-not-strictly-necessary": ["embeds[0].access"],
  "embed-transfer-not-recorded": ["embeds[0].country"],
  "dpia-threshold-contradiction": ["dpia.required"],
};

/** Rule → the field paths its findings name on the header. */
const ORGANISATION_RULES: Record<string, string[]> = {
  "dpo-required-headcount": ["dpo"],
};

/** An activity in which every field those rules look at is shown: consent, retention, automated decisions, the cookie table. */
function activity(): ProcessingActivity {
  const a = webexActivity();
  a.purposes[0].legal_bases = ["art6-1-a"];
  a.purposes[0].consent_given = "Häkchen gesetzt";
  a.data_categories[0].retention = {
    period: { amount: 12, unit: "months" },
    criterion: "dauerhaft",
    starts_at: null,
    start_event: null,
    deletion: null,
    at_end: null,
  };
  a.automated_decisions = {
    kind: "used",
    logic: "Score",
    consequences: null,
    decisions: [{ ...emptyDecision(), decision: "Zulassung" }],
  };
  a.embeds = [{ ...emptyEmbed(), name: "Karte", purpose: "Anfahrt", before_consent: true, country: "US" }];
  return a;
}

function expectInputs(rules: Record<string, string[]>) {
  for (const [rule, paths] of Object.entries(rules)) {
    for (const path of paths) {
      const element = document.getElementById(fieldId(path));
      expect(element, `${rule}: the editor has a field for ${path}`).not.toBeNull();
      expect(focusField(path), `${rule}: ${path} can be opened`).toBe(true);
      expect(element?.contains(document.activeElement), `${rule}: the focus lands in ${path}`).toBe(true);
    }
  }
}

describe("the fields the findings of issue 16 open", () => {
  it("exist in the activity editor", async () => {
    vi.mocked(getActivity).mockResolvedValue(activity());
    vi.mocked(recordHistory).mockResolvedValue([]);
    render(ActivityEditor, editorProps());
    await waitFor(() => expect(document.getElementById(fieldId("dpia.required"))).toBeInTheDocument());
    expectInputs(ACTIVITY_RULES);
  });

  it("exist in the header", async () => {
    const organisation: Organisation = {
      controller: { name: "Beispiel GmbH", address: null, email: null, phone: null, website: null, public_body: false },
      dpo: null,
      no_dpo_reason: "weniger als 20 Personen",
      persons_processing: 25,
      professional_secrecy: false,
      representative: null,
      joint_controllers: [],
      authority: null,
      notice_date: null,
      version: 1,
    } as Organisation;
    vi.mocked(getOrganisation).mockResolvedValue(organisation);
    vi.mocked(findActivities).mockResolvedValue([]);
    vi.mocked(recordHistory).mockResolvedValue([]);
    render(OrganisationView, { catalogs: testCatalogs, onchanged: vi.fn() });
    await screen.findByRole("form");
    expectInputs(ORGANISATION_RULES);
  });
});
