//! The Word (DOCX) notice and register print read back: the package's XML
//! parts (word/document.xml, word/styles.xml, docProps/core.xml) unzipped,
//! the headings as Word's heading styles, real lists and tables, the
//! example's facts, the same text and gap marks as the Markdown, and — where
//! LibreOffice is installed — a headless conversion to PDF.

use crate::notice_support;
use crate::print_support;

use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;

use pulldown_cmark::{Event, Options, Parser};
use vvt::example::example_register;
use vvt::notice::{render_as, render_markdown, NoticeFormat};
use vvt::register_print::{self, RegisterFormat, Span, Value};
use vvt::Lang;

/// One XML part of a .docx package.
fn part(docx: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(docx)).expect("a DOCX is a zip file");
    let mut xml = String::new();
    zip.by_name(name)
        .unwrap_or_else(|_| panic!("the package has {name}"))
        .read_to_string(&mut xml)
        .expect("UTF-8 XML");
    xml
}

/// The text of every `<w:t>` run, in document order, unescaped.
fn texts(xml: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(at) = rest.find("<w:t") {
        rest = &rest[at + 4..];
        if !(rest.starts_with('>') || rest.starts_with(' ')) {
            continue; // <w:tbl>, <w:tc>, <w:tr> …
        }
        let open = rest.find('>').expect("a closed tag");
        if rest[..open].ends_with('/') {
            continue;
        }
        let end = rest.find("</w:t>").expect("a closed run text");
        out.push(
            rest[open + 1..end]
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&#39;", "'")
                .replace("&amp;", "&"),
        );
        rest = &rest[end..];
    }
    out
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The headings, tables, lists, language and title every DOCX must have.
fn assert_word_structure(docx: &[u8], lang: Lang, what: &str) {
    let document = part(docx, "word/document.xml");
    let styles = part(docx, "word/styles.xml");
    for level in 1..=3 {
        assert!(
            document.contains(&format!("<w:pStyle w:val=\"Heading{level}\" />")),
            "{what}: headings of level {level} use Word's style Heading{level}, so the navigator and a table of contents find them"
        );
        assert!(
            styles.contains(&format!("w:styleId=\"Heading{level}\""))
                && styles.contains(&format!("<w:name w:val=\"heading {level}\" />")),
            "{what}: the style Heading{level} is defined under the name Word and LibreOffice map ('heading {level}')"
        );
    }
    assert!(
        document.contains("<w:tbl>"),
        "{what}: tables are Word tables"
    );
    assert!(
        document.contains("<w:numPr><w:numId w:val=\"7\" />"),
        "{what}: lists are Word's bulleted lists"
    );
    let numbering = part(docx, "word/numbering.xml");
    let ours = numbering
        .split("<w:abstractNum ")
        .find(|n| n.starts_with("w:abstractNumId=\"7\""))
        .unwrap_or_default();
    assert!(
        ours.contains("<w:numFmt w:val=\"bullet\" />")
            && numbering.matches("<w:num w:numId=\"7\">").count() == 1,
        "{what}: the lists' numbering is bullets, under an id of its own (LibreOffice takes the first of two with one id)"
    );
    let tag = match lang {
        Lang::De => "de-DE",
        Lang::En => "en-GB",
    };
    assert!(
        styles.contains(&format!("<w:lang w:val=\"{tag}\"")),
        "{what}: the text's language is {tag}, for spell checking and screen readers"
    );
    let core = part(docx, "docProps/core.xml");
    assert!(
        core.contains("<dc:title>") && !core.contains("<dc:title></dc:title>"),
        "{what}: the document has a title in its properties: {core}"
    );
}

fn assert_facts(docx: &[u8], facts: &[&str], what: &str) {
    let text = texts(&part(docx, "word/document.xml")).concat();
    for fact in facts {
        assert!(text.contains(fact), "{what} states {fact:?}");
    }
}

/// Converts `docx` to PDF with LibreOffice, where it is installed.
fn libreoffice_converts(docx: &[u8], name: &str) {
    let Some(office) = ["soffice", "libreoffice"]
        .into_iter()
        .find(|p| Command::new(p).arg("--version").output().is_ok())
    else {
        println!("LibreOffice is not installed: {name} not converted");
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let file = dir.path().join(name);
    std::fs::write(&file, docx).expect("the DOCX is written");
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.path().join("profile").display()
    );
    let out = Command::new(office)
        .args([
            profile.as_str(),
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
        ])
        .arg(dir.path())
        .arg(&file)
        .output()
        .expect("LibreOffice runs");
    let pdf = Path::new(&file).with_extension("pdf");
    assert!(
        out.status.success() && pdf.exists(),
        "LibreOffice opens {name} and converts it: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The same words, gap marks included, as the Markdown the DOCX is read
/// from: every text of the Markdown, in order, and nothing else. Returns the
/// DOCX's text.
fn assert_says_what_the_markdown_says(n: &vvt::notice::Notice, docx: &[u8], what: &str) -> String {
    let md = render_markdown(n).expect("markdown renders");
    let from_md: String = Parser::new_ext(&md, Options::ENABLE_TABLES)
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.into_string()),
            _ => None,
        })
        .collect();
    let from_docx = texts(&part(docx, "word/document.xml")).concat();
    assert_eq!(
        squeeze(&from_docx),
        squeeze(&from_md),
        "{what} says what the Markdown says"
    );
    from_docx
}

