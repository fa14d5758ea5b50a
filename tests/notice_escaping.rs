//! Register text is text in every format: whatever a DPO types into a name,
//! a purpose or an address comes out literally — never as HTML, Markdown or
//! typst markup.

use crate::notice_support;

use notice_support::*;
use pulldown_cmark::{Event, Parser};
use vvt::example::{CISCO, WEBEX};
use vvt::notice::{render_html, render_markdown, render_pdf, Notice};
use vvt::{Lang, Register};

const HOSTILE: &str = "<script>alert(\"x\")</script> & \"Co\"";
/// Everything with a meaning in typst markup (and much of Markdown).
const TYPST: &str = "#set page(width: 1cm) $x^2$ *fett* _kursiv_ @ref <label> // kein Kommentar \\ [x] ~ = Titel - + 1. `code` &amp;";

fn hostile_register(text: &str) -> Register {
    let mut r = complete_register();
    r.organisation.controller.name = format!("Verantwortlicher {text}");
    r.organisation.controller.address = Some(format!("Straße 1\n# {text}\n- 70567 Stuttgart"));
    let party = r
        .parties
        .iter_mut()
        .find(|p| p.key == CISCO)
        .expect("party");
    party.name = text.to_owned();
    let a = activity_mut(&mut r, WEBEX);
    a.name = format!("Tätigkeit {text}");
    a.description = Some(text.to_owned());
    a.purposes[1].legitimate_interests = Some(text.to_owned());
    a.data_categories[0].name = text.to_owned();
    a.data_categories[0].description = Some(format!("1. {text}"));
    a.recipients[0].note = Some(text.to_owned());
    a.data_subjects = vec![text.to_owned()];
    r
}

fn hostile_notice(text: &str, lang: Lang) -> Notice {
    notice(&hostile_register(text), lang)
}

#[test]
fn html_escapes_every_register_text() {
    let html = render_html(&hostile_notice(HOSTILE, Lang::De)).expect("renders");
    assert!(!html.contains("<script"), "a name must not become a script");
    assert!(!html.contains("alert(\"x\")"), "quotes are escaped too");
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;"));
    assert!(html.contains("&amp; &quot;Co&quot;"));
    assert!(html.contains("<title>Datenschutzhinweise – Verantwortlicher &lt;script&gt;"));
}

/// The plain text of a CommonMark document and whether it contains HTML.
fn markdown_text(md: &str) -> (String, bool) {
    let mut text = String::new();
    let mut raw_html = false;
    for event in Parser::new(md) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::Html(_) | Event::InlineHtml(_) => raw_html = true,
            _ => {}
        }
    }
    (text, raw_html)
}

#[test]
fn markdown_never_produces_raw_html_or_markup_from_register_text() {
    for text in [HOSTILE, TYPST] {
        let md = render_markdown(&hostile_notice(text, Lang::De)).expect("renders");
        let (plain, raw_html) = markdown_text(&md);
        assert!(!raw_html, "register text must not become raw HTML:\n{md}");
        assert!(
            plain.contains(text),
            "the text must read exactly as recorded: {text}\n{plain}"
        );
        assert!(
            plain.contains(&format!("Tätigkeit {text}")),
            "in a heading too"
        );
        assert!(
            plain.contains(&format!("1. {text}")),
            "no list from a leading '1.'"
        );
    }
}

#[test]
fn markdown_keeps_the_document_structure_despite_register_text() {
    let md = render_markdown(&hostile_notice(TYPST, Lang::De)).expect("renders");
    let headings = Parser::new(&md)
        .filter(|e| matches!(e, Event::Start(pulldown_cmark::Tag::Heading { .. })))
        .count();
    // The same register with a harmless text in every field: the same
    // sections, so only the escaping can make a difference.
    let clean = render_markdown(&hostile_notice("Harmloser Text", Lang::De)).expect("renders");
    let clean_headings = Parser::new(&clean)
        .filter(|e| matches!(e, Event::Start(pulldown_cmark::Tag::Heading { .. })))
        .count();
    assert_eq!(
        headings, clean_headings,
        "an address line '# …' is no heading"
    );
}

#[test]
fn typst_special_characters_do_not_break_the_pdf() {
    for text in [HOSTILE, TYPST] {
        let n = hostile_notice(text, Lang::En);
        let pdf = render_pdf(&n).expect("register text cannot break typesetting");
        assert!(pdf.starts_with(b"%PDF"));
        let Some(pdf_text) = pdf_text(&pdf) else {
            eprintln!("pdftotext not installed; text checks skipped");
            continue;
        };
        let flat = pdf_text.split_whitespace().collect::<Vec<_>>().join(" ");
        for fragment in [
            "#set page(width: 1cm)",
            "$x^2$",
            "*fett* _kursiv_ @ref <label> // kein Kommentar",
            "<script>alert(",
        ] {
            if text.contains(fragment) {
                assert!(
                    flat.contains(fragment),
                    "'{fragment}' is set as text: {flat}"
                );
            }
        }
    }
}

fn pdf_text(pdf: &[u8]) -> Option<String> {
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
