//! The public notice of the example register: snapshots in both languages,
//! every fact of the seed notice, the HTML page's shape and the PDF.

use crate::common;
use crate::notice_support;

use notice_support::*;
use vvt::example::example_register;
use vvt::notice::{self, render_html, render_markdown, render_pdf, NoticeOptions};
use vvt::Lang;

#[test]
fn example_notice_snapshots() {
    let register = example_register();
    for lang in [Lang::De, Lang::En] {
        let n = notice(&register, lang);
        let code = lang.code();
        insta::assert_snapshot!(
            format!("example_{code}_md"),
            render_markdown(&n).expect("markdown renders")
        );
        insta::assert_snapshot!(
            format!("example_{code}_html"),
            render_html(&n).expect("html renders")
        );
    }
}

/// The section of a Markdown notice under the `## title` heading.
fn section<'a>(md: &'a str, title: &str) -> &'a str {
    let start = md
        .find(&format!("\n## {title}\n"))
        .unwrap_or_else(|| panic!("the notice has a section '{title}'"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    &rest[..end]
}

fn assert_states(text: &str, facts: &[&str], where_: &str) {
    for fact in facts {
        assert!(
            text.contains(fact),
            "the German notice must state '{fact}' in {where_}, as the seed notice does"
        );
    }
}

#[test]
fn german_notice_states_every_fact_of_the_seed_notice() {
    let md = render_markdown(&notice(&example_register(), Lang::De)).expect("renders");
    assert_states(
        &md,
        &[
            "Integrata Cegos GmbH",
            "Zettachring 4",
            "70567 Stuttgart",
            "datenschutz@integrata-cegos.de",
            "Stand: 19.02.2021",
        ],
        "the header",
    );
    let dpo = section(&md, "Datenschutzbeauftragter");
    assert_states(
        dpo,
        &[
            "Zettachring 4, 70567 Stuttgart",
            "datenschutz@integrata-cegos.de",
        ],
        "the DPO section",
    );
    let common = [
        "§ 26 BDSG",
        "Art. 6 Abs. 1 lit. b DSGVO",
        "Art. 6 Abs. 1 lit. f DSGVO",
        "Unser berechtigtes Interesse: effektive Durchführung von Online-Meetings",
    ];
    // Section 5 of the seed applies to all three tools: stated once, and
    // each tool's section points to it.
    let shared = section(&md, "Was für alle diese Verarbeitungen gilt");
    assert_states(shared, &common, "the section common to all three tools");
    let recording = section(
        &md,
        "Was für „Online-Meetings mit Jitsi Meet (selbst betrieben)“ und „Online-Meetings und \
         Zusammenarbeit mit Microsoft Teams“ gilt",
    );
    assert_states(
        recording,
        &["Art. 6 Abs. 1 lit. a DSGVO"],
        "the recording purpose",
    );
    let jitsi = section(&md, "Online-Meetings mit Jitsi Meet (selbst betrieben)");
    assert_states(
        jitsi,
        &["Dazu kommen die gemeinsamen Angaben oben."],
        "the Jitsi section",
    );
    assert_states(
        jitsi,
        &[
            "Name der Teilnehmenden",
            "Audio-, Video- und Chatinhalte",
            "IP-Adresse",
            "Meeting-Name und ggf. Passwort",
            "E-Mail-Adresse (optional)",
            "Automattic Inc.",
            "Gravatar",
            "eigenständig Verantwortlicher",
            "Vereinigte Staaten",
            "nur für die Dauer der Teilnahme am jeweiligen Online-Meeting",
        ],
        "the Jitsi section",
    );
    let webex = section(&md, "Online-Meetings mit Cisco Webex");
    assert_states(
        webex,
        &["Dazu kommen die gemeinsamen Angaben oben."],
        "the Webex section",
    );
    assert_states(
        webex,
        &[
            "Angaben zum Benutzer",
            "Name, E-Mail-Adresse, Firma",
            "Meeting-Metadaten",
            "Aufzeichnungen (optional)",
            "Daten bei Einwahl per Telefon",
            "Texteingaben (Chat, Fragen, Umfragen)",
            "Audio- und Videodaten",
            "Cisco Systems, Inc.",
            "170 West Tasman Dr., San Jose, CA 95134, USA",
            "Auftragsverarbeiter",
            "Vereinigte Staaten",
            "Standardvertragsklauseln der EU-Kommission (SCC) gemäß Art. 46 Abs. 2 lit. c DSGVO",
            "Meeting-Raum nicht betreten",
        ],
        "the Webex section",
    );
    let teams = section(
        &md,
        "Online-Meetings und Zusammenarbeit mit Microsoft Teams",
    );
    assert_states(
        teams,
        &["Dazu kommen die gemeinsamen Angaben oben."],
        "the Teams section",
    );
    assert_states(
        teams,
        &[
            "Anzeigename (Display Name)",
            "Meeting-ID",
            "Chatnachrichten",
            "Bildschirmfreigabe",
            "Daten des Nutzerkontos",
            "Microsoft Corporation",
            "Auftragsverarbeiter",
            "Rechenzentren in der Europäischen Union",
            "Standardvertragsklauseln der EU-Kommission (SCC)",
            "drei Monate nach Ende des Verhältnisses",
            "90 Tage",
            "fünf Jahre nach Ende der Projektzeit",
            "solange sie für den jeweiligen Zweck (z. B. ein Projekt) benötigt werden",
            "Herkunft: öffentlich zugängliche Quellen wie das Internet",
            "Öffentlich zugänglich: ja",
        ],
        "the Teams section",
    );
    assert_states(
        section(&md, "Ihre Rechte"),
        &[
            "Art. 15", "Art. 16", "Art. 17", "Art. 18", "Art. 20", "Art. 21",
        ],
        "the rights section",
    );
}

#[test]
fn english_notice_uses_english_citations_and_dates() {
    let md = render_markdown(&notice(&complete_register(), Lang::En)).expect("renders");
    for fact in [
        "# Privacy notice",
        "Last updated: 19 February 2021",
        "Art. 6(1)(f) GDPR",
        "Section 26 BDSG",
        "United States",
        "three months after",
        "The authority competent for us is:",
        "Lautenschlagerstraße 20, 70173 Stuttgart",
    ] {
        assert!(
            md.contains(fact),
            "the English notice must contain '{fact}'"
        );
    }
    assert!(
        !md.contains("DSGVO (Einwilligung)"),
        "no German label may leak into the English notice"
    );
}

#[test]
fn html_notice_is_one_self_contained_page_with_headings_in_order() {
    let html = render_html(&notice(&example_register(), Lang::De)).expect("renders");
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"de\">"));
    for forbidden in ["<script", "<link", "src=", "url(", "@import", "<iframe"] {
        assert!(
            !html.contains(forbidden),
            "the page must not load anything or run scripts ({forbidden})"
        );
    }
    assert!(
        html.contains("<meta name=\"viewport\""),
        "readable on a phone"
    );
    assert!(html.contains("@media print"), "printable");
    assert!(html.contains("<nav"), "a table of contents");
    let levels: Vec<u8> = html
        .match_indices("<h")
        .filter_map(|(i, _)| html.as_bytes().get(i + 2).copied())
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    assert_eq!(levels.first(), Some(&1), "the page starts with its one h1");
    assert_eq!(levels.iter().filter(|l| **l == 1).count(), 1);
    for pair in levels.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "headings must not skip a level: {pair:?}"
        );
    }
    assert_balanced(&html);
}