#[test]
fn the_docx_notice_has_word_headings_lists_tables_and_the_markdowns_text() {
    let register = example_register();
    for (lang, facts) in [
        (
            Lang::De,
            [
                "Integrata Cegos GmbH",
                "Microsoft Teams",
                "Art. 6 Abs. 1 lit. b DSGVO",
            ],
        ),
        (
            Lang::En,
            [
                "Integrata Cegos GmbH",
                "Microsoft Teams",
                "Art. 6(1)(b) GDPR",
            ],
        ),
    ] {
        let n = notice_support::notice(&register, lang);
        let docx = render_as(&n, NoticeFormat::Docx).expect("the notice renders as DOCX");
        let what = format!("the {} DOCX notice", lang.code());
        assert_word_structure(&docx, lang, &what);
        assert_facts(&docx, &facts, &what);
        let from_docx = assert_says_what_the_markdown_says(&n, &docx, &what);
        let missing = match lang {
            Lang::De => "Pflichtangabe:",
            Lang::En => "Required:",
        };
        assert!(
            from_docx.contains(missing),
            "{what} marks the missing items as the PDF does ({missing})"
        );
        libreoffice_converts(&docx, &format!("hinweise-{}.docx", lang.code()));
    }
}

#[test]
fn the_docx_register_print_has_word_headings_field_tables_and_every_gap() {
    for (lang, facts) in [
        (
            Lang::De,
            [
                "Integrata Cegos GmbH",
                "Microsoft Teams",
                "Art. 6 Abs. 1 lit. b DSGVO",
            ],
        ),
        (
            Lang::En,
            [
                "Integrata Cegos GmbH",
                "Microsoft Teams",
                "Art. 6(1)(b) GDPR",
            ],
        ),
    ] {
        let print = print_support::example_print(lang);
        let docx = register_print::render_as(&print, RegisterFormat::Docx, None, &mut |_, _| {})
            .expect("the print renders as DOCX");
        let what = format!("the {} DOCX register print", lang.code());
        assert_word_structure(&docx, lang, &what);
        assert_facts(&docx, &facts, &what);
        let document = part(&docx, "word/document.xml");
        let activities = print_support::activities(&print);
        assert!(
            document.matches("<w:tbl>").count() > activities.len(),
            "{what}: the cover, each activity and the overviews are tables"
        );
        for a in activities {
            assert!(
                texts(&document).iter().any(|t| t == &a.title),
                "{what}: the activity {:?} has its heading",
                a.title
            );
        }
        libreoffice_converts(&docx, &format!("verzeichnis-{}.docx", lang.code()));
    }
}

