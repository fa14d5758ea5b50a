//! `vvt export dpv`: the register as JSON-LD in the W3C Data Privacy
//! Vocabulary. The document is read back as RDF by rdflib
//! (tests/dpv/check_example.py), which checks the triples the example
//! register must give; `make test` sets `VVT_REQUIRE_RDFLIB=1`, so there a
//! missing rdflib fails instead of skipping (scripts/install-deps.sh
//! installs it).

use std::process::Command;

use serde_json::Value;

fn example_dpv() -> String {
    let mut s = vvt::Store::open_in_memory().expect("store");
    s.load_example().expect("example");
    vvt::dpv::to_dpv(&s.load().expect("load"), s.catalogs()).expect("dpv")
}

#[test]
fn the_context_is_inline_so_no_reader_fetches_anything() {
    let doc: Value = serde_json::from_str(&example_dpv()).expect("JSON");
    assert!(
        doc["@context"].is_object(),
        "the @context must be an object, never a URL the reader would fetch"
    );
    assert_eq!(doc["@context"]["dpv"], "https://w3id.org/dpv#");
}

#[test]
fn the_export_is_deterministic() {
    assert_eq!(example_dpv(), example_dpv(), "same register, same bytes");
}

fn rdflib_available() -> bool {
    Command::new("python3")
        .args(["-c", "import rdflib"])
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_example_reads_as_rdf_with_the_expected_triples() {
    if !rdflib_available() {
        assert!(
            std::env::var_os("VVT_REQUIRE_RDFLIB").is_none(),
            "VVT_REQUIRE_RDFLIB is set but python3 with rdflib is missing: run scripts/install-deps.sh"
        );
        eprintln!(
            "SKIPPED: python3 with rdflib is missing, the DPV export is not read back as RDF \
             (scripts/install-deps.sh installs it; make test requires it)"
        );
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("example.jsonld");
    std::fs::write(&file, example_dpv()).expect("write");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/dpv/check_example.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(&file)
        .output()
        .expect("python3 runs");
    assert!(
        out.status.success(),
        "the DPV export of the example must give the expected triples:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
