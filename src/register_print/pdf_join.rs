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
//!
//! Each part is loaded, trimmed to its pages and structure, renumbered to
//! follow the part before and written out ([`super::pdf_writer`]) before
//! the next is loaded. The objects that tie the parts together (catalog,
//! page tree, structure tree root …) have fixed numbers from the start, so
//! that the parts can refer to them before they are written.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, Stream};

use super::pdf_structure::StructureTree;
use super::pdf_writer::{extract, PdfWriter};
use crate::{Error, Lang, Result};

const CATALOG: ObjectId = (1, 0);
const PAGES: ObjectId = (2, 0);
const INFO: ObjectId = (3, 0);
const METADATA: ObjectId = (4, 0);
/// The content streams drawn before and after each page's own.
const OPEN: ObjectId = (5, 0);
const CLOSE: ObjectId = (6, 0);
const STRUCT_TREE_ROOT: ObjectId = (7, 0);
const DOCUMENT: ObjectId = (8, 0);
const FIRST_FREE: u32 = 9;

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

/// Copies what a page may inherit from the page tree onto each page, since
/// the part's page tree is left behind, and detaches the pages from it.
fn detach(doc: &mut Document, pages: &[ObjectId]) {
    for &id in pages {
        for key in [b"Resources".as_slice(), b"MediaBox".as_slice()] {
            if let Some(value) = inherited(doc, id, key) {
                if let Ok(page) = doc.get_dictionary_mut(id) {
                    page.set(key, value);
                }
            }
        }
        if let Ok(page) = doc.get_dictionary_mut(id) {
            page.remove(b"Parent");
        }
    }
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

/// Joins `parts` in order, draws page i of `footers` (the pages of all its
/// pieces, in order) over page i, and adds `bookmarks` as the document
/// outline; writes the joined file to `out` as it goes. Each part is read
/// when its turn comes and dropped once joined.
pub fn join(
    parts: impl IntoIterator<Item = Result<Vec<u8>>>,
    footers: &[Vec<u8>],
    info: &DocumentInfo,
    bookmarks: &[Bookmark],
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let mut joiner = Joiner {
        out: PdfWriter::new(out)?,
        next: FIRST_FREE,
        forms: Vec::new(),
        pages: Vec::new(),
        structure: StructureTree::new(STRUCT_TREE_ROOT, DOCUMENT),
    };
    for piece in footers {
        joiner.footers(piece)?;
    }
    for (i, part) in parts.into_iter().enumerate() {
        joiner.part(&part?, i)?;
    }
    joiner.finish(info, bookmarks)
}

/// The joined file while it is written.
struct Joiner<'w> {
    out: PdfWriter<'w>,
    /// The first object number not yet given.
    next: u32,
    /// The footer of each page, as a form XObject.
    forms: Vec<ObjectId>,
    pages: Vec<ObjectId>,
    structure: StructureTree,
}

