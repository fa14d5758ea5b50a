//! Third-party content the organisation's own page or service loads for its
//! users (avatars, fonts, plug-ins, pixels): the site operator decides that
//! the visitors' data goes to the third party and is jointly responsible
//! with it for that collection and transmission (CJEU C-40/17 Fashion ID),
//! even where the register records the third party as an independent
//! controller for what it does afterwards.

use super::context::{lower, Context};
use super::words::WordList;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{EmbedKind, ProcessingActivity, RecipientRole};

pub(super) const JOINT_CONTROL: Rule = Rule {
    id: "embed-joint-control",
    severity: Severity::Warning,
    source_de: "Art. 26 DSGVO; EuGH, Urteil vom 29.07.2019, C-40/17 (Fashion ID)",
    source_en: "Art. 26 GDPR; CJEU, judgment of 29 July 2019, C-40/17 (Fashion ID)",
    title_de: "Eingebundener Drittdienst als eigenständiger Verantwortlicher erfasst",
    title_en: "Embedded third-party service recorded as an independent controller",
};

/// Words saying that the organisation's page or software makes the user's
/// device or the service call the third party.
static EMBED: WordList = WordList::new(&[
    "eingebunden",
    "einbindung",
    "einbettung",
    "eingebettet",
    "nachgeladen",
    "abgerufen",
    "abruf ",
    "abruf des",
    "plug-in",
    "plugin",
    "widget",
    "social-media-button",
    "like-button",
    "gravatar",
    "profilbild",
    "avatar",
    "pixel",
    "web font",
    "webfont",
    "embed",
    "fetched",
    "loaded from",
]);

pub(super) fn check(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    for (i, r) in a.recipients.iter().enumerate() {
        if r.role != RecipientRole::IndependentController {
            continue;
        }
        let Some(key) = r.party.as_deref().map(str::trim).filter(|k| !k.is_empty()) else {
            continue; // a category of recipients, not a service that is called
        };
        let party = ctx.party(Some(key));
        let name = party.map_or(key, |p| p.name.trim());
        if joint_controller_recorded(ctx, a, name) {
            continue;
        }
        let mut text = format!("{}\n{}\n", lower(&r.description), lower(&r.note));
        if let Some(p) = party {
            text.push_str(&lower(&p.notes));
        }
        for t in a
            .transfers
            .iter()
            .filter(|t| t.recipient.as_deref().map(str::trim) == Some(key))
        {
            text.push('\n');
            text.push_str(&lower(&t.note));
        }
        text.push(' ');
        // A service of the activity's embed table run by this party counts
        // as embedded whatever the texts say.
        let listed = a.embeds.iter().find(|e| {
            e.kind == EmbedKind::Embed
                && e.provider
                    .as_deref()
                    .is_some_and(|p| p.trim().eq_ignore_ascii_case(name))
        });
        let word = match (listed, EMBED.first(&text)) {
            (Some(e), _) => e.name.trim().to_owned(),
            (None, Some(w)) => w.trim().to_owned(),
            (None, None) => continue,
        };
        out.push(
            JOINT_CONTROL
                .at(RecordRef::activity(&a.key), format!("recipients[{i}].role"))
                .message(
                    format!(
                        "„{name}“ ist als eigenständiger Verantwortlicher erfasst, erhält die \
                         Daten aber, weil der eigene Dienst ihn einbindet oder aufruft \
                         („{word}“)."
                    ),
                    format!(
                        "'{name}' is recorded as an independent controller, but receives the \
                         data because the organisation's own service embeds or calls it \
                         ('{word}')."
                    ),
                )
                .hint(
                    "Wer auf seiner Seite oder in seiner Anwendung einen Drittdienst einbindet, \
                     der dabei Daten der Nutzer erhebt, entscheidet über Erhebung und \
                     Übermittlung mit und ist dafür mit dem Anbieter gemeinsam verantwortlich; \
                     erst für die weitere Verarbeitung ist der Anbieter allein verantwortlich. \
                     Schließen Sie für diese Phase eine Vereinbarung nach Art. 26 DSGVO (oft \
                     bietet der Anbieter eine an), erfassen Sie den Anbieter als gemeinsam \
                     Verantwortlichen – oder binden Sie den Dienst so ein, dass keine Daten \
                     fließen, bevor der Nutzer es will.",
                    "Whoever embeds a third-party service on their page or in their application \
                     that collects the users' data there takes part in deciding on that \
                     collection and transmission and is jointly responsible for it with the \
                     provider; only for the further processing is the provider solely \
                     responsible. Conclude an arrangement under Art. 26 GDPR for that phase \
                     (providers often offer one), record the provider as joint controller – or \
                     embed the service so that no data flows before the user wants it to.",
                ),
        );
    }
}

/// True when the header records a joint controller of that name covering
/// the activity (an arrangement with no activities covers all).
fn joint_controller_recorded(ctx: &Context<'_>, a: &ProcessingActivity, name: &str) -> bool {
    ctx.register
        .organisation
        .joint_controllers
        .iter()
        .any(|jc| {
            jc.name.trim().eq_ignore_ascii_case(name)
                && (jc.activities.is_empty() || jc.activities.contains(&a.key))
        })
}
