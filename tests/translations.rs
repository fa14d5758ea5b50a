//! The register's texts in English (issue 19): the English notice and
//! register print of the example say nothing in German, a changed German
//! text marks its translation outdated, and a translation of something that
//! is not a text of the record is refused without changing the register.

use crate::notice_support::stand;
use crate::print_support::{catalogs, pdf_text};
use vvt::example::{example_register, WEBEX};
use vvt::notice::{self, render_html, render_markdown, render_pdf, NoticeOptions};
use vvt::register_print::{self, PrintOptions};
use vvt::*;

/// Words of German grammar that no English sentence uses; names such as
/// "Integrata Cegos GmbH" or "Bundesdatenschutzgesetz" contain none of them.
const GERMAN: [&str; 16] = [
    "der", "die", "das", "und", "nicht", "wir", "werden", "ist", "für", "mit", "bei", "von", "dem",
    "den", "oder", "wird",
];

/// The German function words in `text`, with a little context each.
fn german_words(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| GERMAN.contains(&w.to_lowercase().as_str()))
        .map(|(i, _)| words[i.saturating_sub(3)..(i + 4).min(words.len())].join(" "))
        .collect()
}

fn english_documents(register: &Register) -> Vec<(&'static str, String)> {
    let n = notice::build(
        register,
        &catalogs(),
        &NoticeOptions::new(Lang::En, stand()),
    );
    let print = register_print::build(register, &catalogs(), &PrintOptions::new(Lang::En, stand()));
    vec![
        ("notice.md", render_markdown(&n).expect("renders")),
        ("notice.html", render_html(&n).expect("renders")),
        ("notice.pdf", pdf_text(&render_pdf(&n).expect("renders"))),
        ("register.md", register_print::to_markdown(&print)),
        ("register.html", register_print::to_html(&print)),
        ("register.csv", register_print::to_csv(&print)),
        (
            "register.pdf",
            pdf_text(&register_print::to_pdf(&print).expect("renders")),
        ),
    ]
}

#[test]
fn the_english_example_says_nothing_in_german() {
    let register = example_register();
    for (name, text) in english_documents(&register) {
        let found = german_words(&text);
        assert!(
            found.is_empty(),
            "the English {name} of the example holds German sentences: {found:#?}"
        );
    }
    // The check is not blind: without the translations the same documents
    // carry the German content.
    let mut untranslated = register.clone();
    untranslated.translations.clear();
    for (name, text) in english_documents(&untranslated) {
        assert!(
            german_words(&text).len() > 10,
            "without translations the English {name} shows the German texts"
        );
        assert!(
            text.contains("not translated"),
            "and marks them as not translated ({name})"
        );
    }
}

#[test]
fn an_untranslated_text_is_a_missing_item_of_the_english_notice() {
    let mut register = example_register();
    let consequence = "provision.consequence";
    register
        .translations
        .retain(|t| !(t.key == WEBEX && t.field == consequence));
    let n = notice::build(
        &register,
        &catalogs(),
        &NoticeOptions::new(Lang::En, stand()),
    );
    let gap = n
        .missing
        .iter()
        .find(|m| m.item == "12-1")
        .expect("the untranslated text is reported");
    assert_eq!(
        gap.activity.as_deref(),
        Some(WEBEX),
        "the app opens the activity"
    );
    assert_eq!(gap.field, consequence, "at the field");
    assert_eq!(gap.message, "translation missing");
    assert_eq!(gap.article, "Art. 12(1) GDPR");
    let de = notice::build(
        &register,
        &catalogs(),
        &NoticeOptions::new(Lang::De, stand()),
    );
    assert!(
        de.missing.iter().all(|m| m.item != "12-1"),
        "the German notice needs no translation"
    );
}

fn example_store() -> Store {
    let mut store = Store::open_in_memory().expect("opens");
    store.set_actor("dsb");
    store.load_example().expect("the example loads");
    store
}