/// Every non-void element that is opened is closed, in order.
fn assert_balanced(html: &str) {
    const VOID: [&str; 4] = ["meta", "br", "!DOCTYPE", "hr"];
    let body = match html.split_once("</style>") {
        Some((_, b)) => b,
        None => html,
    };
    let mut stack: Vec<String> = vec!["html".into(), "head".into()];
    for piece in body.split('<').skip(1) {
        let tag: String = piece
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/' || *c == '!')
            .collect();
        if let Some(closing) = tag.strip_prefix('/') {
            let open = stack.pop();
            assert_eq!(
                open.as_deref(),
                Some(closing),
                "</{closing}> closes the wrong element"
            );
        } else if !VOID.contains(&tag.as_str()) {
            stack.push(tag);
        }
    }
    assert!(stack.is_empty(), "unclosed elements: {stack:?}");
}

#[test]
fn missing_items_are_marked_visibly_where_they_belong() {
    let n = notice(&example_register(), Lang::De);
    assert!(!n.missing.is_empty(), "the example leaves gaps on purpose");
    let html = render_html(&n).expect("renders");
    let md = render_markdown(&n).expect("renders");
    for m in &n.missing {
        // The app opens the record at the field from these attributes.
        let owner = match &m.activity {
            Some(key) => format!(" data-activity=\"{key}\""),
            None => String::new(),
        };
        let marker = format!(
            "<p class=\"missing\"{owner} data-item=\"{}\" data-field=\"{}\">",
            m.item, m.field
        );
        assert!(html.contains(&marker), "the HTML must mark {m:?}");
    }
    assert_eq!(
        md.matches("> **Pflichtangabe:**").count()
            + md.matches("> **Befund der Prüfung:**").count(),
        n.missing.len(),
        "the Markdown marks every missing item once"
    );
    assert!(
        n.missing.iter().any(|m| m.rule.is_some()),
        "the example's § 26 BDSG alone is a finding marked at its purpose"
    );
}

