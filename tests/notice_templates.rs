//! The notice templates: all compiled in, language blocks free of markup,
//! an organisation's folder replacing a block by name, and how the blocks
//! word what the register records — for the public, whatever the DPO typed.

use crate::notice_support;

use notice_support::*;
use vvt::example::{example_register, TEAMS, WEBEX};
use vvt::notice::{self, render_html, render_markdown, NoticeOptions};
use vvt::Lang;

/// The Markdown section under `## name`, up to the next one.
fn section_md(md: &str, name: &str) -> String {
    let start = md
        .find(&format!("\n## {name}\n"))
        .unwrap_or_else(|| panic!("the notice describes '{name}'"));
    let rest = &md[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    rest[..end].to_owned()
}

#[test]
fn the_objection_names_only_the_legal_bases_used() {
    let r = complete_register();
    let de = render_markdown(&notice(&r, Lang::De)).expect("renders");
    let obj = section_md(&de, "Ihr Widerspruchsrecht nach Art. 21 DSGVO");
    assert!(obj.contains("Art. 6 Abs. 1 lit. f DSGVO"), "{obj}");
    assert!(
        !obj.contains("lit. e"),
        "the example uses no Art. 6(1)(e): the box must not name it\n{obj}"
    );
    let en = render_markdown(&notice(&r, Lang::En)).expect("renders");
    let obj = section_md(&en, "Your right to object under Art. 21 GDPR");
    assert!(
        obj.contains("Art. 6(1)(f) GDPR") && !obj.contains("6(1)(e)"),
        "{obj}"
    );

    // A public task alone names (e) only; both bases name both.
    let mut only_e = complete_register();
    for a in &mut only_e.activities {
        for p in &mut a.purposes {
            for b in &mut p.legal_bases {
                if b == "art6-1-f" {
                    *b = "art6-1-e".into();
                }
            }
        }
    }
    let md = render_markdown(&notice(&only_e, Lang::De)).expect("renders");
    let obj = section_md(&md, "Ihr Widerspruchsrecht nach Art. 21 DSGVO");
    assert!(
        obj.contains("lit. e DSGVO") && !obj.contains("lit. f"),
        "{obj}"
    );
    let mut both = complete_register();
    activity_mut(&mut both, WEBEX).purposes[1].legal_bases = vec!["art6-1-e".into()];
    let n = notice(&both, Lang::De);
    assert_eq!(n.objection_bases, ["art6-1-e", "art6-1-f"]);
    let md = render_markdown(&n).expect("renders");
    let obj = section_md(&md, "Ihr Widerspruchsrecht nach Art. 21 DSGVO");
    assert!(
        obj.contains("lit. e DSGVO") && obj.contains("lit. f DSGVO"),
        "{obj}"
    );
}

/// `dpf_certified = false` only means no certification was recorded; the
/// public text must neither deny one nor copy the catalog's note to the DPO.
#[test]
fn us_transfers_state_only_what_the_register_records() {
    let r = complete_register();
    for (lang, forbidden) in [
        (
            Lang::De,
            [
                "erfasst der Beschluss nicht",
                "für alle anderen Empfänger",
                "nicht zertifiziert",
            ],
        ),
        (
            Lang::En,
            ["does not cover", "any other recipient", "not certified"],
        ),
    ] {
        let md = render_markdown(&notice(&r, lang)).expect("renders");
        for text in forbidden {
            assert!(!md.contains(text), "{lang:?}: '{text}' in\n{md}");
        }
    }
    let md = render_markdown(&notice(&r, Lang::De)).expect("renders");
    let webex = section_md(&md, "Online-Meetings mit Cisco Webex");
    assert!(
        webex.contains(
            "Cisco Systems, Inc., Vereinigte Staaten. Die Übermittlung stützt sich auf \
             geeignete Garantien"
        ),
        "the transfer rests on the recorded safeguard\n{webex}"
    );
    assert!(
        !webex.contains("Data Privacy Framework"),
        "the DPF decision is not stated for a recipient not recorded as certified: it may not \
         cover the transfer\n{webex}"
    );

    let mut certified = complete_register();
    for p in &mut certified.parties {
        p.dpf_certified = true;
    }
    let md = render_markdown(&notice(&certified, Lang::En)).expect("renders");
    assert!(
        md.contains("The recipient is certified under the EU-U.S. Data Privacy Framework."),
        "a recorded certification is stated\n{md}"
    );
}

/// Register text sits behind a label in a list, so the sentences read
/// whatever the DPO typed (no "ab Ende …", no "Wenn …: Wer nicht …").
#[test]
fn register_text_is_set_behind_labels() {
    let md = render_markdown(&notice(&example_register(), Lang::De)).expect("renders");
    let teams = section_md(
        &md,
        "Online-Meetings und Zusammenarbeit mit Microsoft Teams",
    );
    for line in [
        "- **Chatnachrichten, Daten des Nutzerkontos, Erstellte und geteilte Inhalte**: drei \
         Monate nach Ende des Verhältnisses zwischen Nutzer und Integrata Cegos GmbH. \
         Gespeichert, bis",
        "Löschung: durch die Integrata Cegos GmbH",
        "- Herkunft: öffentlich zugängliche Quellen wie das Internet",
        "- Öffentlich zugänglich: ja",
    ] {
        assert!(teams.contains(line), "'{line}' in\n{teams}");
    }
    for awkward in [
        "Monate ab ",
        "Zur Löschung:",
        "Die Quelle ist",
        "folgender Quelle",
    ] {
        assert!(!teams.contains(awkward), "'{awkward}' in\n{teams}");
    }
    let jitsi = section_md(&md, "Online-Meetings mit Jitsi Meet (selbst betrieben)");
    // The criterion says when; its recorded moment adds no label of its own.
    assert!(jitsi.contains(
        "- **Name der Teilnehmenden**: nur für die Dauer der Teilnahme am jeweiligen \
         Online-Meeting; danach gelöscht.\n"
    ));
    assert!(!md.contains("Maßgeblicher Zeitpunkt") && !md.contains("Fristbeginn"));
    let webex = section_md(&md, "Online-Meetings mit Cisco Webex");
    assert!(
        webex.contains("\n\nFolgen, wenn Sie die Daten nicht bereitstellen: Wer nicht"),
        "{webex}"
    );
    assert!(!webex.contains("Wenn Sie die Daten nicht bereitstellen: Wer"));

    let mut r = example_register();
    activity_mut(&mut r, TEAMS).source.publicly_accessible = Some(false);
    let en = render_markdown(&notice(&r, Lang::En)).expect("renders");
    let teams = section_md(
        &en,
        "Online meetings and collaboration with Microsoft Teams",
    );
    assert!(teams.contains("- Publicly accessible: no"), "{teams}");
    assert!(
        teams.contains("three months after end of the relationship between the user"),
        "the English notice states the translated moment after its period\n{teams}"
    );
    assert!(!en.contains("Start of the period") && !en.contains("Relevant point in time"));
}

#[test]
fn an_override_folder_replaces_a_block_by_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let de = dir.path().join("notice").join("de");
    std::fs::create_dir_all(&de).expect("folder");
    std::fs::write(
        de.join("changes.j2"),
        "{% macro text() %}Diese Fassung stammt aus der Vorlage der Organisation.{% endmacro %}\n",
    )
    .expect("write override");
    let mut options = NoticeOptions::new(Lang::De, stand());
    options.overrides = Some(dir.path().to_path_buf());
    let n = notice::build(&example_register(), &catalogs(), &options);
    let html = render_html(&n).expect("renders with the override");
    assert!(html.contains("Diese Fassung stammt aus der Vorlage der Organisation."));
    assert!(
        render_html(&notice(&example_register(), Lang::De))
            .expect("renders")
            .contains("passen wir"),
        "without the folder the built-in block is used"
    );

    std::fs::write(
        de.join("changes.j2"),
        "{% macro txet() %}Tippfehler{% endmacro %}\n",
    )
    .expect("write broken override");
    let err = render_html(&n).expect_err("a macro the structure needs is missing");
    // Not a validation error: nothing in a record is wrong.
    assert_eq!(err.code(), "render_failed");
    assert!(err.to_string().starts_with("notice template: "), "{err}");
}

