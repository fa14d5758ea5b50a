//! The PDF register print is tagged (issue 20): public bodies must publish
//! accessible documents (BITV 2.0). The print is typeset in parts and joined,
//! so these tests read the joined file back and check that the parts'
//! structure trees became one consistent tree: every element's parent
//! exists, every page's marked content is reachable from the tree and back
//! through the parent tree, the keys are unique, and the footer drawn over
//! each page is an artifact.

use crate::print_support;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::process::Command;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object, ObjectId};
use print_support::*;
use vvt::register_print::{self, RegisterPrint};
use vvt::*;

fn load(pdf: &[u8]) -> Document {
    Document::load_mem(pdf).expect("the joined PDF loads")
}

fn dict<'a>(doc: &'a Document, object: &'a Object) -> &'a Dictionary {
    let (_, object) = doc.dereference(object).expect("the reference resolves");
    object.as_dict().expect("a dictionary")
}

fn catalog(doc: &Document) -> &Dictionary {
    doc.catalog().expect("the PDF has a catalog")
}

fn struct_tree_root(doc: &Document) -> &Dictionary {
    let root = catalog(doc)
        .get(b"StructTreeRoot")
        .expect("the catalog names a structure tree root: the print is tagged");
    dict(doc, root)
}

/// What walking the structure tree from its root found.
#[derive(Default)]
struct Tree {
    elements: HashSet<ObjectId>,
    /// (page, MCID) → the element holding that marked content.
    marked: BTreeMap<(ObjectId, i64), ObjectId>,
    types: Vec<Vec<u8>>,
    ids: BTreeMap<Vec<u8>, ObjectId>,
    headers: Vec<Vec<u8>>,
}

/// Walks the tree and asserts on the way that each element's /P is the
/// element (or root) it was reached from.
fn walk(doc: &Document) -> Tree {
    let root_id = catalog(doc)
        .get(b"StructTreeRoot")
        .and_then(Object::as_reference)
        .expect("the structure tree root is an indirect object");
    let mut tree = Tree::default();
    let mut stack: Vec<(ObjectId, ObjectId, Option<ObjectId>)> = kids(struct_tree_root(doc))
        .into_iter()
        .filter_map(|k| k.as_reference().ok())
        .map(|k| (k, root_id, None))
        .collect();
    while let Some((id, parent, page)) = stack.pop() {
        let element = doc.get_dictionary(id).expect("every element exists");
        assert!(
            tree.elements.insert(id),
            "element {id:?} is reached twice: the tree must be a tree"
        );
        assert_eq!(
            element.get(b"P").and_then(Object::as_reference).ok(),
            Some(parent),
            "element {id:?} must name the element it hangs from as its parent (/P)"
        );
        assert!(
            doc.objects.contains_key(&parent),
            "the parent of {id:?} exists"
        );
        let kind = element.get(b"S").and_then(Object::as_name).expect("/S");
        tree.types.push(kind.to_vec());
        let page = element
            .get(b"Pg")
            .and_then(Object::as_reference)
            .ok()
            .or(page);
        if let Ok(Object::String(key, _)) = element.get(b"ID") {
            tree.ids.insert(key.clone(), id);
        }
        collect_headers(doc, element, &mut tree.headers);
        for kid in kids(element) {
            match &kid {
                Object::Reference(r) => {
                    let k = doc.get_dictionary(*r).expect("a kid exists");
                    match k.get(b"Type").and_then(Object::as_name).ok() {
                        Some(b"MCR") => marked_reference(&mut tree, k, page, id),
                        Some(b"OBJR") => {}
                        _ => stack.push((*r, id, page)),
                    }
                }
                Object::Integer(mcid) => {
                    let page = page.expect("marked content names its page (/Pg)");
                    tree.marked.insert((page, *mcid), id);
                }
                Object::Dictionary(k) => match k.get(b"Type").and_then(Object::as_name).ok() {
                    Some(b"OBJR") => {}
                    _ => marked_reference(&mut tree, k, page, id),
                },
                other => panic!("unexpected kid {other:?} of {id:?}"),
            }
        }
    }
    tree
}