#[test]
fn changing_a_german_text_marks_its_translation_outdated() {
    let mut store = example_store();
    let field = "provision.consequence";
    let status = |store: &Store| {
        store
            .translation_texts(EntityKind::Activity, WEBEX, Lang::En)
            .expect("the texts of the activity")
            .into_iter()
            .find(|t| t.field == field)
            .expect("the consequence is translatable")
    };
    assert_eq!(status(&store).status, TranslationStatus::Current);

    let mut webex = store.activity(WEBEX).expect("webex");
    if let Some(p) = &mut webex.provision {
        p.consequence = Some("Ohne Namen kein Zutritt zum Meeting-Raum.".into());
    }
    store.update_activity(&webex).expect("saves");
    let now = status(&store);
    assert_eq!(
        now.status,
        TranslationStatus::Outdated,
        "the translation was made from the earlier German text"
    );
    assert_eq!(now.source, "Ohne Namen kein Zutritt zum Meeting-Raum.");
    assert!(
        now.translation.is_some(),
        "the outdated translation is kept"
    );
    let summary = store.translation_summary(Lang::En, true).expect("summary");
    assert_eq!((summary.outdated, summary.missing), (1, 0));
    assert_eq!(summary.entries.len(), 1, "only the open text is listed");

    let n = notice::build(
        &store.load().expect("loads"),
        store.catalogs(),
        &NoticeOptions::new(Lang::En, stand()),
    );
    assert!(
        n.missing
            .iter()
            .any(|m| m.field == field && m.message.starts_with("translation outdated")),
        "the English notice reports the outdated translation"
    );

    let t = store
        .set_translation(
            EntityKind::Activity,
            WEBEX,
            field,
            "Without a name there is no way into the meeting room.",
            Lang::En,
        )
        .expect("translates");
    assert_eq!(t.status, TranslationStatus::Current);
    let history = store
        .history(Some((EntityKind::Activity, WEBEX)))
        .expect("history");
    let last = history.last().expect("a history row");
    assert_eq!(
        last.changes[0].field,
        "translations.en.provision.consequence"
    );
    assert_eq!(
        last.changes[0].new,
        serde_json::json!("Without a name there is no way into the meeting room.")
    );

    store
        .clear_translation(EntityKind::Activity, WEBEX, field)
        .expect("clears");
    assert_eq!(status(&store).status, TranslationStatus::Missing);

    // "Restore earlier value" brings the cleared translation back, as a
    // new change, made from the German text as it stands.
    let version = store.activity(WEBEX).expect("webex").version;
    let cleared = store
        .history(Some((EntityKind::Activity, WEBEX)))
        .expect("history");
    let cleared = cleared.last().expect("the removal is a change");
    assert_eq!(cleared.changes[0].new, serde_json::Value::Null);
    store
        .restore_value(
            EntityKind::Activity,
            WEBEX,
            cleared.id,
            "translations.en.provision.consequence",
            version,
        )
        .expect("restores the translation before the removal");
    let back = status(&store);
    assert_eq!(back.status, TranslationStatus::Current);
    assert_eq!(
        back.translation.as_deref(),
        Some("Without a name there is no way into the meeting room.")
    );
}

#[test]
fn a_translation_of_no_text_is_refused_and_changes_nothing() {
    let mut store = example_store();
    let before = interchange::to_json(&store.load().expect("loads")).expect("exports");
    let err = store
        .set_translation(
            EntityKind::Activity,
            WEBEX,
            "purposes[0].legal_bases",
            "Art. 6",
            Lang::En,
        )
        .expect_err("a list of codes is no text");
    match &err {
        Error::Validation { field, reason } => {
            assert_eq!(field, "purposes[0].legal_bases", "the field is named");
            assert_eq!(
                reason,
                &Reason::NotTranslatable {
                    field: "purposes[0].legal_bases".into()
                }
            );
        }
        other => panic!("a validation error, not {other:?}"),
    }
    let err = store
        .set_translation(EntityKind::Activity, "nope", "name", "Nope", Lang::En)
        .expect_err("no such activity");
    assert_eq!(err.code(), "not_found");
    let err = store
        .set_translation(EntityKind::Activity, WEBEX, "name", "   ", Lang::En)
        .expect_err("an empty translation");
    assert_eq!(err.code(), "validation");
    assert_eq!(
        interchange::to_json(&store.load().expect("loads")).expect("exports"),
        before,
        "a refused translation leaves the register as it was"
    );
}

#[test]
fn the_interchange_file_carries_the_translations() {
    let store = example_store();
    let register = store.load().expect("loads");
    let json = interchange::to_json(&register).expect("exports");
    assert!(json.contains("\"format_version\": 9,"));
    assert!(json.contains("\"translations\": ["));
    let back = interchange::from_json(&json).expect("reads");
    let mut other = Store::open_in_memory().expect("opens");
    other.import(&back, false).expect("imports");
    assert_eq!(
        other.translation_summary(Lang::En, false).expect("summary"),
        store.translation_summary(Lang::En, false).expect("summary"),
        "the translations arrive as they were"
    );
    assert_eq!(
        interchange::to_json(&other.load().expect("loads")).expect("exports"),
        json,
        "export, import, export gives the same file"
    );
}
