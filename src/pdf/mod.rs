//! The PDF engine shared by every printed document (the notice, the register
//! print): typst markup in, PDF bytes out, typeset inside this process with the
//! fonts compiled into the binary, so printing needs no network, no system
//! fonts and no external program.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, OnceLock};

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards};

use crate::{Error, Result};

/// Typesets a typst markup document and returns the PDF.
///
/// The document sees no files but itself, no packages and no clock (`today`
/// is `none`), so the same source always gives the same PDF. An error names
/// the first problem typst reports, with the offending line of the source.
pub fn compile(source: &str) -> Result<Vec<u8>> {
    let world = SingleFile {
        resources: resources(),
        main: Source::detached(source),
    };
    let warned = typst::compile::<PagedDocument>(&world);
    // typst memoises aggressively across compilations; keep only what the
    // last few documents used so a long-running desktop app does not grow.
    typst::comemo::evict(10);
    let document = warned
        .output
        .map_err(|errors| typeset_error(&world, &errors))?;
    let options = PdfOptions {
        ident: Smart::Custom("vvt".into()),
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| typeset_error(&world, &errors))
}

/// One part of a document typeset in parts: its PDF, its number of pages and
/// the page (counted from 1 within the part) on which each heading starts, in
/// document order.
pub(crate) struct Part {
    pub pdf: Vec<u8>,
    pub pages: usize,
    pub headings: Vec<usize>,
}

/// What a part's PDF carries besides its pages.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Tagging {
    /// No structure tree: for a layer drawn over other pages (the footers),
    /// whose content is marked as an artifact where it is drawn.
    None,
    /// A structure tree, as typst writes it for every document, for the
    /// joiner to merge.
    Tagged,
    /// Tagged and checked by typst's PDF/UA-1 checker, whose first complaint
    /// fails the part.
    CheckedUa1,
}

/// Typesets one part of a long document (the register print of thousands of
/// activities): typst keeps every laid-out page in memory, so such a document
/// is typeset in parts and joined afterwards, and typst's cache is cleared so
/// that memory stays at one part's worth per thread typesetting.
pub(crate) fn compile_part(source: &str, tagging: Tagging) -> Result<Part> {
    use typst::foundations::{NativeElement, Selector};
    use typst::introspection::Introspector;
    use typst::model::HeadingElem;

    let world = SingleFile {
        resources: resources(),
        main: Source::detached(source),
    };
    let warned = typst::compile::<PagedDocument>(&world);
    // The cache is global: this also drops what a part typesetting at the
    // same time on another thread has cached. That costs that part some
    // time, never correctness (comemo's caches are locked), and keeps memory
    // bounded however many parts there are.
    typst::comemo::evict(0);
    let document = warned
        .output
        .map_err(|errors| typeset_error(&world, &errors))?;
    let introspector = document.introspector();
    let headings = introspector
        .query(&Selector::Elem(HeadingElem::ELEM, None))
        .iter()
        .filter_map(|h| h.location())
        .filter_map(|l| introspector.position(l))
        .map(|p| p.page.get())
        .collect();
    let options = PdfOptions {
        ident: Smart::Custom("vvt".into()),
        tagged: tagging != Tagging::None,
        standards: standards(tagging)?,
        ..PdfOptions::default()
    };
    let pdf =
        typst_pdf::pdf(&document, &options).map_err(|errors| typeset_error(&world, &errors))?;
    Ok(Part {
        pdf,
        pages: document.pages().len(),
        headings,
    })
}

fn standards(tagging: Tagging) -> Result<PdfStandards> {
    match tagging {
        Tagging::CheckedUa1 => PdfStandards::new(&[PdfStandard::Ua_1])
            .map_err(|e| Error::render("PDF", format!("cannot check PDF/UA-1: {}", e.message()))),
        _ => Ok(PdfStandards::default()),
    }
}

