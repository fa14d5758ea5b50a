//! Automated decisions one by one and the cookie and embed table (issue
//! 23): stored and read back, in the history, through the JSON interchange
//! byte for byte, validated with the field named, read from the spreadsheet
//! import and printed in the register print.

use crate::common::*;
use crate::print_support::{activities, lines, options, print};
use vvt::*;

fn decision() -> AutomatedDecision {
    AutomatedDecision {
        decision: "Vorauswahl <b>Bewerbungen</b>".into(),
        effect: DecisionEffect::SimilarlySignificant,
        consequences: Some("Absage ohne Gespräch".into()),
        purpose: Some("Durchführung des Arbeitsverhältnisses".into()),
        exception: Some(DecisionException::Contract),
        exception_note: Some("Arbeitsvertrag".into()),
        // Not in catalog order: the order given is kept.
        safeguards: vec![
            DecisionSafeguard::Contest,
            DecisionSafeguard::HumanIntervention,
            DecisionSafeguard::ExpressView,
        ],
        safeguards_note: Some("per E-Mail an die Personalabteilung".into()),
    }
}

/// The populated register with a listed decision on "hr".
fn with_decision() -> Store {
    let mut s = populated_store();
    let mut a = s.activity("hr").expect("load");
    if let Some(AutomatedDecisions::Used { decisions, .. }) = &mut a.automated_decisions {
        decisions.push(decision());
        decisions.push(AutomatedDecision {
            decision: "Sperre".into(),
            exception: None,
            safeguards: vec![],
            ..AutomatedDecision::default()
        });
    }
    s.update_activity(&a).expect("save");
    s
}

fn decisions(a: &ProcessingActivity) -> &[AutomatedDecision] {
    match &a.automated_decisions {
        Some(AutomatedDecisions::Used { decisions, .. }) => decisions,
        other => panic!("decisions used expected: {other:?}"),
    }
}

#[test]
fn decisions_and_embeds_are_stored_and_in_the_history() {
    let s = with_decision();
    let a = s.activity("hr").expect("load");
    assert_eq!(decisions(&a).len(), 2);
    assert_eq!(
        decisions(&a)[0],
        decision(),
        "read back as saved, order kept"
    );
    assert_eq!(decisions(&a)[1].effect, DecisionEffect::Legal);
    assert_eq!(a.embeds.len(), 2, "the fixture's cookie and map");
    assert_eq!(a.embeds[1].country.as_deref(), Some("US"));
    let history = s.history(None).expect("history");
    let last = history.last().expect("a history row");
    assert!(
        serde_json::to_string(&last.changes)
            .expect("json")
            .contains("Vorauswahl"),
        "the change is recorded: {:?}",
        last.changes
    );
}

#[test]
fn decisions_and_embeds_round_trip_through_json_byte_for_byte() {
    let s = with_decision();
    let first = interchange::to_json(&s.load().expect("load")).expect("export");
    assert!(first.contains("\"embeds\""), "the format carries the table");
    assert!(first.contains("\"safeguards\": [\n"), "and the safeguards");
    let mut fresh = store();
    fresh
        .import(&interchange::from_json(&first).expect("parses"), false)
        .expect("imports");
    let second = interchange::to_json(&fresh.load().expect("load")).expect("export");
    assert_eq!(second, first);
}

#[test]
fn a_version_6_file_without_the_new_fields_still_reads() {
    let s = populated_store();
    let json = interchange::to_json(&s.load().expect("load")).expect("export");
    let mut v: serde_json::Value = serde_json::from_str(&json).expect("json");
    v["format_version"] = 6.into();
    for a in v["activities"].as_array_mut().expect("activities") {
        a.as_object_mut().expect("object").remove("embeds");
        if let Some(adm) = a["automated_decisions"].as_object_mut() {
            adm.remove("decisions");
        }
    }
    let r = interchange::from_json(&v.to_string()).expect("a version-6 file reads");
    assert!(r.activities.iter().all(|a| a.embeds.is_empty()));
}

