//! The UI's TypeScript types, generated from the Rust types with ts-rs so the
//! UI and the core cannot drift apart: this test renders every type the UI
//! sees into one self-contained file and fails when the committed
//! ui/src/lib/bindings.ts differs from it. `VVT_UPDATE_BINDINGS=1` writes the
//! file instead.

use std::collections::BTreeSet;

use ts_rs::{Config, TS};

mod generated;
use vvt::checks::{Counts, Finding, RecordRef, Severity};

const UPDATE_COMMAND: &str = "VVT_UPDATE_BINDINGS=1 cargo test -p vvt-desktop --test bindings";

/// The declarations in the order they appear in the file.
struct Bindings {
    cfg: Config,
    text: String,
    declared: BTreeSet<String>,
    /// (type, type it refers to), checked once everything is declared.
    references: Vec<(String, String)>,
}

impl Bindings {
    fn new() -> Self {
        Bindings {
            // serde writes i64/u64 as JSON numbers, and every value VVT keeps
            // (ids, versions, counts, file sizes) is far below 2^53.
            cfg: Config::new().with_large_int("number"),
            text: format!(
                "// Generated from the Rust types by src-tauri/tests/bindings.rs; do not edit.\n\
                 // Run `{UPDATE_COMMAND}` after changing a Rust type.\n"
            ),
            declared: BTreeSet::new(),
            references: Vec::new(),
        }
    }

    fn add<T: TS + 'static>(&mut self) -> &mut Self {
        let name = T::ident(&self.cfg);
        assert!(self.declared.insert(name.clone()), "{name} is listed twice");
        self.text.push('\n');
        if let Some(docs) = T::docs() {
            self.text.push_str(&docs);
        }
        self.text.push_str("export ");
        self.text.push_str(&T::decl(&self.cfg));
        self.text.push('\n');
        for dependency in T::dependencies(&self.cfg) {
            self.references.push((name.clone(), dependency.ts_name));
        }
        self
    }

    /// The file's text; panics when a type refers to one that is not in it,
    /// since the file has no imports. ts-rs ends the lines before a field's
    /// doc comment with a space; those are trimmed so editors that strip
    /// trailing whitespace do not make the file drift.
    fn finish(self) -> String {
        let missing: Vec<String> = self
            .references
            .iter()
            .filter(|(_, used)| !self.declared.contains(used))
            .map(|(by, used)| format!("{used} (used by {by})"))
            .collect();
        assert!(
            missing.is_empty(),
            "add these types to src-tauri/tests/bindings.rs: {}",
            missing.join(", ")
        );
        let mut text = self
            .text
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n");
        text.push('\n');
        text
    }
}