/// Typesets `sources` as parts on every available core and returns them in
/// the order given. `progress(done)` is told on the calling thread after
/// each finished part, so it only ever counts up. Each thread holds at most
/// one typst document at a time; what is collected are finished PDFs.
pub(crate) fn compile_parts(
    sources: Vec<String>,
    tagging: Tagging,
    progress: &mut dyn FnMut(usize),
) -> Result<Vec<Part>> {
    let mut parts: Vec<Option<Part>> = std::iter::repeat_with(|| None)
        .take(sources.len())
        .collect();
    let mut done = 0;
    compile_parts_each(sources, tagging, &mut |i, part| {
        parts[i] = Some(part);
        done += 1;
        progress(done);
        Ok(())
    })?;
    parts
        .into_iter()
        .map(|p| p.ok_or_else(|| Error::render("PDF", "a part was not typeset".to_owned())))
        .collect()
}

/// Typesets `sources` as parts on every available core and hands each
/// finished part with its index to `each`, on the calling thread, in the
/// order they finish. A source is dropped once its part is typeset, and
/// what `each` keeps is up to it: the register print writes the parts of
/// a large register to disk. An error from a part or from `each` stops
/// the other threads after their current part.
pub(crate) fn compile_parts_each(
    sources: Vec<String>,
    tagging: Tagging,
    each: &mut dyn FnMut(usize, Part) -> Result<()>,
) -> Result<()> {
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, sources.len().max(1));
    let next = AtomicUsize::new(0);
    let sources: Vec<std::sync::Mutex<String>> =
        sources.into_iter().map(std::sync::Mutex::new).collect();
    std::thread::scope(|scope| -> Result<()> {
        let (sender, receiver) = mpsc::channel();
        for _ in 0..workers {
            let sender = sender.clone();
            let next = &next;
            let sources = &sources;
            scope.spawn(move || loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(slot) = sources.get(i) else { break };
                // Each index is taken by one thread only.
                let source = match slot.lock() {
                    Ok(mut source) => std::mem::take(&mut *source),
                    Err(poisoned) => std::mem::take(&mut *poisoned.into_inner()),
                };
                let part = compile_part(&source, tagging);
                drop(source);
                // A closed channel means the collector gave up on an error.
                if sender.send((i, part)).is_err() {
                    break;
                }
            });
        }
        drop(sender);
        // Leaving the loop on an error drops the receiver, which stops every
        // thread after its current part.
        for (i, part) in receiver {
            each(i, part?)?;
        }
        Ok(())
    })
}

fn typeset_error(world: &SingleFile, errors: &[SourceDiagnostic]) -> Error {
    let source = &world.main;
    let first = errors.iter().find(|e| e.severity == Severity::Error);
    let reason = match first {
        Some(e) => {
            let line = world
                .range(e.span)
                .and_then(|r| source.lines().byte_to_line(r.start))
                .map(|l| {
                    let text = source.text().lines().nth(l).unwrap_or_default();
                    format!(" (line {}: {})", l + 1, text.trim())
                })
                .unwrap_or_default();
            format!("{}{line}", e.message)
        }
        None => "typesetting failed".to_owned(),
    };
    Error::render("PDF", format!("cannot typeset the PDF: {reason}"))
}

/// The fonts compiled into the binary (licences in `fonts/LICENSE.md`): the
/// four styles of Libertinus Serif that every document is set in, and DejaVu
/// Sans Mono, whose wide coverage of symbols and scripts typst falls back to
/// for a character Libertinus lacks. typst-assets would embed eleven families
/// more (the math and TeX fonts) that no document of ours uses.
const FONTS: [&[u8]; 5] = [
    include_bytes!("fonts/LibertinusSerif-Regular.otf"),
    include_bytes!("fonts/LibertinusSerif-Bold.otf"),
    include_bytes!("fonts/LibertinusSerif-Italic.otf"),
    include_bytes!("fonts/LibertinusSerif-BoldItalic.otf"),
    include_bytes!("fonts/DejaVuSansMono.ttf"),
];

/// The standard library and the embedded fonts: immutable, the same for every
/// document, and costly enough (font parsing) to build only once per process.
struct Resources {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

fn resources() -> &'static Resources {
    static RESOURCES: OnceLock<Resources> = OnceLock::new();
    RESOURCES.get_or_init(|| {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        Resources {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
        }
    })
}

/// A typst world holding exactly one source file.
struct SingleFile {
    resources: &'static Resources,
    main: Source,
}

impl World for SingleFile {
    fn library(&self) -> &LazyHash<Library> {
        &self.resources.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.resources.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_owned()))
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.resources.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}
