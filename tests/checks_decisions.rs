//! The rules on structure of issue 23: automated decisions one by one
//! (Art. 22(2), (3) GDPR per decision) and the cookie and embed table of an
//! activity (§ 25 TDDDG, Chapter V GDPR). The baseline's activity "hr" has a
//! contract purpose (0, Art. 6(1)(b)) and a newsletter purpose (1, Art.
//! 6(1)(a), 6(1)(f), 9(2)(a)) and a transfer to the US.

use crate::checks::{clean, fires, hr, silent, ACT};

use vvt::checks::Severity;
use vvt::*;

const EXCEPTION_MISSING: &str = "automated-decision-exception-missing";
const SAFEGUARDS: &str = "automated-decision-safeguards-missing";
const LEGITIMATE_INTEREST: &str = "automated-decision-legitimate-interest";
const ELSEWHERE: &str = "automated-decision-exception-other-purpose";
const NO_EXCEPTION: &str = "automated-decision-no-exception";
const BEFORE_CONSENT: &str = "embed-before-consent";
const NOT_NECESSARY: &str = "embed-not-strictly-necessary";
const TRANSFER_MISSING: &str = "embed-transfer-not-recorded";
const JOINT: &str = "embed-joint-control";

/// A decision of the contract purpose with every Art. 22(3) safeguard.
fn decision() -> AutomatedDecision {
    AutomatedDecision {
        decision: "Vorauswahl der Bewerbungen".into(),
        effect: DecisionEffect::SimilarlySignificant,
        consequences: Some("Absage ohne Gespräch".into()),
        purpose: Some("Durchführung des Arbeitsverhältnisses".into()),
        exception: Some(DecisionException::Contract),
        exception_note: None,
        safeguards: DecisionSafeguard::ALL.to_vec(),
        safeguards_note: None,
    }
}

fn with(d: AutomatedDecision) -> Register {
    let mut r = clean();
    if let Some(AutomatedDecisions::Used { decisions, .. }) = &mut hr(&mut r).automated_decisions {
        decisions.push(d);
    }
    r
}

const DECISION_RULES: [&str; 5] = [
    EXCEPTION_MISSING,
    SAFEGUARDS,
    LEGITIMATE_INTEREST,
    ELSEWHERE,
    NO_EXCEPTION,
];

#[test]
fn a_complete_decision_raises_nothing() {
    let r = with(decision());
    for rule in DECISION_RULES {
        silent(&r, rule);
    }
}

#[test]
fn a_decision_without_its_exception() {
    let r = with(AutomatedDecision {
        exception: None,
        ..decision()
    });
    let f = fires(
        &r,
        EXCEPTION_MISSING,
        ACT,
        "hr",
        "automated_decisions.decisions[0].exception",
    );
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message_de.contains("Vorauswahl der Bewerbungen"),
        "{f:#?}"
    );
    silent(&r, SAFEGUARDS);
}

#[test]
fn a_decision_on_contract_or_consent_without_the_art22_3_safeguards() {
    let r = with(AutomatedDecision {
        safeguards: vec![DecisionSafeguard::Contest],
        ..decision()
    });
    let f = fires(
        &r,
        SAFEGUARDS,
        ACT,
        "hr",
        "automated_decisions.decisions[0].safeguards",
    );
    assert_eq!(f.severity, Severity::Error);
    assert!(
        f.message_de
            .contains("Eingreifen einer Person und Darlegung des Standpunkts")
            && !f.message_de.contains("Anfechtung"),
        "names what is missing, not what is there: {}",
        f.message_de
    );
    assert!(
        f.message_en.contains("human intervention"),
        "{}",
        f.message_en
    );

    // Consent needs them as well; a law lays down its own measures.
    let consent = with(AutomatedDecision {
        purpose: Some("Newsletter".into()),
        exception: Some(DecisionException::ExplicitConsent),
        safeguards: vec![],
        ..decision()
    });
    fires(
        &consent,
        SAFEGUARDS,
        ACT,
        "hr",
        "automated_decisions.decisions[0].safeguards",
    );
    let mut law = with(AutomatedDecision {
        exception: Some(DecisionException::Law),
        exception_note: Some("§ 31 BDSG".into()),
        safeguards: vec![],
        ..decision()
    });
    hr(&mut law).purposes[0].legal_bases.push("art6-1-c".into());
    silent(&law, SAFEGUARDS);
    silent(&law, ELSEWHERE);
}