fn render() -> String {
    let mut b = Bindings::new();
    b.add::<serde_json::Value>()
        .add::<vvt::Lang>()
        // The register and its header.
        .add::<vvt::Register>()
        .add::<vvt::Organisation>()
        .add::<vvt::Controller>()
        .add::<vvt::Dpo>()
        .add::<vvt::ContactParty>()
        .add::<vvt::JointController>()
        // Processing activities.
        .add::<vvt::ProcessingActivity>()
        .add::<vvt::ActivityStatus>()
        .add::<vvt::SubjectGroup>()
        .add::<vvt::Purpose>()
        .add::<vvt::DataCategory>()
        .add::<vvt::RetentionRule>()
        .add::<vvt::RetentionStart>()
        .add::<vvt::RetentionEnd>()
        .add::<vvt::Period>()
        .add::<vvt::PeriodUnit>()
        .add::<vvt::DataSource>()
        .add::<vvt::ProvisionRequirement>()
        .add::<vvt::ProvisionKind>()
        .add::<vvt::AutomatedDecisions>()
        .add::<vvt::AutomatedDecision>()
        .add::<vvt::DecisionEffect>()
        .add::<vvt::DecisionException>()
        .add::<vvt::DecisionSafeguard>()
        .add::<vvt::Embed>()
        .add::<vvt::EmbedKind>()
        .add::<vvt::EmbedAccess>()
        .add::<vvt::Information>()
        .add::<vvt::InformationExemption>()
        .add::<vvt::Recipient>()
        .add::<vvt::RecipientRole>()
        .add::<vvt::PublicationChannel>()
        .add::<vvt::Transfer>()
        .add::<vvt::Dpia>()
        // Parties, TOMs, the processor's record.
        .add::<vvt::Party>()
        .add::<vvt::ProcessorAgreement>()
        .add::<vvt::Art28Point>()
        .add::<vvt::SubProcessor>()
        .add::<vvt::Tom>()
        .add::<vvt::ProtectionGoal>()
        .add::<vvt::ProcessorActivity>()
        .add::<vvt::ClientController>()
        // History and publications.
        .add::<vvt::ChangeRecord>()
        .add::<vvt::FieldChange>()
        .add::<vvt::EntityKind>()
        .add::<vvt::ChangeAction>()
        .add::<vvt::Publication>()
        // Catalogs.
        .add::<vvt::Catalogs>()
        .add::<vvt::LegalBasis>()
        .add::<vvt::LegalBasisKind>()
        .add::<vvt::Country>()
        .add::<vvt::Adequacy>()
        .add::<vvt::TransferMechanism>()
        .add::<vvt::Authority>()
        .add::<vvt::Suggestion>()
        .add::<vvt::DpiaCriterion>()
        .add::<vvt::DpiaList>()
        .add::<vvt::DpiaOutcome>()
        .add::<vvt::DpiaAssessment>()
        // Lists and the start screen.
        .add::<vvt::RegisterSummary>()
        .add::<vvt::ActivityListItem>()
        .add::<vvt::ActivityFilter>()
        // Checks.
        .add::<Finding>()
        .add::<Severity>()
        .add::<RecordRef>()
        .add::<Counts>()
        // The notice and the register print.
        .add::<vvt::notice::Preview>()
        .add::<vvt::notice::MissingItem>()
        .add::<vvt::notice::LeftOut>()
        .add::<vvt::notice::Overrides>()
        .add::<vvt::notice::SeparateNotice>()
        .add::<vvt::notice::ActivityRef>()
        .add::<vvt::notice::Published>()
        .add::<vvt::notice::VersionDiff>()
        // The desktop shell's own IPC types.
        .add::<vvt::ErrorCode>()
        .add::<vvt_desktop::CommandError>()
        .add::<vvt_desktop::ReasonText>()
        .add::<vvt_desktop::FieldProblem>()
        .add::<vvt::Reason>()
        .add::<vvt::reason::Listed>()
        .add::<vvt::reason::ValueProblem>()
        .add::<vvt::reason::KeyedRecord>()
        .add::<vvt::reason::UsedBy>()
        .add::<vvt::reason::PartyList>()
        .add::<vvt::reason::ProtectedFile>()
        .add::<vvt::reason::DateProblem>()
        .add::<vvt::reason::RestoreObstacle>()
        .add::<vvt_desktop::BackupEntry>()
        .add::<vvt::notice::NoticeFormat>()
        .add::<vvt::register_print::RegisterFormat>()
        .add::<vvt_desktop::RegisterExport>()
        .add::<vvt_desktop::Progress>()
        .add::<vvt_desktop::TablePreview>()
        .add::<vvt_desktop::TableActivity>()
        .add::<vvt::TranslatableText>()
        .add::<vvt::TranslationSummary>()
        .add::<vvt::TranslationStatus>()
        .add::<vvt::Translation>()
        .add::<vvt_desktop::About>();
    b.finish()
}

#[test]
fn ui_bindings_match_the_rust_types() {
    generated::check_generated(
        "../ui/src/lib/bindings.ts",
        &render(),
        "the Rust types",
        UPDATE_COMMAND,
    );
}

#[test]
fn large_integers_are_numbers_and_dates_strings() {
    let text = render();
    assert!(!text.contains("bigint"), "{text}");
    assert!(text.contains("export type ChangeRecord = { id: number, at: string,"));
}