#[test]
fn pdf_is_a4_with_page_numbers_and_the_controller() {
    let n = notice(&example_register(), Lang::De);
    let pdf = render_pdf(&n).expect("the PDF typesets");
    assert!(pdf.starts_with(b"%PDF"), "a PDF file");
    let Some(text) = pdf_text(&pdf) else {
        eprintln!("pdftotext not installed; text checks skipped");
        return;
    };
    assert!(text.contains("Integrata Cegos GmbH"));
    assert!(text.contains("Seite 1 von"), "page numbers 'Seite x von y'");
    assert!(text.contains("datenschutz@integrata-cegos.de"));
    if let Some(ok) = qpdf_check(&pdf) {
        assert!(ok, "qpdf finds the PDF well-formed");
    }
    let en = render_pdf(&notice(&example_register(), Lang::En)).expect("typesets");
    let text = pdf_text(&en).unwrap_or_default();
    assert!(text.contains("Page 1 of"), "page numbers 'Page x of y'");
}

/// `qpdf --check` on the PDF, when qpdf is installed.
fn qpdf_check(pdf: &[u8]) -> Option<bool> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("n.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = std::process::Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .ok()?;
    Some(out.status.success())
}

/// The text of a PDF via poppler's pdftotext, when it is installed.
pub fn pdf_text(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().ok()?;
    let path = dir.path().join("n.pdf");
    std::fs::write(&path, pdf).ok()?;
    let out = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn selected_activities_only_and_drafts_only_when_named() {
    let mut register = example_register();
    activity_mut(&mut register, CISCO_ACTIVITY).status = vvt::ActivityStatus::Draft;
    let all = notice(&register, Lang::De);
    assert_eq!(
        all.activities.len(),
        2,
        "a draft is not in the default notice"
    );
    let mut options = NoticeOptions::new(Lang::De, stand());
    options.activities = Some(vec![CISCO_ACTIVITY.into()]);
    let one = notice::build(&register, &catalogs(), &options);
    assert_eq!(one.activities.len(), 1);
    assert_eq!(
        one.activities[0].key, CISCO_ACTIVITY,
        "a named draft is shown"
    );
    assert!(notice::check_selection(&register, &["nope".into()]).is_err());

    let preview = notice::preview(&register, &catalogs(), &options).expect("previews");
    assert!(preview.html.contains("Online-Meetings mit Cisco Webex"));
    assert_eq!(
        preview.missing, one.missing,
        "the preview lists what is missing"
    );
}

const CISCO_ACTIVITY: &str = vvt::example::WEBEX;

#[test]
fn notices_of_their_own_group_the_active_activities_naming_them() {
    use vvt::{ActivityStatus, Information};
    let separate = |reference: &str| Information::Separate {
        reference: reference.into(),
    };
    let mut register = example_register();
    activity_mut(&mut register, vvt::example::WEBEX).information =
        separate("Hinweise für Beschäftigte");
    activity_mut(&mut register, vvt::example::TEAMS).information =
        separate("  Hinweise für Beschäftigte ");
    activity_mut(&mut register, vvt::example::JITSI).information =
        separate("Hinweise für Bewerber");
    activity_mut(&mut register, vvt::example::JITSI).status = ActivityStatus::Draft;

    let all = notice::separate_notices(&register);
    assert_eq!(all.len(), 1, "a draft names no notice yet: {all:?}");
    assert_eq!(all[0].reference, "Hinweise für Beschäftigte");
    let keys: Vec<&str> = all[0].activities.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        keys,
        [vvt::example::TEAMS, vvt::example::WEBEX],
        "in key order"
    );

    let selection =
        notice::separate_selection(&register, "Hinweise für Beschäftigte").expect("named");
    let mut options = NoticeOptions::new(Lang::De, stand());
    options.activities = Some(selection);
    let built = notice::build(&register, &catalogs(), &options);
    assert_eq!(built.activities.len(), 2);
    assert!(built.left_out.is_empty());

    let err = notice::separate_selection(&register, "Hinweise für Bewerber")
        .expect_err("only a draft names it");
    assert!(
        matches!(&err, vvt::Error::NotFound { entity: "separate notice", key } if key == "Hinweise für Bewerber"),
        "{err:?}"
    );
}

