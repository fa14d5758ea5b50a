//! The DPIA threshold analysis: its catalog, the derived result, the store,
//! the history, the interchange file, validation and the rule
//! `dpia-threshold-contradiction`; and the cases the editor's TypeScript
//! mirror of the derivation must agree with (ui/src/lib/activity/
//! dpia-threshold-cases.json, rewritten with `VVT_UPDATE_DPIA_CASES=1`).

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use serde_json::json;
use vvt::checks::{check, Severity};
use vvt::dpia::{assess, WP248_THRESHOLD};
use vvt::*;

use crate::common::{self, date, populated_store, store};

const UPDATE_VAR: &str = "VVT_UPDATE_DPIA_CASES";
const RULE: &str = "dpia-threshold-contradiction";

fn catalogs() -> Catalogs {
    store().catalogs().clone()
}

fn answers(pairs: &[(&str, bool)]) -> BTreeMap<String, bool> {
    pairs.iter().map(|(c, m)| ((*c).to_owned(), *m)).collect()
}

/// Every question answered "no", then the given answers on top.
fn all_no_but(c: &Catalogs, pairs: &[(&str, bool)]) -> BTreeMap<String, bool> {
    let mut a: BTreeMap<String, bool> = c
        .dpia_criteria
        .iter()
        .map(|q| (q.code.clone(), false))
        .collect();
    a.extend(answers(pairs));
    a
}

#[test]
fn dpia_catalog_holds_art35_wp248_and_the_dsk_list() {
    let c = catalogs();
    let count = |list| c.dpia_criteria.iter().filter(|q| q.list == list).count();
    assert_eq!(count(DpiaList::Art35), 3, "Art. 35(3) lit. a to c");
    assert_eq!(
        count(DpiaList::Wp248),
        9,
        "the nine criteria of WP248 rev.01"
    );
    assert_eq!(
        count(DpiaList::Dsk),
        17,
        "the DSK list version 1.1 has 17 entries"
    );
    for q in &c.dpia_criteria {
        assert!(
            !q.label_de.is_empty() && !q.label_en.is_empty() && !q.source.is_empty(),
            "{}: labels in both languages and a source",
            q.code
        );
    }
    let dsk = c.dpia_criterion("dsk-11").expect("DSK no. 11");
    assert!(
        dsk.source.contains("Version 1.1 vom 17.10.2018"),
        "{}",
        dsk.source
    );
    assert_eq!(dsk.citation(Lang::En), "DSK list no. 11");
}

#[test]
fn dpia_result_is_derived_from_the_answers() {
    let c = catalogs();
    let q = &c.dpia_criteria;

    let none = assess(&BTreeMap::new(), q);
    assert_eq!(none.outcome, DpiaOutcome::Undetermined, "nothing answered");
    assert_eq!(none.unanswered, q.len());

    let one = assess(&all_no_but(&c, &[("wp248-monitoring", true)]), q);
    assert_eq!(
        one.outcome,
        DpiaOutcome::NotRequired,
        "one WP248 criterion alone does not require a DPIA"
    );
    assert!(one
        .reason(q, Lang::En)
        .contains("only 1 WP248 criterion (3)"));

    let two = assess(
        &answers(&[("wp248-monitoring", true), ("wp248-large-scale", true)]),
        q,
    );
    assert_eq!(two.wp248_met.len(), WP248_THRESHOLD);
    assert_eq!(
        two.outcome,
        DpiaOutcome::Required,
        "two criteria decide it even with questions open"
    );
    assert_eq!(two.reason(q, Lang::En), "2 WP248 criteria met (3, 5)");
    assert_eq!(
        two.reason(q, Lang::De),
        "2 Kriterien nach WP 248 erfüllt (3, 5)"
    );

    let cctv = assess(&answers(&[("art35-3-c", true)]), q);
    assert_eq!(cctv.outcome, DpiaOutcome::Required);
    assert_eq!(cctv.reason(q, Lang::En), "Art. 35(3)(c) GDPR");
    assert_eq!(cctv.reason(q, Lang::De), "Art. 35 Abs. 3 lit. c DSGVO");

    let ai = assess(&answers(&[("dsk-11", true), ("wp248-scoring", true)]), q);
    assert_eq!(ai.outcome, DpiaOutcome::Required);
    assert_eq!(ai.reason(q, Lang::En), "DSK list no. 11");

    let open = assess(&answers(&[("wp248-scoring", true), ("dsk-1", false)]), q);
    assert_eq!(open.outcome, DpiaOutcome::Undetermined);
    assert_eq!(
        open.reason(q, Lang::En),
        format!("{} of {} questions unanswered", q.len() - 2, q.len())
    );
}

