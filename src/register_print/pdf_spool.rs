//! The typeset parts of the PDF print until they are joined
//! ([`super::pdf_join`]): the first few in memory, the rest of a large
//! register's in a temporary folder of the user's alone, so that the memory
//! the print takes does not grow with its pages.

use crate::Result;

/// What the join needs to know of a typeset part besides its PDF.
pub(super) struct Typeset {
    pub pages: usize,
    pub headings: Vec<usize>,
}

/// A typeset part's PDF until the join reads it: in memory, or in a file
/// of the spool's folder.
enum Spooled {
    Memory(Vec<u8>),
    File(std::path::PathBuf),
}

/// The typeset parts of the print, in their order, until they are joined:
/// the first `in_memory` bytes in memory, the rest in a temporary folder
/// (in `temp`) that is removed with the spool. Where no temporary folder
/// can be made, every part stays in memory, as a print of a small register
/// does.
pub(super) struct Spool {
    parts: Vec<Option<(Typeset, Spooled)>>,
    held: usize,
    in_memory: usize,
    temp: std::path::PathBuf,
    folder: Option<tempfile::TempDir>,
    no_folder: bool,
}

impl Spool {
    pub fn new(count: usize, in_memory: usize, temp: &std::path::Path) -> Self {
        Self {
            parts: std::iter::repeat_with(|| None).take(count).collect(),
            held: 0,
            in_memory,
            temp: temp.to_owned(),
            folder: None,
            no_folder: false,
        }
    }

    pub fn keep(&mut self, i: usize, part: crate::pdf::Part) -> Result<()> {
        let typeset = Typeset {
            pages: part.pages,
            headings: part.headings,
        };
        let spooled = match self.spill(i, &part.pdf)? {
            Some(path) => Spooled::File(path),
            None => {
                self.held += part.pdf.len();
                Spooled::Memory(part.pdf)
            }
        };
        if let Some(slot) = self.parts.get_mut(i) {
            *slot = Some((typeset, spooled));
        }
        Ok(())
    }

    /// Writes part `i` to the spool's folder once the memory share is
    /// used up; `None` keeps it in memory.
    fn spill(&mut self, i: usize, pdf: &[u8]) -> Result<Option<std::path::PathBuf>> {
        if self.held + pdf.len() <= self.in_memory || self.no_folder {
            return Ok(None);
        }
        if self.folder.is_none() {
            let mut builder = tempfile::Builder::new();
            builder.prefix("vvt-parts-");
            // The parts hold the register's content: the folder is the
            // user's alone, as the app's print folder is.
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                builder.permissions(std::fs::Permissions::from_mode(0o700));
            }
            match builder.tempdir_in(&self.temp) {
                Ok(folder) => self.folder = Some(folder),
                Err(_) => {
                    self.no_folder = true;
                    return Ok(None);
                }
            }
        }
        let Some(folder) = &self.folder else {
            return Ok(None);
        };
        let path = folder.path().join(format!("part-{i}.pdf"));
        std::fs::write(&path, pdf).map_err(|e| {
            crate::Error::io(
                format!("cannot keep a typeset part in {}", folder.path().display()),
                e,
            )
        })?;
        Ok(Some(path))
    }

    pub fn meta(&self, i: usize) -> Option<&Typeset> {
        self.parts.get(i)?.as_ref().map(|(t, _)| t)
    }

    /// Puts `pdf` in place of part `i`'s PDF (the final contents).
    pub fn replace(&mut self, i: usize, pdf: Vec<u8>) {
        if let Some(Some((_, spooled))) = self.parts.get_mut(i) {
            *spooled = Spooled::Memory(pdf);
        }
    }

    /// The parts' PDFs in order, each read (and its file removed) when the
    /// join takes it.
    pub fn drain(mut self) -> impl Iterator<Item = Result<Vec<u8>>> {
        let parts = std::mem::take(&mut self.parts);
        // The folder goes when the last part has been read.
        let folder = self.folder.take();
        parts.into_iter().map(move |part| {
            let _keep = &folder;
            match part {
                Some((_, Spooled::Memory(pdf))) => Ok(pdf),
                Some((_, Spooled::File(path))) => {
                    let read = std::fs::read(&path).map_err(|e| {
                        crate::Error::io(format!("cannot read {}", path.display()), e)
                    });
                    let _ = std::fs::remove_file(&path);
                    read
                }
                None => Err(crate::Error::render("PDF", "a part was not typeset")),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A part that goes to disk waits in a folder only the user can read,
    /// which is gone with the spool.
    #[cfg(unix)]
    #[test]
    fn the_parts_folder_is_the_users_alone() {
        use std::os::unix::fs::PermissionsExt;
        let temp = tempfile::tempdir().expect("a temporary folder");
        let mut spool = Spool::new(1, 0, temp.path());
        let part = crate::pdf::Part {
            pdf: b"%PDF-".to_vec(),
            pages: 1,
            headings: Vec::new(),
        };
        spool.keep(0, part).expect("a part is kept");
        let folder = spool.folder.as_ref().expect("the part went to disk").path();
        let mode = std::fs::metadata(folder)
            .expect("the folder exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o700, "only the user reads the parts");
        let read: Vec<Vec<u8>> = spool
            .drain()
            .collect::<Result<_>>()
            .expect("the part reads");
        assert_eq!(read, vec![b"%PDF-".to_vec()]);
        let left: Vec<_> = std::fs::read_dir(temp.path())
            .expect("the folder reads")
            .collect();
        assert!(left.is_empty(), "the parts' folder is removed: {left:?}");
    }
}
