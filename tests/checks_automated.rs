//! The rules on automated individual decisions (Art. 22 GDPR): an Art. 22(2)
//! exception among the activity's legal bases, Art. 9(2)(a) or (g) where
//! special categories are involved (22(4)), and the consequences the notice
//! must explain (13(2)(f), 14(2)(g)). The baseline's activity "hr" decides
//! automatically on a contract (Art. 6(1)(b)), holds health data and has
//! explicit consent (Art. 9(2)(a)) on its second purpose.

use crate::checks::{clean, fires, hr, silent, ACT};
use crate::common::{date, store};

use vvt::checks::Severity;
use vvt::notice::{build, NoticeOptions};
use vvt::*;

const NO_EXCEPTION: &str = "automated-decision-no-exception";
const SPECIAL: &str = "automated-decision-special-data";
const CONSEQUENCES: &str = "automated-decision-consequences-missing";

/// The baseline with no legal basis left that stands for an Art. 22(2)
/// exception: purpose 0 on legitimate interests (with its Art. 9 and 10
/// conditions), purpose 1 on legitimate interests only.
fn without_exception() -> Register {
    let mut r = clean();
    let a = hr(&mut r);
    a.purposes[0].legal_bases = vec![
        "art6-1-f".into(),
        "bdsg-26".into(),
        "art9-2-b".into(),
        "art10".into(),
    ];
    a.purposes[0].legitimate_interests = Some("Personalplanung".into());
    a.purposes[1].legal_bases = vec!["art6-1-f".into()];
    r
}

fn used(consequences: Option<&str>) -> Option<AutomatedDecisions> {
    Some(AutomatedDecisions::Used {
        logic: "Punktwert aus Qualifikationen".into(),
        consequences: consequences.map(str::to_owned),
        decisions: vec![],
    })
}

#[test]
fn automated_decision_without_an_art22_exception() {
    let r = without_exception();
    let f = fires(&r, NO_EXCEPTION, ACT, "hr", "automated_decisions");
    assert_eq!(
        f.severity,
        Severity::Warning,
        "an exception may exist that the legal bases do not show"
    );
    assert!(
        f.source_de.contains("Art. 22 Abs. 1, 2") && f.source_en.contains("Art. 22(1), (2)"),
        "{f:#?}"
    );
    for (lang, hint, words) in [
        (
            "de",
            &f.hint_de,
            ["Vertrag", "Vorschrift", "ausdrücklich eingewilligt"],
        ),
        ("en", &f.hint_en, ["contract", "law", "explicit consent"]),
    ] {
        for word in words {
            assert!(
                hint.contains(word),
                "the {lang} hint explains the three exceptions ({word}): {hint}"
            );
        }
    }

    // Each basis that stands for an exception clears it: (a) contract,
    // (b) law — 6(1)(c), (e) and "other" with the provision in its note —
    // and (c) consent, where plain Art. 6(1)(a) counts because the catalog
    // cannot mark consent to ordinary data as explicit.
    for code in [
        "art6-1-b", "art6-1-c", "art6-1-e", "other", "art6-1-a", "art9-2-a",
    ] {
        let mut r = without_exception();
        hr(&mut r).purposes[1].legal_bases.push(code.into());
        silent(&r, NO_EXCEPTION);
    }
    // Bases that do not: vital interests, national law that neither
    // concerns the decision nor stands alone, other Art. 9(2) conditions.
    for code in [
        "art6-1-d", "tdddg-25", "bdsg-22", "art9-2-b", "art9-2-g", "unknown",
    ] {
        let mut r = without_exception();
        hr(&mut r).purposes[1].legal_bases.push(code.into());
        fires(&r, NO_EXCEPTION, ACT, "hr", "automated_decisions");
    }

    let mut none = without_exception();
    hr(&mut none).automated_decisions = Some(AutomatedDecisions::None);
    silent(&none, NO_EXCEPTION);
    hr(&mut none).automated_decisions = None; // automated-decisions-not-recorded's case
    silent(&none, NO_EXCEPTION);
    silent(&clean(), NO_EXCEPTION);
}

#[test]
fn automated_decision_on_special_categories_without_art9_2_a_or_g() {
    let mut r = clean();
    hr(&mut r).purposes[1]
        .legal_bases
        .retain(|b| b != "art9-2-a");
    let f = fires(&r, SPECIAL, ACT, "hr", "automated_decisions");
    assert_eq!(f.severity, Severity::Error, "Art. 22(4) is a prohibition");
    assert!(
        f.message_de.contains("„Gesundheitsdaten“") && f.message_en.contains("'Gesundheitsdaten'"),
        "names the special categories: {f:#?}"
    );
    assert!(
        f.source_en.contains("Art. 22(4)") && f.source_de.contains("Art. 22 Abs. 4"),
        "{f:#?}"
    );
    // Art. 9(2)(b) satisfies Art. 9, not Art. 22(4).
    silent(&r, "special-data-no-art9");
    // Nor does § 22(1) BDSG.
    let mut bdsg = r.clone();
    hr(&mut bdsg).purposes[0].legal_bases.push("bdsg-22".into());
    fires(&bdsg, SPECIAL, ACT, "hr", "automated_decisions");

    let mut public_interest = r.clone();
    hr(&mut public_interest).purposes[0]
        .legal_bases
        .push("art9-2-g".into());
    silent(&public_interest, SPECIAL);

    let mut ordinary = r.clone();
    for c in &mut hr(&mut ordinary).data_categories {
        c.special = false;
    }
    silent(&ordinary, SPECIAL);

    let mut no_decision = r.clone();
    hr(&mut no_decision).automated_decisions = Some(AutomatedDecisions::None);
    silent(&no_decision, SPECIAL);
    silent(&clean(), SPECIAL);
}

#[test]
fn automated_decision_without_consequences() {
    let mut r = clean();
    hr(&mut r).automated_decisions = used(None);
    let f = fires(
        &r,
        CONSEQUENCES,
        ACT,
        "hr",
        "automated_decisions.consequences",
    );
    assert_eq!(
        f.severity,
        Severity::Warning,
        "a notice item, as the others"
    );
    assert!(
        f.source_en.contains("Art. 13(2)(f), 14(2)(g)"),
        "{}",
        f.source_en
    );
    hr(&mut r).automated_decisions = used(Some("  "));
    fires(
        &r,
        CONSEQUENCES,
        ACT,
        "hr",
        "automated_decisions.consequences",
    );
    // In no notice, an activity owes no notice item.
    let mut exempt = r.clone();
    hr(&mut exempt).information = Information::Exempt {
        ground: InformationExemption::ProfessionalSecrecy,
        explanation: "Mandatsgeheimnis".into(),
    };
    silent(&exempt, CONSEQUENCES);

    // The notice reports the same gap at the same field.
    let catalogs = store().catalogs().clone();
    let notice = build(
        &r,
        &catalogs,
        &NoticeOptions::new(Lang::De, date(2026, 11, 27)),
    );
    assert!(
        notice.missing.iter().any(|m| {
            m.activity.as_deref() == Some("hr") && m.field == "automated_decisions.consequences"
        }),
        "checks list what the notice marks as missing: {:#?}",
        notice.missing
    );

    hr(&mut r).automated_decisions = used(Some("Ablehnung der Bewerbung"));
    silent(&r, CONSEQUENCES);
    hr(&mut r).automated_decisions = Some(AutomatedDecisions::None);
    silent(&r, CONSEQUENCES);
    silent(&clean(), CONSEQUENCES);
}