#[test]
fn dpia_answers_are_saved_with_the_activity_and_in_its_history() {
    let mut s = populated_store();
    let mut a = s.activity("hr").expect("load");
    assert_eq!(
        a.dpia.threshold,
        common::full_activity("hr", "p", "t").dpia.threshold,
        "the answers load as saved"
    );
    a.dpia.threshold.insert("wp248-monitoring".into(), true);
    a.dpia.threshold.remove("art35-3-b");
    s.update_activity(&a).expect("save");
    let back = s.activity("hr").expect("load");
    assert_eq!(back.dpia.threshold, a.dpia.threshold);

    let rows = s
        .history(Some((EntityKind::Activity, "hr")))
        .expect("history");
    let last = rows.last().expect("a row for the update");
    let change = |field: &str| {
        last.changes
            .iter()
            .find(|c| c.field == field)
            .unwrap_or_else(|| panic!("history records {field}: {:?}", last.changes))
    };
    assert_eq!(change("dpia.threshold.wp248-monitoring").new, json!(true));
    assert_eq!(change("dpia.threshold.art35-3-b").old, json!(false));

    a = back;
    a.dpia.threshold.insert("wp248-nope".into(), true);
    match s.update_activity(&a) {
        Err(Error::Validation { field, reason }) => {
            assert_eq!(field, "dpia.threshold.wp248-nope");
            assert_eq!(reason.to_string(), "unknown DPIA criterion 'wp248-nope'");
        }
        other => panic!("an unknown criterion is refused: {other:?}"),
    }

    s.delete_activity("hr", s.activity("hr").expect("load").version)
        .expect("the answers go with the activity");
}

#[test]
fn dpia_answers_travel_in_the_interchange_file() {
    let register = populated_store().load().expect("load");
    let text = interchange::to_json(&register).expect("export");
    assert!(text.contains(&format!(
        "\"format_version\": {},",
        interchange::FORMAT_VERSION
    )));
    assert!(
        text.contains("\"wp248-sensitive\": true"),
        "the answers are written"
    );
    let back = interchange::from_json(&text).expect("import");
    assert_eq!(
        back.activities[0].dpia.threshold,
        register.activities[0].dpia.threshold
    );

    // A version-3 file knows no threshold: its activities read unanswered.
    let mut old: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    old["format_version"] = json!(3);
    for a in old["activities"].as_array_mut().expect("activities") {
        a["dpia"].as_object_mut().expect("dpia").remove("threshold");
    }
    let old = interchange::from_json(&old.to_string()).expect("a version-3 file reads");
    assert!(old.activities.iter().all(|a| a.dpia.threshold.is_empty()));

    let mut fresh = store();
    fresh.import(&back, true).expect("import into a register");
    assert_eq!(
        fresh.activity("hr").expect("load").dpia.threshold,
        register.activities[0].dpia.threshold
    );
}

fn contradiction(r: &Register) -> Vec<vvt::checks::Finding> {
    check(r, &catalogs(), date(2026, 11, 27))
        .into_iter()
        .filter(|f| f.rule == RULE)
        .collect()
}