fn marked_reference(tree: &mut Tree, mcr: &Dictionary, page: Option<ObjectId>, id: ObjectId) {
    let page = mcr
        .get(b"Pg")
        .and_then(Object::as_reference)
        .ok()
        .or(page)
        .expect("a marked-content reference names its page");
    let mcid = mcr.get(b"MCID").and_then(Object::as_i64).expect("MCID");
    tree.marked.insert((page, mcid), id);
}

fn kids(element: &Dictionary) -> Vec<Object> {
    match element.get(b"K") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => Vec::new(),
    }
}

fn collect_headers(doc: &Document, element: &Dictionary, out: &mut Vec<Vec<u8>>) {
    let attributes = match element.get(b"A") {
        Ok(Object::Array(items)) => items.clone(),
        Ok(other) => vec![other.clone()],
        Err(_) => return,
    };
    for a in &attributes {
        if let Ok(Object::Array(headers)) = dict(doc, a).get(b"Headers") {
            out.extend(
                headers
                    .iter()
                    .filter_map(|h| h.as_str().ok())
                    .map(<[u8]>::to_vec),
            );
        }
    }
}

/// The parent tree's entries, flattened; asserts the keys ascend strictly
/// (which makes them unique).
fn parent_tree(doc: &Document) -> Vec<(i64, Object)> {
    let tree = dict(
        doc,
        struct_tree_root(doc)
            .get(b"ParentTree")
            .expect("the root has a parent tree"),
    );
    let mut entries = Vec::new();
    let mut nodes = vec![tree];
    while let Some(node) = nodes.pop() {
        if let Ok(nums) = node.get(b"Nums").and_then(Object::as_array) {
            for pair in nums.chunks(2) {
                let key = pair[0].as_i64().expect("a number tree key");
                entries.push((key, pair[1].clone()));
            }
        }
        if let Ok(k) = node.get(b"Kids").and_then(Object::as_array) {
            nodes.extend(k.iter().map(|k| dict(doc, k)));
        }
    }
    entries.sort_by_key(|(k, _)| *k);
    let keys: Vec<i64> = entries.iter().map(|(k, _)| *k).collect();
    let unique: BTreeSet<i64> = keys.iter().copied().collect();
    assert_eq!(
        unique.len(),
        keys.len(),
        "parent-tree keys must be unique across the joined parts"
    );
    entries
}

/// The MCIDs a page's content marks, and whether every text and image is
/// inside marked content with an MCID or inside an artifact.
fn page_marks(doc: &Document, page: ObjectId) -> (BTreeSet<i64>, Vec<String>) {
    let content = Content::decode(&doc.get_page_content(page)).expect("content decodes");
    let mut mcids = BTreeSet::new();
    let mut untagged = Vec::new();
    // Each open marked-content sequence: does it tag or mark an artifact?
    let mut stack: Vec<bool> = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "BDC" | "BMC" => {
                let tag = op.operands.first().and_then(|o| o.as_name().ok());
                let mcid = op
                    .operands
                    .get(1)
                    .and_then(|o| o.as_dict().ok())
                    .and_then(|d| d.get(b"MCID").and_then(Object::as_i64).ok());
                if let Some(m) = mcid {
                    mcids.insert(m);
                }
                stack.push(mcid.is_some() || tag == Some(b"Artifact"));
            }
            "EMC" => {
                stack.pop();
            }
            "Tj" | "TJ" | "'" | "\"" | "Do" | "BI" if !stack.iter().any(|&t| t) => {
                untagged.push(op.operator.clone());
            }
            _ => {}
        }
    }
    (mcids, untagged)
}