#[test]
fn the_exception_must_stand_on_the_decisions_own_purpose() {
    // The newsletter purpose rests on consent and legitimate interests, not
    // on a contract: a legitimate interest never carries Art. 22.
    let r = with(AutomatedDecision {
        purpose: Some("Newsletter".into()),
        ..decision()
    });
    let f = fires(
        &r,
        LEGITIMATE_INTEREST,
        ACT,
        "hr",
        "purposes[1].legal_bases",
    );
    assert_eq!(f.severity, Severity::Error);
    silent(&r, ELSEWHERE);

    // Without the legitimate interest the purpose simply lacks the basis.
    let mut r = with(AutomatedDecision {
        purpose: Some("Newsletter".into()),
        ..decision()
    });
    hr(&mut r).purposes[1].legal_bases = vec!["art6-1-a".into(), "art9-2-a".into()];
    fires(&r, ELSEWHERE, ACT, "hr", "purposes[1].legal_bases");
    silent(&r, LEGITIMATE_INTEREST);

    // A decision that names no purpose needs the basis on some purpose.
    let mut r = with(AutomatedDecision {
        purpose: None,
        ..decision()
    });
    silent(&r, ELSEWHERE);
    hr(&mut r).purposes[0]
        .legal_bases
        .retain(|b| b != "art6-1-b");
    fires(
        &r,
        ELSEWHERE,
        ACT,
        "hr",
        "automated_decisions.decisions[0].purpose",
    );
}

#[test]
fn listed_decisions_replace_the_activity_wide_rule() {
    // No purpose cites an exception: the activity-wide rule speaks while
    // the decisions are not listed, the per-decision rules once they are.
    let mut r = clean();
    for p in &mut hr(&mut r).purposes {
        p.legal_bases
            .retain(|b| !["art6-1-b", "art6-1-a", "art9-2-a"].contains(&b.as_str()));
    }
    fires(&r, NO_EXCEPTION, ACT, "hr", "automated_decisions");
    if let Some(AutomatedDecisions::Used { decisions, .. }) = &mut hr(&mut r).automated_decisions {
        decisions.push(decision());
    }
    silent(&r, NO_EXCEPTION);
    fires(&r, ELSEWHERE, ACT, "hr", "purposes[0].legal_bases");
}

fn embed(access: EmbedAccess, before_consent: bool) -> Embed {
    Embed {
        name: "Kartendienst".into(),
        kind: EmbedKind::Embed,
        provider: Some("Karten AG".into()),
        purpose: "Anfahrtskarte anzeigen".into(),
        access,
        before_consent,
        duration: None,
        country: None,
    }
}

fn with_embed(e: Embed) -> Register {
    let mut r = clean();
    hr(&mut r).embeds = vec![e];
    r
}

#[test]
fn a_lawful_embed_table_raises_nothing() {
    for e in [
        embed(EmbedAccess::Consent, false),
        embed(EmbedAccess::StrictlyNecessary, true),
        Embed {
            country: Some("US".into()), // hr records a transfer to the US
            ..embed(EmbedAccess::Consent, false)
        },
    ] {
        let r = with_embed(e);
        for rule in [BEFORE_CONSENT, NOT_NECESSARY, TRANSFER_MISSING] {
            silent(&r, rule);
        }
    }
}

#[test]
fn what_needs_consent_is_loaded_before_it() {
    let r = with_embed(embed(EmbedAccess::Consent, true));
    let f = fires(&r, BEFORE_CONSENT, ACT, "hr", "embeds[0].before_consent");
    assert_eq!(f.severity, Severity::Error);
    assert!(f.message_de.contains("Kartendienst"), "{}", f.message_de);
}

#[test]
fn reach_measurement_is_not_strictly_necessary() {
    let r = with_embed(Embed {
        name: "Matomo".into(),
        purpose: "Reichweitenmessung der Website".into(),
        ..embed(EmbedAccess::StrictlyNecessary, false)
    });
    let f = fires(&r, NOT_NECESSARY, ACT, "hr", "embeds[0].access");
    assert!(
        f.message_de.contains("reichweitenmessung"),
        "{}",
        f.message_de
    );
    let r = with_embed(Embed {
        purpose: "Reichweitenmessung der Website".into(),
        ..embed(EmbedAccess::Consent, false)
    });
    silent(&r, NOT_NECESSARY);
}

#[test]
fn a_third_country_of_the_table_is_a_transfer_to_record() {
    let r = with_embed(Embed {
        country: Some("IN".into()),
        ..embed(EmbedAccess::Consent, false)
    });
    let f = fires(&r, TRANSFER_MISSING, ACT, "hr", "embeds[0].country");
    assert!(f.message_de.contains("Indien"), "{}", f.message_de);
}

#[test]
fn an_embedded_service_of_an_independent_controller_is_joint_control_by_structure() {
    // The example's Gravatar: take every word that says "embedded" out of
    // the texts; the embed table alone still shows the call.
    let mut r = vvt::example::example_register();
    let jitsi = r
        .activities
        .iter_mut()
        .find(|a| a.key == vvt::example::JITSI)
        .expect("jitsi");
    for rec in &mut jitsi.recipients {
        rec.description = Some("Dienstleister".into());
        rec.note = None;
    }
    for t in &mut jitsi.transfers {
        t.note = None;
    }
    for p in &mut r.parties {
        p.notes = None;
    }
    let f = fires(&r, JOINT, ACT, vvt::example::JITSI, "recipients[0].role");
    assert!(f.message_de.contains("„Gravatar“"), "{}", f.message_de);
    r.activities
        .iter_mut()
        .find(|a| a.key == vvt::example::JITSI)
        .expect("jitsi")
        .embeds
        .clear();
    silent(&r, JOINT);
}