impl Joiner<'_> {
    /// Writes each page of a piece of the footers as a form XObject (with the
    /// fonts it uses), following those of the pieces before.
    fn footers(&mut self, bytes: &[u8]) -> Result<()> {
        let mut doc = Document::load_mem(bytes).map_err(pdf_error)?;
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        detach(&mut doc, &pages);
        let mut forms = Vec::with_capacity(pages.len());
        for &page in &pages {
            let form = form(&doc, page)?;
            forms.push(doc.add_object(form));
        }
        let renumbered = extract(&mut doc, &forms, self.next);
        self.next = doc.max_id + 1;
        self.forms
            .extend(forms.iter().filter_map(|f| renumbered.get(f).copied()));
        self.out.write_all(&mut doc)
    }

    /// Writes part number `index`: its pages, each with its footer drawn
    /// over it, and what its structure tree holds.
    fn part(&mut self, bytes: &[u8], index: usize) -> Result<()> {
        let mut doc = Document::load_mem(bytes).map_err(pdf_error)?;
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        detach(&mut doc, &pages);
        let root = doc
            .catalog()
            .and_then(|c| c.get(b"StructTreeRoot"))
            .and_then(Object::as_reference)
            .ok();
        let roots: Vec<ObjectId> = pages.iter().copied().chain(root).collect();
        let renumbered = extract(&mut doc, &roots, self.next);
        self.next = doc.max_id + 1;
        if let Some(&root) = root.and_then(|r| renumbered.get(&r)) {
            self.structure.add_part(&mut doc, index, root);
        }
        for page in pages.iter().filter_map(|p| renumbered.get(p)) {
            let Some(&form) = self.forms.get(self.pages.len()) else {
                return Err(self.footer_mismatch());
            };
            stamp(&mut doc, *page, form)?;
            self.pages.push(*page);
        }
        self.out.write_all(&mut doc)
    }

    fn footer_mismatch(&self) -> Error {
        Error::validation(
            "pdf",
            crate::Reason::FooterPages {
                footers: self.forms.len(),
                pages: self.pages.len() + 1,
            },
        )
    }

    /// Writes the objects that tie the parts together and the file's end.
    fn finish(mut self, info: &DocumentInfo, bookmarks: &[Bookmark]) -> Result<()> {
        if self.forms.len() != self.pages.len() {
            return Err(Error::validation(
                "pdf",
                crate::Reason::FooterPages {
                    footers: self.forms.len(),
                    pages: self.pages.len(),
                },
            ));
        }
        let kids: Vec<Object> = self.pages.iter().map(|&p| Object::Reference(p)).collect();
        let count = kids.len() as i64;
        let pages = dictionary! { "Type" => "Pages", "Kids" => kids, "Count" => count };
        self.out.write(PAGES.0, Object::Dictionary(pages))?;
        // Balanced graphics state around the page's own content, then the
        // footer, marked as an artifact so that it stays out of the structure.
        self.out.write(
            OPEN.0,
            Stream::new(Dictionary::new(), b"q\n".to_vec()).into(),
        )?;
        let close = format!(
            "\nQ\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n\
             q /{FOOTER} Do Q\nEMC\n"
        );
        self.out.write(
            CLOSE.0,
            Stream::new(Dictionary::new(), close.into_bytes()).into(),
        )?;
        let mut catalog = dictionary! {
            "Type" => "Catalog",
            "Pages" => PAGES,
            "Lang" => Object::string_literal(info.lang.code()),
            // Viewers show the title rather than the file name, as PDF/UA asks.
            "ViewerPreferences" => dictionary! { "DisplayDocTitle" => true },
            "Metadata" => METADATA,
        };
        if let Some(outline) = self.outline(bookmarks)? {
            catalog.set("Outlines", outline);
            catalog.set("PageMode", "UseOutlines");
        }
        if let Some((root, document)) = self.structure.finish() {
            self.out
                .write(STRUCT_TREE_ROOT.0, Object::Dictionary(root))?;
            self.out.write(DOCUMENT.0, Object::Dictionary(document))?;
            catalog.set("StructTreeRoot", STRUCT_TREE_ROOT);
            catalog.set("MarkInfo", dictionary! { "Marked" => true });
        }
        self.out.write(CATALOG.0, Object::Dictionary(catalog))?;
        self.out.write(METADATA.0, metadata(info).into())?;
        let document_info = dictionary! {
            "Title" => Object::string_literal(utf16(info.title)),
            "Producer" => Object::string_literal(PRODUCER),
        };
        self.out.write(INFO.0, Object::Dictionary(document_info))?;
        self.out.finish(CATALOG.0, INFO.0)
    }

    /// Writes the outline of sections and records; returns its root.
    fn outline(&mut self, bookmarks: &[Bookmark]) -> Result<Option<ObjectId>> {
        // lopdf builds the outline's objects; a document of its own numbers
        // them after the parts.
        let mut outline = Document::with_version("1.7");
        outline.max_id = self.next - 1;
        let mut parent = None;
        for b in bookmarks {
            let Some(&page) = b.page.checked_sub(1).and_then(|i| self.pages.get(i)) else {
                continue;
            };
            let mark = lopdf::Bookmark::new(b.title.clone(), [0.0; 3], 0, page);
            match b.level {
                1 => parent = Some(outline.add_bookmark(mark, None)),
                _ => {
                    outline.add_bookmark(mark, parent);
                }
            }
        }
        let root = outline.build_outline();
        self.next = outline.max_id + 1;
        self.out.write_all(&mut outline)?;
        Ok(root)
    }
}

/// Draws footer `form` over `page` after the page's own content.
fn stamp(doc: &mut Document, page: ObjectId, form: ObjectId) -> Result<()> {
    let dict = doc.get_dictionary(page).map_err(pdf_error)?;
    let mut resources = own_dictionary(doc, dict.get(b"Resources").ok());
    let mut xobjects = own_dictionary(doc, resources.get(b"XObject").ok());
    xobjects.set(FOOTER, form);
    resources.set("XObject", xobjects);
    let mut contents = vec![Object::Reference(OPEN)];
    match dict.get(b"Contents") {
        Ok(Object::Array(a)) => contents.extend(a.iter().cloned()),
        Ok(other) => contents.push(other.clone()),
        Err(_) => {}
    }
    contents.push(Object::Reference(CLOSE));
    let dict = doc.get_dictionary_mut(page).map_err(pdf_error)?;
    dict.set("Resources", resources);
    dict.set("Contents", contents);
    dict.set("Parent", PAGES);
    Ok(())
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