#[test]
fn the_docx_register_print_marks_every_gap_the_print_has() {
    let print = print_support::print(
        &print_support::gappy_register(),
        &print_support::options(Lang::De),
    );
    let gaps: usize = print_support::all_values(&print)
        .iter()
        .map(|(_, v)| match v {
            Value::NotRecorded => 1,
            Value::Text(lines) => lines
                .iter()
                .flat_map(|l| &l.0)
                .filter(|s| matches!(s, Span::NotRecorded))
                .count(),
            Value::NotApplicable(_) => 0,
        })
        .sum();
    assert!(gaps > 10, "the gappy register has gaps to print");
    let docx = register_print::to_docx(&print).expect("the print renders as DOCX");
    let document = part(&docx, "word/document.xml");
    let marks = texts(&document)
        .iter()
        .filter(|t| t.as_str() == "nicht erfasst")
        .count();
    assert_eq!(
        marks, gaps,
        "every gap is marked 'nicht erfasst', as in the PDF"
    );
}

#[test]
fn the_cli_writes_word_files_for_the_notice_and_the_register() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = dir.path().join("r.vvt");
    let vvt = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_vvt"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env_remove("VVT_LANG")
            .output()
            .expect("the vvt binary runs");
        assert!(
            out.status.success(),
            "vvt {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    vvt(&["example"]);
    let notice = dir.path().join("hinweise.docx");
    let notice_path = notice.to_str().expect("a UTF-8 path");
    vvt(&["notice", "--format", "docx", "-o", notice_path]);
    // The register's format follows the file name, as for .pdf and .xlsx.
    let print = dir.path().join("Verzeichnis.DOCX");
    vvt(&[
        "--lang",
        "en",
        "register",
        "-o",
        print.to_str().expect("a UTF-8 path"),
    ]);
    for (file, lang, fact) in [
        (&notice, Lang::De, "Art. 6 Abs. 1 lit. b DSGVO"),
        (&print, Lang::En, "Art. 6(1)(b) GDPR"),
    ] {
        let docx = std::fs::read(file).expect("the file is written");
        let what = file.display().to_string();
        assert_word_structure(&docx, lang, &what);
        assert_facts(&docx, &["Integrata Cegos GmbH", fact], &what);
    }
}

#[test]
fn a_print_built_in_parts_keeps_every_record_in_order_with_unique_paragraph_ids() {
    // More activities than one part holds (50), so the body is joined.
    let register = vvt::synthetic::synthetic_register(120, 1);
    let print = print_support::print(&register, &print_support::options(Lang::De));
    let docx = register_print::to_docx(&print).expect("the print renders as DOCX");
    let document = part(&docx, "word/document.xml");
    let texts = texts(&document);
    let mut from = 0;
    for a in print_support::activities(&print) {
        let found = texts[from..]
            .iter()
            .position(|t| t == &format!("Kennung: {}", a.key))
            .unwrap_or_else(|| panic!("the record {} follows the one before it", a.key));
        from += found + 1;
    }
    let ids: Vec<&str> = document
        .split("w14:paraId=\"")
        .skip(1)
        .map(|rest| &rest[..8])
        .collect();
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "every paragraph's id is unique across the joined parts, as Word requires"
    );
    assert_eq!(
        document.matches("<w:body>").count(),
        1,
        "the parts' bodies are joined into one"
    );
}

#[test]
fn a_long_notice_written_in_parts_says_what_its_markdown_says() {
    // 150 activities give several parts of 1,000 blocks.
    let register = vvt::synthetic::synthetic_register(150, 1);
    let n = notice_support::notice(&register, Lang::De);
    let docx = render_as(&n, NoticeFormat::Docx).expect("the notice renders as DOCX");
    assert_says_what_the_markdown_says(&n, &docx, "the long DOCX notice");
    let document = part(&docx, "word/document.xml");
    assert!(
        document.contains("<w:pStyle w:val=\"Heading3\" />"),
        "the parts keep their heading styles"
    );
    let ids: Vec<&str> = document
        .split("w14:paraId=\"")
        .skip(1)
        .map(|rest| &rest[..8])
        .collect();
    assert!(
        ids.len() > 3_000,
        "the notice is long enough to be written in parts"
    );
    let unique: std::collections::HashSet<&&str> = ids.iter().collect();
    assert_eq!(
        unique.len(),
        ids.len(),
        "paragraph ids stay unique across the parts"
    );
}
