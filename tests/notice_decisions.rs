//! The Art. 22 statement and the cookie table of the notice, rendered from
//! the structure of issue 23: each automated decision with its effect,
//! exception and safeguards (Art. 13(2)(f)), and each cookie or embedded
//! service with its ground under § 25 TDDDG.

use crate::notice_support::*;

use vvt::example::WEBEX;
use vvt::notice::{render_html, render_markdown, render_pdf};
use vvt::*;

/// Webex with two automated decisions and a cookie table.
fn register() -> Register {
    let mut r = complete_register();
    let a = r
        .activities
        .iter_mut()
        .find(|a| a.key == WEBEX)
        .expect("webex");
    a.automated_decisions = Some(AutomatedDecisions::Used {
        logic: "Ein Punktwert aus Anmeldedaten und Teilnahmehistorie".into(),
        consequences: Some("Wer unter dem Schwellenwert liegt, wird nicht zugelassen".into()),
        decisions: vec![
            AutomatedDecision {
                decision: "Zulassung zu einem kostenpflichtigen Webinar".into(),
                effect: DecisionEffect::Legal,
                consequences: Some("ohne Zulassung kein Vertragsschluss".into()),
                purpose: None,
                exception: Some(DecisionException::Contract),
                exception_note: None,
                safeguards: DecisionSafeguard::ALL.to_vec(),
                safeguards_note: Some("Eine E-Mail an die Webinar-Leitung genügt".into()),
            },
            AutomatedDecision {
                decision: "Sperre nach wiederholten Störungen".into(),
                effect: DecisionEffect::SimilarlySignificant,
                consequences: None,
                purpose: None,
                exception: Some(DecisionException::Law),
                exception_note: Some("§ 31 BDSG".into()),
                safeguards: vec![],
                safeguards_note: None,
            },
        ],
    });
    a.embeds = vec![
        Embed {
            name: "webex_session".into(),
            kind: EmbedKind::Cookie,
            provider: None,
            purpose: "Anmeldung im Meeting halten".into(),
            access: EmbedAccess::StrictlyNecessary,
            before_consent: true,
            duration: Some("Sitzung".into()),
            country: None,
        },
        Embed {
            name: "Videoeinbindung".into(),
            kind: EmbedKind::Embed,
            provider: Some("Video GmbH | Co".into()),
            purpose: "Aufzeichnungen abspielen".into(),
            access: EmbedAccess::Consent,
            before_consent: false,
            duration: Some("13 Monate".into()),
            country: Some("US".into()),
        },
    ];
    r
}

/// The part of the Webex section from its automated decisions to its end.
fn part(md: &str) -> String {
    let webex = md
        .split("\n## ")
        .find(|s| {
            s.starts_with("Online-Meetings mit Cisco Webex")
                || s.starts_with("Online meetings with Cisco Webex")
        })
        .expect("the Webex section");
    let from = webex
        .find("### Automatisierte")
        .or_else(|| webex.find("### Automated"))
        .expect("the automated decisions");
    webex[from..].to_owned()
}

#[test]
fn the_art22_statement_and_the_cookie_table_from_the_structure() {
    let r = register();
    for lang in [Lang::De, Lang::En] {
        let md = render_markdown(&notice(&r, lang)).expect("renders");
        insta::assert_snapshot!(format!("decisions_embeds_{}", lang.code()), part(&md));
    }
    let md = part(&render_markdown(&notice(&r, Lang::De)).expect("renders"));
    for words in [
        "1. Entscheidung: Zulassung zu einem kostenpflichtigen Webinar.",
        "Grundlage der Entscheidung: erforderlich für den Abschluss oder die Erfüllung eines Vertrags (Art. 22 Abs. 2 lit. a DSGVO).",
        "Sie haben das Recht, das Eingreifen einer Person auf unserer Seite zu erwirken, Ihren Standpunkt darzulegen und die Entscheidung anzufechten (Art. 22 Abs. 3 DSGVO).",
        "Grundlage der Entscheidung: durch Rechtsvorschriften der Union oder eines Mitgliedstaats zugelassen (Art. 22 Abs. 2 lit. b DSGVO): § 31 BDSG.",
        "| webex\\_session | Cookie | wir selbst |",
        "Video GmbH \\| Co",
        "Vereinigte Staaten (US)",
    ] {
        assert!(md.contains(words), "{words}\n{md}");
    }
    // The generic Art. 22(3) sentence gives way to the recorded safeguards.
    assert!(!md.contains("Ist eine solche Entscheidung"), "{md}");
    // Something needs consent and waits for it: the notice may say so.
    assert!(md.contains("erst, nachdem Sie eingewilligt haben"), "{md}");
}

#[test]
fn the_notice_does_not_claim_consent_comes_first_when_it_does_not() {
    let mut r = register();
    let a = r
        .activities
        .iter_mut()
        .find(|a| a.key == WEBEX)
        .expect("webex");
    a.embeds[1].before_consent = true;
    let md = part(&render_markdown(&notice(&r, Lang::De)).expect("renders"));
    assert!(!md.contains("erst, nachdem Sie eingewilligt haben"), "{md}");
    assert!(md.contains("Cookie-Einstellungen ändern"), "{md}");
    // The check reports it, and the notice shows the finding.
    let findings = vvt::checks::check(&r, &catalogs(), stand());
    assert!(findings.iter().any(|f| f.rule == "embed-before-consent"));
}

#[test]
fn the_table_is_a_table_in_html_and_typesets_in_pdf() {
    let n = notice(&register(), Lang::En);
    let html = render_html(&n).expect("renders");
    assert!(html.contains("<table class=\"embeds\">"), "{html}");
    assert!(html.contains("<td>Video GmbH | Co</td>"));
    assert!(html.contains("<th>Storage period</th>"));
    let pdf = render_pdf(&n).expect("typesets");
    assert!(pdf.starts_with(b"%PDF"));
}