/// Checks the tagging of `print`'s PDF and returns the PDF.
fn assert_tagged(print: &RegisterPrint, lang: &str) -> Vec<u8> {
    let pdf = register_print::to_pdf(print).expect("the print typesets");
    let doc = load(&pdf);
    let catalog = catalog(&doc);
    let marked = catalog
        .get(b"MarkInfo")
        .map(|m| dict(&doc, m))
        .and_then(|m| m.get(b"Marked"))
        .and_then(Object::as_bool);
    assert_eq!(
        marked.ok(),
        Some(true),
        "the catalog says the file is tagged"
    );
    let language = catalog.get(b"Lang").and_then(Object::as_str);
    assert_eq!(language.ok(), Some(lang.as_bytes()), "the catalog's /Lang");
    let display_title = catalog
        .get(b"ViewerPreferences")
        .map(|v| dict(&doc, v))
        .and_then(|v| v.get(b"DisplayDocTitle"))
        .and_then(Object::as_bool);
    assert_eq!(display_title.ok(), Some(true), "viewers show the title");
    assert_eq!(
        kids(struct_tree_root(&doc)).len(),
        1,
        "the root holds one Document element, not one per part"
    );

    let tree = walk(&doc);
    assert_eq!(
        tree.types
            .iter()
            .filter(|t| t.as_slice() == b"Document")
            .count(),
        1,
        "one Document element in the whole tree"
    );
    let headings = tree.types.iter().filter(|t| t.starts_with(b"H")).count();
    assert!(
        headings > print.sections.len(),
        "the sections' and records' headings are in the tree ({headings})"
    );
    // Each labelled item of a record is a paragraph of its own, so that a
    // screen reader steps through them one by one (and reads each "nicht
    // erfasst" where it stands), and so is each line of the contents.
    let entries = print.sections.iter().flat_map(|s| match &s.body {
        register_print::Body::Entries(entries) => entries.as_slice(),
        _ => &[],
    });
    let items: usize = entries.clone().map(|e| e.items.len()).sum();
    let contents_lines = entries.count() + print.sections.len();
    let paragraphs = tree.types.iter().filter(|t| t.as_slice() == b"P").count();
    assert!(
        paragraphs >= items + contents_lines,
        "every item ({items}) and every contents line ({contents_lines}) is a paragraph: \
         {paragraphs} paragraphs"
    );
    for header in &tree.headers {
        assert!(
            tree.ids.contains_key(header),
            "table header {:?} named by a cell exists",
            String::from_utf8_lossy(header)
        );
    }
    assert_id_tree(&doc, &tree);

    let entries: BTreeMap<i64, Object> = parent_tree(&doc).into_iter().collect();
    let next_key = struct_tree_root(&doc)
        .get(b"ParentTreeNextKey")
        .and_then(Object::as_i64)
        .expect("ParentTreeNextKey");
    assert!(
        entries.keys().all(|&k| k < next_key),
        "ParentTreeNextKey lies beyond every key"
    );
    let mut page_keys = BTreeSet::new();
    for (n, page) in doc.get_pages() {
        let key = doc
            .get_dictionary(page)
            .and_then(|p| p.get(b"StructParents"))
            .and_then(Object::as_i64)
            .unwrap_or_else(|_| panic!("page {n} names its parent-tree key (/StructParents)"));
        assert!(page_keys.insert(key), "page {n}: its key {key} is its own");
        let parents = entries
            .get(&key)
            .unwrap_or_else(|| panic!("page {n}: the parent tree has key {key}"));
        let parents = doc
            .dereference(parents)
            .and_then(|(_, p)| p.as_array())
            .expect("a page's parent-tree entry is an array");
        let (mcids, untagged) = page_marks(&doc, page);
        assert!(!mcids.is_empty(), "page {n} holds marked content");
        assert!(
            untagged.is_empty(),
            "page {n}: text and images are tagged or artifacts, found untagged {untagged:?}"
        );
        for mcid in mcids {
            let element = tree.marked.get(&(page, mcid));
            assert!(
                element.is_some(),
                "page {n}: marked content {mcid} is reached from the structure tree"
            );
            let parent = parents
                .get(mcid as usize)
                .and_then(|p| p.as_reference().ok());
            assert_eq!(
                parent,
                element.copied(),
                "page {n}: the parent tree leads from marked content {mcid} to its element"
            );
        }
        let content = String::from_utf8_lossy(&doc.get_page_content(page)).into_owned();
        assert!(
            squeeze(&content).contains(&squeeze(
                "/Artifact <</Type /Pagination /Subtype /Footer>> BDC q /VvtFooter Do Q EMC"
            )),
            "page {n}: the footer is drawn as a pagination artifact"
        );
    }
    assert_metadata(&pdf, &doc, &print.title, lang);
    pdf
}

