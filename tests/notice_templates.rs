//! The notice templates: all compiled in, language blocks free of markup,
//! and an organisation's folder replacing a block by name.

use crate::notice_support;

use notice_support::*;
use vvt::example::example_register;
use vvt::notice::{self, render_html, NoticeOptions};
use vvt::Lang;

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
    assert_eq!(err.code(), "validation");
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