#[test]
fn dpia_not_required_against_the_analysis_is_an_error() {
    let mut r = populated_store().load().expect("load");
    let a = &mut r.activities[0];
    a.dpia.required = Some(false);
    a.dpia.reason = Some("kein hohes Risiko".into());
    a.dpia.threshold = answers(&[("art35-3-c", true)]);
    let found = contradiction(&r);
    assert_eq!(found.len(), 1, "{found:#?}");
    let f = &found[0];
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.field, "dpia.required", "the finding opens the decision");
    assert!(
        f.message_en.contains("Art. 35(3)(c) GDPR"),
        "{}",
        f.message_en
    );
    assert!(f.message_de.contains("Art. 35 Abs. 3 lit. c DSGVO"));

    // Two WP248 criteria are enough.
    r.activities[0].dpia.threshold =
        answers(&[("wp248-sensitive", true), ("wp248-vulnerable", true)]);
    assert_eq!(contradiction(&r).len(), 1, "two WP248 criteria");
}

#[test]
fn dpia_decision_that_agrees_with_the_analysis_is_not_flagged() {
    let c = catalogs();
    let mut r = populated_store().load().expect("load");
    // The populated activity: required, two WP248 criteria.
    assert!(contradiction(&r).is_empty(), "required and required agree");

    let a = &mut r.activities[0];
    a.dpia.required = Some(false);
    a.dpia.threshold = all_no_but(&c, &[("wp248-sensitive", true)]);
    assert!(contradiction(&r).is_empty(), "one criterion: not required");

    r.activities[0].dpia.threshold = answers(&[("wp248-sensitive", true)]);
    assert!(
        contradiction(&r).is_empty(),
        "an unfinished analysis does not overrule a recorded decision"
    );

    r.activities[0].dpia.threshold = answers(&[("dsk-4", true)]);
    r.activities[0].status = ActivityStatus::Retired;
    assert!(
        contradiction(&r).is_empty(),
        "retired processing needs no DPIA"
    );
}

#[test]
fn dpia_analysis_that_requires_one_is_a_sign_for_dpia_undecided() {
    let mut r = populated_store().load().expect("load");
    let a = &mut r.activities[0];
    a.dpia = Dpia {
        threshold: answers(&[("dsk-4", true)]),
        ..Dpia::default()
    };
    a.data_categories.iter_mut().for_each(|c| {
        c.special = false;
        c.criminal = false;
    });
    a.automated_decisions = Some(AutomatedDecisions::None);
    let found: Vec<_> = check(&r, &catalogs(), date(2026, 11, 27))
        .into_iter()
        .filter(|f| f.rule == "dpia-undecided")
        .collect();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].message_en.contains("DSK list no. 4"),
        "{}",
        found[0].message_en
    );
}

/// One case of the file the UI's mirror reads.
#[derive(Serialize)]
struct Case {
    name: &'static str,
    answers: BTreeMap<String, bool>,
    result: DpiaAssessment,
    reason_de: String,
    reason_en: String,
}

#[derive(Serialize)]
struct Cases {
    criteria: Vec<DpiaCriterion>,
    cases: Vec<Case>,
}