/// Each ID-tree entry leads to the element carrying that ID.
fn assert_id_tree(doc: &Document, tree: &Tree) {
    let Ok(ids) = struct_tree_root(doc).get(b"IDTree") else {
        assert!(tree.ids.is_empty(), "elements with IDs need an ID tree");
        return;
    };
    let names = dict(doc, ids)
        .get(b"Names")
        .and_then(Object::as_array)
        .expect("a flat ID tree");
    let keys: Vec<&[u8]> = names
        .chunks(2)
        .map(|p| p[0].as_str().expect("key"))
        .collect();
    assert!(
        keys.windows(2).all(|w| w[0] < w[1]),
        "ID-tree keys are sorted and unique (the parts' IDs are prefixed)"
    );
    for pair in names.chunks(2) {
        let key = pair[0].as_str().expect("key");
        assert_eq!(
            tree.ids.get(key).copied(),
            pair[1].as_reference().ok(),
            "ID {:?} leads to its element",
            String::from_utf8_lossy(key)
        );
    }
}

fn assert_metadata(pdf: &[u8], doc: &Document, title: &str, lang: &str) {
    let metadata = catalog(doc)
        .get(b"Metadata")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_object(id))
        .and_then(Object::as_stream)
        .expect("the catalog has an XMP metadata stream");
    let xmp = String::from_utf8_lossy(&metadata.content).into_owned();
    assert!(xmp.contains(title), "the XMP names the title: {xmp}");
    assert!(xmp.contains(&format!("<rdf:li>{lang}</rdf:li>")), "{xmp}");
    if let Some(info) = pdfinfo(pdf) {
        assert!(info.contains("Tagged:          yes"), "{info}");
        assert!(
            info.contains(&format!("Title:           {title}")),
            "{info}"
        );
    }
}

/// poppler's pdfinfo, when it is installed (scripts/install-deps.sh).
fn pdfinfo(pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("r.pdf");
    std::fs::write(&path, pdf).expect("write PDF");
    let out = Command::new("pdfinfo").arg(&path).output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn the_german_print_is_tagged_in_german() {
    assert_tagged(&example_print(Lang::De), "de");
}

#[test]
fn the_english_print_is_tagged_in_english() {
    assert_tagged(&example_print(Lang::En), "en");
}

#[test]
fn a_print_of_many_parts_joins_their_trees_into_one() {
    // 120 activities fill three parts, and the annexes' tables more: their
    // keys and table-header IDs start afresh in each part.
    let register = synthetic::synthetic_register(120, 1);
    let pdf = assert_tagged(&print(&register, &options(Lang::De)), "de");
    // The footers are typeset in pieces of 100 pages: each page must still
    // get its own, in order.
    let pages = load(&pdf).get_pages().len();
    assert!(
        pages > 100,
        "the print needs more than one piece of footers"
    );
    let text = pdf_text(&pdf);
    for n in 1..=pages {
        assert!(
            text.contains(&format!("Seite {n} von {pages}")),
            "page {n} has its footer"
        );
    }
}

#[test]
fn every_part_passes_typsts_pdf_ua_1_checker() {
    for lang in [Lang::De, Lang::En] {
        register_print::check_pdf_ua(&example_print(lang)).expect("PDF/UA-1 per part");
    }
    let awkward = print(&awkward_register(), &options(Lang::De));
    register_print::check_pdf_ua(&awkward).expect("escaped texts pass PDF/UA-1 too");
}

#[test]
fn progress_counts_up_to_its_total() {
    let register = synthetic::synthetic_register(120, 1);
    let print = print(&register, &options(Lang::De));
    let mut seen = Vec::new();
    register_print::to_pdf_with_progress(&print, &mut |done, total| seen.push((done, total)))
        .expect("the print typesets");
    let total = seen.first().map(|s| s.1).expect("progress is told");
    assert!(seen.iter().all(|s| s.1 == total), "one total: {seen:?}");
    assert!(
        seen.windows(2).all(|w| w[0].0 < w[1].0),
        "progress only counts up, although the parts finish in any order: {seen:?}"
    );
    assert_eq!(seen.last(), Some(&(total, total)), "it ends at the total");
}
