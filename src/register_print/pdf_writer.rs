//! Writes the joined PDF object by object while the parts are joined, so
//! that only one part's objects are held as lopdf values at a time. Tagged,
//! the print of 2,000 activities has some 150,000 objects (one per element
//! of the structure tree); held together as one lopdf document they took
//! over half a gigabyte.

use std::collections::HashMap;
use std::io::Write;

use lopdf::{dictionary, Document, Object, ObjectId, Writer};

use crate::{Error, Result};

/// The file being written to `out`: how many bytes so far and where each
/// object starts. Each object goes to `out` as soon as it is written, so
/// the joined file need not be held in memory (`vvt register -o` streams it
/// into the output file).
pub(super) struct PdfWriter<'w> {
    out: &'w mut dyn Write,
    /// One object's bytes at a time, before they go to `out`.
    buffer: Vec<u8>,
    written: usize,
    /// The offset of object n at index n; `None` while it is not written.
    offsets: Vec<Option<usize>>,
}

fn write_error(e: impl std::fmt::Display) -> Error {
    Error::render("PDF", format!("cannot write the joined PDF: {e}"))
}

impl<'w> PdfWriter<'w> {
    pub fn new(out: &'w mut dyn Write) -> Result<Self> {
        let mut writer = Self {
            out,
            buffer: Vec::new(),
            written: 0,
            offsets: Vec::new(),
        };
        // The comment's bytes above 127 tell transfer programs the file is
        // binary.
        writer.emit(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")?;
        Ok(writer)
    }

    fn emit(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).map_err(write_error)?;
        self.written += bytes.len();
        Ok(())
    }

    /// Writes object `id` (generation 0).
    pub fn write(&mut self, id: u32, mut object: Object) -> Result<()> {
        let index = id as usize;
        if self.offsets.len() <= index {
            self.offsets.resize(index + 1, None);
        }
        self.offsets[index] = Some(self.written);
        if let Object::Stream(stream) = &mut object {
            let length = stream.content.len() as i64;
            stream.dict.set("Length", length);
        }
        let mut buffer = std::mem::take(&mut self.buffer);
        buffer.clear();
        buffer.extend_from_slice(format!("{id} 0 obj\n").as_bytes());
        Writer::write_object(&mut buffer, &object).map_err(write_error)?;
        buffer.extend_from_slice(b"\nendobj\n");
        let emitted = self.emit(&buffer);
        self.buffer = buffer;
        emitted
    }

    /// Writes every object of `doc`, taking them out of it.
    pub fn write_all(&mut self, doc: &mut Document) -> Result<()> {
        for ((id, _), object) in std::mem::take(&mut doc.objects) {
            self.write(id, object)?;
        }
        Ok(())
    }

    /// Writes the cross-reference table (a classic one in one subsection:
    /// every reader accepts it, and it lists the free object 0 that poppler
    /// insists on) and the trailer. An object number left unused is written
    /// as `null`, so that the numbers have no gaps.
    pub fn finish(mut self, root: u32, info: u32) -> Result<()> {
        for id in 1..self.offsets.len() {
            if self.offsets[id].is_none() {
                self.write(id as u32, Object::Null)?;
            }
        }
        let size = self.offsets.len().max(1);
        let start = self.written;
        let mut table = format!("xref\n0 {size}\n0000000000 65535 f \n");
        for offset in self.offsets.iter().skip(1).flatten() {
            table.push_str(&format!("{offset:010} 00000 n \n"));
        }
        self.emit(table.as_bytes())?;
        let trailer = dictionary! {
            "Size" => size as i64,
            "Root" => (root, 0),
            "Info" => (info, 0),
        };
        let mut end = b"trailer\n".to_vec();
        Writer::write_object(&mut end, &Object::Dictionary(trailer)).map_err(write_error)?;
        end.extend_from_slice(format!("\nstartxref\n{start}\n%%EOF\n").as_bytes());
        self.emit(&end)?;
        self.out.flush().map_err(write_error)
    }
}

/// Keeps of `doc` only what `roots` lead to and renumbers it to the numbers
/// from `next` on, without gaps; returns the new number of every object kept.
/// References to anything dropped become `null`.
pub(super) fn extract(
    doc: &mut Document,
    roots: &[ObjectId],
    next: u32,
) -> HashMap<ObjectId, ObjectId> {
    let keep = doc.add_object(dictionary! {
        "Keep" => roots.iter().map(|&r| Object::Reference(r)).collect::<Vec<_>>(),
    });
    doc.trailer = dictionary! { "Root" => keep };
    doc.prune_objects();
    doc.objects.remove(&keep);
    doc.trailer = lopdf::Dictionary::new();
    let renumbered: HashMap<ObjectId, ObjectId> = doc
        .objects
        .keys()
        .zip(next..)
        .map(|(&old, new)| (old, (new, 0)))
        .collect();
    let objects = std::mem::take(&mut doc.objects);
    doc.objects = objects
        .into_iter()
        .filter_map(|(old, mut object)| {
            remap(&mut object, &renumbered);
            renumbered.get(&old).map(|&new| (new, object))
        })
        .collect();
    doc.max_id = next + renumbered.len() as u32 - 1;
    renumbered
}

fn remap(object: &mut Object, renumbered: &HashMap<ObjectId, ObjectId>) {
    match object {
        Object::Reference(id) => match renumbered.get(id) {
            Some(&new) => *id = new,
            None => *object = Object::Null,
        },
        Object::Array(items) => items.iter_mut().for_each(|o| remap(o, renumbered)),
        Object::Dictionary(d) => d.iter_mut().for_each(|(_, o)| remap(o, renumbered)),
        Object::Stream(s) => s.dict.iter_mut().for_each(|(_, o)| remap(o, renumbered)),
        _ => {}
    }
}