#[test]
fn activities_informed_otherwise_are_left_out_and_listed() {
    use vvt::{Information, InformationExemption};
    let mut register = example_register();
    activity_mut(&mut register, vvt::example::TEAMS).information = Information::Separate {
        reference: "Datenschutzhinweise für Beschäftigte im Intranet".into(),
    };
    activity_mut(&mut register, vvt::example::JITSI).information = Information::Exempt {
        ground: InformationExemption::DisproportionateEffort,
        explanation: "Teilnehmende aus Fremdeinladungen sind nicht erreichbar".into(),
    };
    let de = notice(&register, Lang::De);
    let shown: Vec<&str> = de.activities.iter().map(|a| a.key.as_str()).collect();
    assert_eq!(
        shown,
        [vvt::example::JITSI, CISCO_ACTIVITY],
        "Art. 14(5)(b) keeps the activity public; a separate notice takes it out"
    );
    assert_eq!(de.left_out.len(), 1);
    assert_eq!(de.left_out[0].key, vvt::example::TEAMS);
    assert_eq!(
        de.left_out[0].reason,
        "in eigenen Datenschutzhinweisen: Datenschutzhinweise für Beschäftigte im Intranet"
    );
    assert!(
        !render_html(&de)
            .expect("renders")
            .contains("Microsoft Teams"),
        "the public page does not describe it"
    );
    let en = notice(&register, Lang::En);
    assert!(en.left_out[0]
        .reason
        .starts_with("in a separate privacy notice: "));

    activity_mut(&mut register, vvt::example::TEAMS).information = Information::Exempt {
        ground: InformationExemption::AlreadyInformed,
        explanation: "Teilnehmende erhalten die Informationen mit der Einladung".into(),
    };
    assert!(notice(&register, Lang::De).left_out[0].reason.starts_with(
        "Ausnahme von der Informationspflicht (Art. 13 Abs. 4, Art. 14 Abs. 5 lit. a DSGVO)"
    ));
    // Withheld under §§ 32, 33 BDSG, the information is still made public
    // (§§ 32(2), 33(2) BDSG): the activity stays in, like Art. 14(5)(b).
    let mut national = register.clone();
    activity_mut(&mut national, vvt::example::TEAMS).information = Information::Exempt {
        ground: InformationExemption::NationalLaw,
        explanation: "§ 33 Abs. 1 Nr. 2 lit. a BDSG".into(),
    };
    let n = notice(&national, Lang::De);
    assert!(n.left_out.is_empty(), "{:?}", n.left_out);
    assert_eq!(n.activities.len(), 3);

    let mut options = NoticeOptions::new(Lang::De, stand());
    options.activities = Some(vec![vvt::example::TEAMS.into()]);
    let named = notice::build(&register, &catalogs(), &options);
    assert_eq!(named.activities.len(), 1, "named explicitly, it is shown");
    assert!(named.left_out.is_empty());
    let preview = notice::preview(
        &register,
        &catalogs(),
        &NoticeOptions::new(Lang::De, stand()),
    )
    .expect("previews");
    assert_eq!(
        preview.left_out.len(),
        1,
        "the preview lists it for the app"
    );
}

#[test]
fn every_optional_part_of_a_full_register_is_rendered() {
    let store = common::populated_store();
    let register = store.load().expect("loads");
    for lang in [Lang::De, Lang::En] {
        let n = notice(&register, lang);
        let html = render_html(&n).expect("html renders");
        let md = render_markdown(&n).expect("markdown renders");
        let pdf = render_pdf(&n).expect("pdf typesets");
        assert!(pdf.starts_with(b"%PDF"));
        for text in [
            "Rep Ltd",
            "Partner GmbH",
            "Gemeinsame Veranstaltungen",
            "DSB GmbH",
            "https://muster.example",
            "§ 147 AO",
            "Direktwerbung",
            "Abmeldelink",
            "Arbeitsagentur",
            "Scoring",
            "Ablehnung",
            "auf Anfrage beim DSB",
        ] {
            // minijinja's HTML escaping writes '/' as an entity.
            let escaped = text.replace('/', "&#x2f;");
            assert!(html.contains(&escaped), "{lang:?} HTML shows '{text}'");
            assert!(md.contains(text), "{lang:?} Markdown shows '{text}'");
        }
        assert!(html.contains("<a href=\"https:&#x2f;&#x2f;muster.example\">"));
    }
}
