//! Every word of the native file dialogs, once per language: their titles,
//! the file-type names of their filters and the file names they propose.
//! The register's dialogs (commands.rs), the documents' (outputs.rs) and the
//! spreadsheet import's (table_import.rs) all take them from here.

use vvt::Lang;

pub(crate) struct DialogWords {
    pub new_register_title: &'static str,
    pub open_register_title: &'static str,
    pub copy_register_title: &'static str,
    /// The file type of a register in the filter.
    pub register_filter: &'static str,
    /// The file name proposed for a new register.
    pub new_register_file: &'static str,
    /// Appended to the open file's name for "save a copy as".
    pub copy_suffix: &'static str,
    pub notice_title: &'static str,
    pub notice_file: &'static str,
    pub register_export_title: &'static str,
    pub register_export_file: &'static str,
    pub open_table_title: &'static str,
    /// The file type of the spreadsheet import in the filter.
    pub table_filter: &'static str,
    pub template_title: &'static str,
    pub template_file: &'static str,
}

pub(crate) fn dialog_words(lang: Lang) -> DialogWords {
    match lang {
        Lang::De => DialogWords {
            new_register_title: "Neues Verzeichnis anlegen",
            open_register_title: "Verzeichnis öffnen",
            copy_register_title: "Kopie des Verzeichnisses speichern unter",
            register_filter: "VVT-Verzeichnis",
            new_register_file: "verzeichnis.vvt",
            copy_suffix: "kopie",
            notice_title: "Datenschutzhinweise speichern unter",
            notice_file: "datenschutzhinweise",
            register_export_title: "Verzeichnis exportieren nach",
            register_export_file: "verzeichnis-von-verarbeitungstaetigkeiten",
            open_table_title: "Tabelle mit Verarbeitungstätigkeiten öffnen",
            table_filter: "Tabelle (CSV oder Excel)",
            template_title: "Vorlage speichern unter",
            template_file: "vorlage-verarbeitungstaetigkeiten.csv",
        },
        Lang::En => DialogWords {
            new_register_title: "Create a new register",
            open_register_title: "Open a register",
            copy_register_title: "Save a copy of the register as",
            register_filter: "VVT register",
            new_register_file: "register.vvt",
            copy_suffix: "copy",
            notice_title: "Save the privacy notice as",
            notice_file: "privacy-notice",
            register_export_title: "Export the register to",
            register_export_file: "record-of-processing-activities",
            open_table_title: "Open a spreadsheet of processing activities",
            table_filter: "Spreadsheet (CSV or Excel)",
            template_title: "Save the template as",
            template_file: "processing-activities-template.csv",
        },
    }
}