#[test]
fn default_override_folder_sits_beside_the_register() {
    let dir = tempfile::tempdir().expect("temp dir");
    let register = dir.path().join("register.vvt");
    assert_eq!(
        notice::default_overrides(&register),
        None,
        "only when it exists"
    );
    std::fs::create_dir(dir.path().join("register.vvt.templates")).expect("folder");
    assert_eq!(
        notice::default_overrides(&register),
        Some(dir.path().join("register.vvt.templates"))
    );
}

#[test]
fn every_template_file_is_built_in() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/notice");
    let mut on_disk = Vec::new();
    for dir in ["", "de", "en"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("template folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "j2") {
                let name = path.strip_prefix(&root).expect("inside").to_string_lossy();
                on_disk.push(name.replace('\\', "/"));
            }
        }
    }
    on_disk.sort();
    let mut built_in: Vec<String> = notice::BUILTIN_TEMPLATES
        .iter()
        .map(|(n, _)| (*n).to_owned())
        .collect();
    built_in.sort();
    assert_eq!(
        on_disk, built_in,
        "a template on disk is missing from the binary"
    );
}

/// The language blocks' own text is printed as it stands in every format,
/// so it must not contain characters that are markup in HTML, Markdown or
/// typst (values are escaped; literal text is not).
#[test]
fn language_blocks_contain_no_markup_characters() {
    for (name, source) in notice::BUILTIN_TEMPLATES {
        if !(name.starts_with("de/") || name.starts_with("en/")) {
            continue;
        }
        let mut literal = String::new();
        let mut rest = *source;
        while let Some(start) = rest.find('{') {
            let next = rest.as_bytes().get(start + 1).copied();
            let close = match next {
                Some(b'{') => "}}",
                Some(b'%') => "%}",
                Some(b'#') => "#}",
                _ => {
                    literal.push_str(&rest[..=start]);
                    rest = &rest[start + 1..];
                    continue;
                }
            };
            literal.push_str(&rest[..start]);
            let end = rest[start..].find(close).expect("closed tag") + start + 2;
            rest = &rest[end..];
        }
        literal.push_str(rest);
        for c in [
            '<', '>', '&', '*', '_', '#', '$', '@', '[', ']', '\\', '`', '~', '=',
        ] {
            assert!(
                !literal.contains(c),
                "{name}: '{c}' in the literal text would be markup in some format"
            );
        }
        assert!(
            !literal.contains("//"),
            "{name}: '//' starts a typst comment"
        );
    }
}