fn refused(s: &mut Store, a: &ProcessingActivity, field: &str, words: &str) {
    let before = interchange::to_json(&s.load().expect("load")).expect("export");
    match s.update_activity(a) {
        Err(Error::Validation { field: f, reason }) => {
            assert_eq!(f, field, "{reason}");
            assert!(reason.to_string().contains(words), "{reason}");
        }
        other => panic!("{field} must be refused: {other:?}"),
    }
    let after = interchange::to_json(&s.load().expect("load")).expect("export");
    assert_eq!(after, before, "the register is exactly as it was");
}

#[test]
fn bad_decisions_are_refused_at_their_field() {
    let mut s = populated_store();
    let base = s.activity("hr").expect("load");
    let with = |d: AutomatedDecision| {
        let mut a = base.clone();
        if let Some(AutomatedDecisions::Used { decisions, .. }) = &mut a.automated_decisions {
            decisions.push(d);
        }
        a
    };
    let a = with(AutomatedDecision {
        purpose: Some("Gibt es nicht".into()),
        ..decision()
    });
    refused(
        &mut s,
        &a,
        "automated_decisions.decisions[0].purpose",
        "no purpose 'Gibt es nicht'",
    );
    let a = with(AutomatedDecision {
        decision: "  ".into(),
        ..decision()
    });
    refused(
        &mut s,
        &a,
        "automated_decisions.decisions[0].decision",
        "required",
    );
    let a = with(AutomatedDecision {
        safeguards: vec![DecisionSafeguard::Contest, DecisionSafeguard::Contest],
        ..decision()
    });
    refused(
        &mut s,
        &a,
        "automated_decisions.decisions[0].safeguards[1]",
        "twice",
    );
    let a = with(AutomatedDecision {
        exception_note: Some("x".repeat(20_001)),
        ..decision()
    });
    refused(
        &mut s,
        &a,
        "automated_decisions.decisions[0].exception_note",
        "long",
    );
}

#[test]
fn bad_embeds_are_refused_at_their_field() {
    let mut s = populated_store();
    let base = s.activity("hr").expect("load");
    let mut a = base.clone();
    a.embeds[1].country = Some("FR".into());
    refused(&mut s, &a, "embeds[1].country", "EEA");
    let mut a = base.clone();
    a.embeds[1].country = Some("XX".into());
    refused(&mut s, &a, "embeds[1].country", "unknown country code 'XX'");
    let mut a = base.clone();
    a.embeds[1].purpose = " ".into();
    refused(&mut s, &a, "embeds[1].purpose", "required");
    let mut a = base.clone();
    a.embeds.push(a.embeds[0].clone());
    refused(&mut s, &a, "embeds[2].name", "twice");
    // A lower-case country code is the same country.
    let mut a = base.clone();
    a.embeds[1].country = Some("us".into());
    s.update_activity(&a).expect("saved");
    assert_eq!(
        s.activity("hr").expect("load").embeds[1].country.as_deref(),
        Some("US")
    );
}

#[test]
fn the_register_print_lists_decisions_and_embeds() {
    let s = with_decision();
    let r = s.load().expect("load");
    let p = print(&r, &options(Lang::De));
    let hr = activities(&p)
        .iter()
        .find(|e| e.key == "hr")
        .expect("hr printed");
    let labels: Vec<&str> = hr.items.iter().map(|i| i.label.as_str()).collect();
    assert!(labels.contains(&"Automatisierte Entscheidungen (Art. 22 DSGVO)"));
    assert!(labels.contains(&"Cookies und eingebundene Dienste (§ 25 TDDDG)"));
    let text = lines(hr).join("\n");
    for words in [
        "Vorauswahl <b>Bewerbungen</b> (erhebliche Beeinträchtigung in ähnlicher Weise)",
        "Schutzmaßnahmen (Art. 22 Abs. 3): Anfechtung der Entscheidung, Eingreifen einer Person",
        "Sperre (rechtliche Wirkung); Ausnahme: nicht erfasst",
        "session (Cookie, eigener): Anmeldung im Bewerberportal halten; unbedingt erforderlich",
        "; wird vor der Einwilligung geladen",
        "Karte (eingebundener Dienst, Karten & Co)",
        "Drittland: Vereinigte Staaten (US)",
    ] {
        assert!(text.contains(words), "{words}\n{text}");
    }
    let en = print(&r, &options(Lang::En));
    let hr = activities(&en)
        .iter()
        .find(|e| e.key == "hr")
        .expect("hr printed");
    assert!(hr
        .items
        .iter()
        .any(|i| i.label == "Cookies and embedded services (Section 25 TDDDG)"));
    let text: Vec<String> = hr
        .items
        .iter()
        .flat_map(|i| match &i.value {
            register_print::Value::Text(l) => l.iter().map(|l| l.plain(Lang::En)).collect(),
            _ => Vec::new(),
        })
        .collect();
    assert!(
        text.join("\n").contains("; loaded before consent"),
        "{text:?}"
    );
}

