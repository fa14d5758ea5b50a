//! Joins the separately typeset parts of the PDF print into one file
//! (lopdf), draws each page's footer over it and adds the bookmarks, the
//! merged structure tree ([`super::pdf_structure`]) and the metadata a
//! tagged PDF needs (language, title).
//!
//! The footers come from a PDF of their own with one page per page of the
//! print; each of its pages becomes a form XObject painted on top of the
//! page of the same number, so the page contents stay as typst wrote them.
//! The footer is marked as a pagination artifact, which screen readers skip
//! and which needs no place in the structure tree.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

use super::pdf_structure::StructureTree;
use crate::{Error, Lang, Result};

/// What the joined file says about itself.
pub struct DocumentInfo<'a> {
    pub title: &'a str,
    pub lang: Lang,
}

/// An entry of the PDF outline: a section (level 1) or a record (level 2)
/// and the page (from 1) where it starts.
pub struct Bookmark {
    pub level: u8,
    pub title: String,
    pub page: usize,
}

const FOOTER: &str = "VvtFooter";
const PRODUCER: &str = "VVT";

fn pdf_error(e: lopdf::Error) -> Error {
    Error::render("PDF", format!("cannot join the PDF parts: {e}"))
}

/// Loads a part and renumbers its objects to follow `next` so that the parts'
/// objects never collide, and adds its structure tree to `structure`;
/// returns its pages in order.
fn load(
    bytes: &[u8],
    next: &mut u32,
    out: &mut Document,
    structure: Option<(&mut StructureTree, usize)>,
) -> Result<Vec<ObjectId>> {
    let mut doc = Document::load_mem(bytes).map_err(pdf_error)?;
    doc.renumber_objects_with(*next);
    if let Some((structure, part)) = structure {
        structure.add_part(&mut doc, part);
    }
    *next = doc.max_id + 1;
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    // Resources and MediaBox may be inherited from the page tree, which is
    // left behind: copy them onto each page.
    for &id in &pages {
        for key in [b"Resources".as_slice(), b"MediaBox".as_slice()] {
            if let Some(value) = inherited(&doc, id, key) {
                if let Ok(page) = doc.get_dictionary_mut(id) {
                    page.set(key, value);
                }
            }
        }
    }
    out.objects.extend(doc.objects);
    Ok(pages)
}

fn inherited(doc: &Document, page: ObjectId, key: &[u8]) -> Option<Object> {
    let mut node = doc.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(v) = node.get(key) {
            return Some(v.clone());
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// A page's resources as a dictionary of its own (resolving a reference, so
/// that adding the footer does not change a dictionary other pages share).
fn own_dictionary(doc: &Document, value: Option<&Object>) -> Dictionary {
    match value {
        Some(Object::Dictionary(d)) => d.clone(),
        Some(Object::Reference(id)) => doc.get_dictionary(*id).cloned().unwrap_or_default(),
        _ => Dictionary::new(),
    }
}

/// Turns footer page `id` into a form XObject.
fn form(doc: &Document, id: ObjectId) -> Result<Stream> {
    let page = doc.get_dictionary(id).map_err(pdf_error)?;
    let resources = page
        .get(b"Resources")
        .cloned()
        .unwrap_or_else(|_| Object::Dictionary(Dictionary::new()));
    let bbox = page.get(b"MediaBox").cloned().map_err(pdf_error)?;
    let content = doc
        .get_page_content_with_limit(id, 16 << 20)
        .map_err(pdf_error)?;
    let mut stream = Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => bbox,
            "Resources" => resources,
        },
        content,
    );
    let _ = stream.compress();
    Ok(stream)
}

