// The app's IPC commands, each listed once. build.rs reads this list for the
// commands' permissions, src/ipc.rs for the invoke handler and for the
// TypeScript wrappers and the capability that tests/commands.rs writes
// (ui/src/lib/commands.ts, capabilities/default.json). Adding a command is
// its function plus one entry here, then `VVT_UPDATE_BINDINGS=1 cargo test
// -p vvt-desktop --test commands`.
//
// An entry is `module::name(argument: Type, …) -> Type;`: the arguments the
// UI sends, as the function names and types them (it takes those Tauri
// injects, such as `State` or `AppHandle`, before them), and the `R` of the
// `Result<R, CommandError>` it answers with. The types are checked against
// the function's when the app compiles; the names are not, so keep them the
// function's. `Value => Type` is a record the command checks itself, sent as
// `Type`; `as "…"` gives the TypeScript type of a value ts-rs does not
// describe. The doc comment becomes the wrapper's.
commands! {
    // ---- The register -------------------------------------------------------

    /// Organisation, counts and file of the open register, for the start screen.
    commands::register_summary() -> RegisterSummary;
    /// The program's version, the open register's file and the schema and format versions ("Über VVT").
    commands::about() -> About;
    /// Takes over a register on a network drive whose holder is gone; its summary, now editable.
    commands::take_over_register() -> RegisterSummary;
    /// The backups of the open register, newest first; works also when it could not be opened.
    commands::list_backups() -> Vec<BackupEntry>;
    /// Restores a backup listed by `listBackups` and returns the restored register's summary.
    commands::restore_backup(path: String) -> RegisterSummary;
    /// Loads the example register (online meetings) into the open register, which must be empty.
    commands::load_example() -> RegisterSummary;
    /// Asks for a new file name (native save dialog, in `lang`), creates an
    /// empty register there and opens it. `null` when the DPO cancelled the
    /// dialog.
    commands::new_register(lang: Option<String>) -> Option<RegisterSummary>;
    /// Asks for a register file (native open dialog) and opens it; `null` when cancelled.
    commands::open_register(lang: Option<String>) -> Option<RegisterSummary>;
    /// Asks for a file name (native save dialog) and writes a consistent copy of
    /// the open register there; the open register stays open. Returns the copy's
    /// path, `null` when cancelled.
    commands::save_copy_as(lang: Option<String>) -> Option<String>;

    // ---- Processing activities ----------------------------------------------

    /// The activity list, narrowed by the search text and filters, ordered by key.
    records::find_activities(filter: Value => ActivityFilter) -> Vec<ActivityListItem>;
    /// One activity with all its parts, for the editor.
    records::get_activity(key: String) -> ProcessingActivity;
    /// A draft of a new activity with a free key proposed ("VT-004"); nothing is saved.
    records::new_activity() -> ProcessingActivity;
    /// Saves a new activity; returns it as stored (version 1, timestamps set).
    records::create_activity(activity: Value => ProcessingActivity) -> ProcessingActivity;
    /// Saves an edited activity. Its `version` must be the one loaded: a record
    /// changed elsewhere meanwhile is refused with code `conflict` and nothing is
    /// overwritten. Invalid input is refused with code `validation` and `field`
    /// set to the path inside the record (`purposes[0].legal_bases[1]`,
    /// `next_review`).
    records::update_activity(activity: Value => ProcessingActivity) -> ProcessingActivity;
    records::delete_activity(key: String, version: i64) -> ();

    // ---- Parties, organisation, TOMs, catalogs -------------------------------

    records::list_parties() -> Vec<Party>;
    records::create_party(party: Value => Party) -> Party;
    records::update_party(party: Value => Party) -> Party;
    records::delete_party(key: String, version: i64) -> ();
    records::get_organisation() -> Organisation;
    records::save_organisation(organisation: Value => Organisation) -> Organisation;
    records::list_toms() -> Vec<Tom>;
    records::create_tom(tom: Value => Tom) -> Tom;
    records::update_tom(tom: Value => Tom) -> Tom;
    records::delete_tom(key: String, version: i64) -> ();

    // ---- The processor's record (Art. 30(2)) --------------------------------

    /// What the organisation processes on behalf of other controllers, by key.
    records::list_processor_activities() -> Vec<ProcessorActivity>;
    records::create_processor_activity(entry: Value => ProcessorActivity) -> ProcessorActivity;
    records::update_processor_activity(entry: Value => ProcessorActivity) -> ProcessorActivity;
    records::delete_processor_activity(key: String, version: i64) -> ();
    /// Legal bases, countries, transfer mechanisms, authorities and suggestions, each with its source.
    records::get_catalogs() -> Catalogs;

    // ---- History --------------------------------------------------------------

    /// The changes of one record, newest first.
    records::record_history(entity: EntityKind, key: String) -> Vec<ChangeRecord>;
    /// Sets `field` of the record back to the value it had before change
    /// `changeId` (its `old` value), saved as a new change. `version` is the
    /// record's version as the UI has it (stale → `conflict`). Returns the saved
    /// record (an activity, party, TOM or the organisation).
    records::restore_value(
        entity: EntityKind,
        key: String,
        change_id: i64,
        field: String,
        version: i64,
    ) -> Value as "unknown";

    // ---- Translations ---------------------------------------------------------

    /// The translatable texts of one record beside their English translations
    /// and status, labelled in `lang` (the translation view).
    records::translation_texts(entity: EntityKind, key: String, lang: Lang) -> Vec<TranslatableText>;
    /// What is untranslated or outdated in the whole register, with the counts;
    /// `openOnly` lists only those (the counts stay complete).
    records::translation_summary(lang: Lang, open_only: bool) -> TranslationSummary;
    /// Saves the English translation of one text, made from its German text as
    /// it stands now; returns the text with its new status. A field that is no
    /// translatable text is refused with code `validation`.
    records::set_translation(
        entity: EntityKind,
        key: String,
        field: String,
        text: String,
        lang: Lang,
    ) -> TranslatableText;
    /// Removes the English translation of one text.
    records::clear_translation(entity: EntityKind, key: String, field: String) -> ();

    // ---- The notice ---------------------------------------------------------

    /// The notice as the register gives it now: the whole HTML page (with its own
    /// inline `<style>`, which the app's CSP does not apply — the view styles it
    /// itself), the Art. 13/14 items still missing and the active activities it
    /// leaves out. `separate` names a separate privacy notice (a `reference` of
    /// `separateNotices()`) instead of the public notice; one no active activity
    /// names any more is refused with `not_found`.
    outputs::notice_preview(lang: Lang, separate: Option<String>) -> Preview;
    /// The separate privacy notices that active activities name (employees, applicants …).
    outputs::separate_notices() -> Vec<SeparateNotice>;

    // ---- Activities from a spreadsheet (docs/import-table.md) ---------------

    /// Asks for a CSV file and checks it against the open register without
    /// changing anything: the activities it would add, its ignored columns and
    /// its errors (messages in `lang`); `null` when cancelled.
    table_import::preview_table_import(lang: Lang) -> Option<TablePreview>;
    /// Adds the activities of the previewed file its preview's `token` names
    /// (never a path) in one transaction (the file is read again); refused
    /// (`validation`, field `file`) when it no longer reads cleanly. Returns how
    /// many were added.
    table_import::import_table(token: String, lang: Lang) -> u32;
    /// Asks where to save the empty template (headings in `lang`); its path, or `null` when cancelled.
    table_import::save_import_template(lang: Lang) -> Option<String>;

    // ---- Publishing the notice ------------------------------------------------

    /// Asks where to save the notice (the public one, or the separate privacy notice
    /// named `separate`) and writes it; the path, or `null` when cancelled.
    outputs::export_notice(lang: Lang, format: NoticeFormat, separate: Option<String>) -> Option<String>;
    /// Publishes the notice in `lang` as a new immutable version. With missing
    /// items it is refused (`validation`, field `missing`) unless `allowMissing`.
    outputs::publish_notice(lang: Lang, allow_missing: bool) -> Published;
    /// Every published version, newest first.
    outputs::list_publications() -> Vec<Publication>;
    /// A unified diff of published version `id` against the notice now.
    outputs::notice_diff(id: i64) -> VersionDiff;

    // ---- Checks and the register print --------------------------------------

    /// All findings of the checks, most severe first.
    outputs::check_register() -> Vec<Finding>;
    /// Asks where to save the register print and writes it; the path, or `null`
    /// when cancelled. A PDF reports `{ done, total }` activities on `onProgress`.
    outputs::export_register(
        options: RegisterExport,
        on_progress: Channel<Progress> as "Channel<Progress>",
    ) -> Option<String>;
    /// Writes the register as PDF (whatever `options.format` says) to a temporary
    /// file and opens it in the system's viewer to print; its path.
    outputs::print_register(
        options: RegisterExport,
        on_progress: Channel<Progress> as "Channel<Progress>",
    ) -> String;
}