#[test]
fn dpia_cases_for_the_editor_match_the_core() {
    let c = catalogs();
    let q = &c.dpia_criteria;
    let inputs: Vec<(&'static str, BTreeMap<String, bool>)> = vec![
        ("nothing answered", BTreeMap::new()),
        ("all no", all_no_but(&c, &[])),
        (
            "one WP248 criterion, rest no",
            all_no_but(&c, &[("wp248-scoring", true)]),
        ),
        (
            "one WP248 criterion, rest open",
            answers(&[("wp248-scoring", true)]),
        ),
        (
            "two WP248 criteria, rest open",
            answers(&[("wp248-monitoring", true), ("wp248-vulnerable", true)]),
        ),
        ("Art. 35(3)(c)", answers(&[("art35-3-c", true)])),
        (
            "DSK no. 11 and one WP248 criterion",
            answers(&[("dsk-11", true), ("wp248-innovative", true)]),
        ),
        (
            "everything yes",
            q.iter().map(|x| (x.code.clone(), true)).collect(),
        ),
        ("unknown code ignored", answers(&[("wp248-nope", true)])),
    ];
    let cases = Cases {
        criteria: q.clone(),
        cases: inputs
            .into_iter()
            .map(|(name, answers)| {
                let result = assess(&answers, q);
                Case {
                    name,
                    reason_de: result.reason(q, Lang::De),
                    reason_en: result.reason(q, Lang::En),
                    answers,
                    result,
                }
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&cases).expect("JSON");
    text.push('\n');
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("ui/src/lib/activity/dpia-threshold-cases.json");
    if std::env::var_os(UPDATE_VAR).is_some() {
        std::fs::write(&path, &text).expect("write the cases");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "{} is out of date; run {UPDATE_VAR}=1 cargo test -p vvt --test integration dpia",
        path.display()
    );
}

#[test]
fn dpia_answers_taken_back_can_be_restored_from_the_history() {
    let mut s = populated_store();
    let last_change = |s: &Store| {
        s.history(Some((EntityKind::Activity, "hr")))
            .expect("history")
            .last()
            .expect("a row")
            .id
    };

    // One answer taken back: the history names it, and it comes back.
    let mut a = s.activity("hr").expect("load");
    a.dpia.threshold.remove("wp248-sensitive");
    let a = s.update_activity(&a).expect("one answer taken back");
    let restored = s
        .restore_value(
            EntityKind::Activity,
            "hr",
            last_change(&s),
            "dpia.threshold.wp248-sensitive",
            a.version,
        )
        .expect("an answer whose key is gone is put back");
    assert_eq!(
        restored["dpia"]["threshold"]["wp248-sensitive"],
        json!(true)
    );

    // All taken back: the map is not written while empty; the history
    // still names each answer, and one comes back into a new map.
    let mut a = s.activity("hr").expect("load");
    a.dpia.threshold.clear();
    let a = s.update_activity(&a).expect("all answers taken back");
    s.restore_value(
        EntityKind::Activity,
        "hr",
        last_change(&s),
        "dpia.threshold.wp248-vulnerable",
        a.version,
    )
    .expect("an answer of an emptied analysis is put back");
    assert_eq!(
        s.activity("hr").expect("load").dpia.threshold,
        answers(&[("wp248-vulnerable", true)])
    );
}

#[test]
fn dpia_register_print_shows_the_result_and_the_yes_answers() {
    use crate::print_support::{gappy_register, options, pdf_text, print, squeeze};
    use vvt::register_print;

    // The gappy register's first activity: Art. 35(3)(c) and WP248 3 and 5
    // answered yes, DSK no. 4 no.
    let de = print(&gappy_register(), &options(Lang::De));
    let md = register_print::to_markdown(&de);
    assert!(
        md.contains(
            "Schwellwertanalyse: DSFA erforderlich (Art. 35 Abs. 3 lit. c DSGVO; 2 Kriterien nach WP 248 erfüllt (3, 5))"
        ),
        "the derived result with its reason"
    );
    assert!(md.contains(
        "Zutreffend: Art. 35 Abs. 3 lit. c DSGVO – Systematische umfangreiche Überwachung"
    ));
    assert!(md.contains("Zutreffend: WP 248 Kriterium 5 – Datenverarbeitung in großem Umfang"));
    assert!(!md.contains("DSK-Liste Nr. 4"), "a 'no' is not printed");

    let en = print(&gappy_register(), &options(Lang::En));
    let html = register_print::to_html(&en);
    assert!(html.contains(
        "Threshold analysis: DPIA required (Art. 35(3)(c) GDPR; 2 WP248 criteria met (3, 5))"
    ));
    assert!(html.contains("Met: WP248 criterion 3 – Systematic monitoring"));

    let pdf = squeeze(&pdf_text(&register_print::to_pdf(&de).expect("typesets")));
    assert!(
        pdf.contains("Schwellwertanalyse:DSFAerforderlich(Art.35Abs.3lit.cDSGVO"),
        "the PDF prints it too"
    );
}