/// Joins `parts` in order, draws page i of `footers` over page i, and adds
/// `bookmarks` as the document outline.
pub fn join(
    parts: &[Vec<u8>],
    footers: &[u8],
    info: &DocumentInfo,
    bookmarks: &[Bookmark],
) -> Result<Vec<u8>> {
    let mut out = Document::with_version("1.7");
    let mut next = 1;
    let footer_pages = load(footers, &mut next, &mut out, None)?;
    let mut pages = Vec::new();
    let mut structure = StructureTree::default();
    for (i, part) in parts.iter().enumerate() {
        pages.extend(load(part, &mut next, &mut out, Some((&mut structure, i)))?);
    }
    if footer_pages.len() != pages.len() {
        return Err(Error::validation(
            "pdf",
            crate::Reason::FooterPages {
                footers: footer_pages.len(),
                pages: pages.len(),
            },
        ));
    }
    out.max_id = next;
    let pages_id = out.new_object_id();
    // Balanced graphics state around the page's own content, then the
    // footer, marked as an artifact so that it stays out of the structure.
    let open = out.add_object(Stream::new(Dictionary::new(), b"q\n".to_vec()));
    let close = out.add_object(Stream::new(
        Dictionary::new(),
        format!(
            "\nQ\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n\
             q /{FOOTER} Do Q\nEMC\n"
        )
        .into_bytes(),
    ));
    for (&page, &footer) in pages.iter().zip(&footer_pages) {
        let form_id = out.add_object(form(&out, footer)?);
        let dict = out.get_dictionary(page).map_err(pdf_error)?;
        let mut resources = own_dictionary(&out, dict.get(b"Resources").ok());
        let mut xobjects = own_dictionary(&out, resources.get(b"XObject").ok());
        xobjects.set(FOOTER, form_id);
        resources.set("XObject", xobjects);
        let mut contents = vec![Object::Reference(open)];
        match dict.get(b"Contents") {
            Ok(Object::Array(a)) => contents.extend(a.iter().cloned()),
            Ok(other) => contents.push(other.clone()),
            Err(_) => {}
        }
        contents.push(Object::Reference(close));
        let dict = out.get_dictionary_mut(page).map_err(pdf_error)?;
        dict.set("Resources", resources);
        dict.set("Contents", contents);
        dict.set("Parent", pages_id);
    }
    let kids: Vec<Object> = pages.iter().map(|&p| Object::Reference(p)).collect();
    let count = kids.len() as i64;
    out.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count }),
    );
    let mut parent = None;
    for b in bookmarks {
        let Some(&page) = b.page.checked_sub(1).and_then(|i| pages.get(i)) else {
            continue;
        };
        let mark = lopdf::Bookmark::new(b.title.clone(), [0.0; 3], 0, page);
        match b.level {
            1 => parent = Some(out.add_bookmark(mark, None)),
            _ => {
                out.add_bookmark(mark, parent);
            }
        }
    }
    let mut catalog = dictionary! {
        "Type" => "Catalog",
        "Pages" => pages_id,
        "Lang" => Object::string_literal(info.lang.code()),
        // Viewers show the title rather than the file name, as PDF/UA asks.
        "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
    };
    if let Some(outline) = out.build_outline() {
        catalog.set("Outlines", outline);
        catalog.set("PageMode", "UseOutlines");
    }
    if let Some(root) = structure.finish(&mut out) {
        catalog.set("StructTreeRoot", root);
        catalog.set("MarkInfo", dictionary! { "Marked" => true });
    }
    let metadata = out.add_object(metadata(info));
    catalog.set("Metadata", metadata);
    let catalog_id = out.add_object(catalog);
    let info_id = out.add_object(dictionary! {
        "Title" => Object::string_literal(utf16(info.title)),
        "Producer" => Object::string_literal(PRODUCER),
    });
    out.trailer.set("Root", catalog_id);
    out.trailer.set("Info", info_id);
    // The parts' own catalogs, page trees, outlines and the footer pages are
    // no longer referenced.
    out.prune_objects();
    // Contiguous object numbers make one cross-reference subsection; poppler
    // misreads a table split into many.
    out.renumber_objects();
    // A classic cross-reference table: every reader accepts it, and it
    // lists the free object 0 that poppler insists on.
    out.reference_table.cross_reference_type = lopdf::xref::XrefType::CrossReferenceTable;
    let mut bytes = Vec::new();
    out.save_to(&mut bytes)
        .map_err(|e| Error::io("cannot write the joined PDF", e))?;
    Ok(bytes)
}

/// A PDF text string: UTF-16BE with byte-order mark.
fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xFE, 0xFF];
    bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    bytes
}

/// The XMP metadata stream, which PDF/UA reads the title from; it repeats
/// the document information dictionary. The parts' own XMP (one per part,
/// with the part's page count) is left behind with their catalogs.
fn metadata(info: &DocumentInfo) -> Stream {
    let xml = format!(
        "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\
         <x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\
         <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\
         <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
         xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\
         <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">{}</rdf:li></rdf:Alt></dc:title>\
         <dc:language><rdf:Bag><rdf:li>{}</rdf:li></rdf:Bag></dc:language>\
         <dc:format>application/pdf</dc:format>\
         <pdf:Producer>{PRODUCER}</pdf:Producer>\
         </rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>",
        xml_escape(info.title),
        info.lang.code()
    );
    // Left uncompressed, as readers that look for XMP without parsing the
    // PDF expect.
    Stream::new(
        dictionary! { "Type" => "Metadata", "Subtype" => "XML" },
        xml.into_bytes(),
    )
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