fn import(store: &mut Store, csv: &str) -> Result<Vec<ProcessingActivity>, Vec<String>> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("r.csv");
    std::fs::write(&path, csv).expect("write");
    let r = import_table::read_file(&path, store).expect("reads");
    if !r.errors.is_empty() {
        return Err(r.errors.iter().map(|e| e.message(Lang::De)).collect());
    }
    import_table::store(store, &r).expect("stored");
    Ok(r.activities)
}

#[test]
fn the_spreadsheet_import_reads_embeds_and_decisions() {
    let mut s = store();
    let imported = import(
        &mut s,
        "Bezeichnung;Zwecke;Rechtsgrundlagen;Cookies und Dienste;Automatisierte Entscheidungen;Logik der Entscheidungen\n\
         Website;Vertragsabschluss im Shop;Art. 6 Abs. 1 lit. b DSGVO;\"Matomo | Cookie | wir selbst | Reichweitenmessung | Einwilligung | nein | 13 Monate\n\
         Karte | eingebundener Dienst | Karten AG | Anfahrt | Einwilligung | nein | - | USA\";\
         \"Kauf auf Rechnung | rechtlich | Vertrag | Eingreifen, Standpunkt, Anfechtung\";Bonitätswert aus Zahlungshistorie\n",
    )
    .expect("no errors");
    let a = &imported[0];
    assert_eq!(a.embeds.len(), 2);
    assert_eq!(
        a.embeds[0].provider, None,
        "'wir selbst' is the first party"
    );
    assert_eq!(a.embeds[0].duration.as_deref(), Some("13 Monate"));
    assert_eq!(a.embeds[1].kind, EmbedKind::Embed);
    assert_eq!(a.embeds[1].country.as_deref(), Some("US"));
    assert_eq!(a.embeds[1].duration, None, "a dash is nothing");
    let d = decisions(a);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].exception, Some(DecisionException::Contract));
    assert_eq!(d[0].safeguards, DecisionSafeguard::ALL);
    // What was stored is what a JSON export then carries.
    let stored = s.activity(&a.key).expect("stored");
    assert_eq!(stored.embeds, a.embeds);

    let errors = import(
        &mut s,
        "Bezeichnung;Cookies und Dienste;Automatisierte Entscheidungen\n\
         Eins;Matomo | Kuchen | wir selbst | Messung | Einwilligung;\"Kauf | rechtlich | Bauchgefühl | Anfechtung\"\n\
         Zwei;Nur ein Name;\n",
    )
    .expect_err("refused");
    assert_eq!(errors.len(), 4, "{errors:?}");
    let has = |start: &str, words: &str| {
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with(start) && e.contains(words)),
            "{start} … {words}: {errors:?}"
        )
    };
    has(
        "Zeile 2, Spalte „Cookies und Dienste“: Zeile 1 der Zelle:",
        "unbekannte Angabe „Kuchen“ für die Art",
    );
    has(
        "Zeile 2, Spalte „Automatisierte Entscheidungen“",
        "unbekannte Angabe „Bauchgefühl“ für die Ausnahme",
    );
    // The file has no logic column: the row is named, and the column to add.
    has("Zeile 2:", "Spalte „Logik der Entscheidungen“");
    has("Zeile 3, Spalte „Cookies und Dienste“", "zu wenige Angaben");
    assert_eq!(s.activities().expect("list").len(), 1, "nothing stored");
}
