//! The cookie and embed table of a website or app activity (§ 25 TDDDG):
//! what needs consent must not be set or loaded before it, "strictly
//! necessary" does not cover measuring reach or advertising, and data that
//! goes to a third country is a transfer the register records with its
//! safeguard (Art. 44 ff. GDPR).

use super::context::{Context, Destination};
use super::tracking::TRACKING;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{EmbedAccess, ProcessingActivity};

pub(super) const BEFORE_CONSENT: Rule = Rule {
    id: "embed-before-consent",
    severity: Severity::Error,
    source_de: "§ 25 Abs. 1 TDDDG; EuGH, Urteil vom 01.10.2019, C-673/17 (Planet49)",
    source_en: "Section 25(1) TDDDG; CJEU, judgment of 1 October 2019, C-673/17 (Planet49)",
    title_de: "Einwilligungspflichtiger Cookie oder Dienst wird vor der Einwilligung geladen",
    title_en: "Cookie or service that needs consent is loaded before consent",
};

pub(super) const NOT_NECESSARY: Rule = Rule {
    id: "embed-not-strictly-necessary",
    severity: Severity::Warning,
    source_de: "§ 25 Abs. 2 Nr. 2 TDDDG",
    source_en: "Section 25(2) no. 2 TDDDG",
    title_de: "Reichweitenmessung, Tracking oder Werbung als unbedingt erforderlich erfasst",
    title_en: "Reach measurement, tracking or advertising recorded as strictly necessary",
};

pub(super) const TRANSFER_MISSING: Rule = Rule {
    id: "embed-transfer-not-recorded",
    severity: Severity::Warning,
    source_de: "Art. 13 Abs. 1 lit. f, Art. 30 Abs. 1 lit. e, Art. 44 ff. DSGVO",
    source_en: "Art. 13(1)(f), 30(1)(e), 44 et seq. GDPR",
    title_de: "Drittland eines Cookies oder Dienstes nicht als Übermittlung erfasst",
    title_en: "Third country of a cookie or service not recorded as a transfer",
};

pub(super) fn check(ctx: &Context<'_>, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    for (i, e) in a.embeds.iter().enumerate() {
        let name = e.name.trim();
        let record = || RecordRef::activity(&a.key);
        if e.access == EmbedAccess::Consent && e.before_consent {
            out.push(
                BEFORE_CONSENT
                    .at(record(), format!("embeds[{i}].before_consent"))
                    .message(
                        format!(
                            "„{name}“ braucht die Einwilligung der Nutzer, wird aber schon vor \
                             ihr gesetzt oder geladen."
                        ),
                        format!(
                            "'{name}' needs the users' consent but is set or loaded before it."
                        ),
                    )
                    .hint(
                        "Informationen auf dem Endgerät speichern oder auslesen und Drittinhalte \
                         nachladen, die das tun, darf die Seite erst nach der Einwilligung. \
                         Laden Sie den Dienst erst nach dem Klick auf „Zustimmen“ (etwa mit \
                         einer Zwei-Klick-Lösung) – oder erfassen Sie, warum er unbedingt \
                         erforderlich ist.",
                        "Storing or reading information on the device, and loading third-party \
                         content that does so, may happen only after consent. Load the service \
                         only once the user has agreed (for example with a two-click solution) \
                         – or record why it is strictly necessary.",
                    ),
            );
        }
        if e.access == EmbedAccess::StrictlyNecessary {
            let text = format!(" {} {} ", e.purpose.to_lowercase(), name.to_lowercase());
            if let Some(word) = TRACKING.first(&text) {
                let word = word.trim();
                out.push(
                    NOT_NECESSARY
                        .at(record(), format!("embeds[{i}].access"))
                        .message(
                            format!(
                                "„{name}“ dient „{word}“, ist aber als unbedingt erforderlich \
                                 erfasst."
                            ),
                            format!(
                                "'{name}' serves '{word}' but is recorded as strictly necessary."
                            ),
                        )
                        .hint(
                            "Ohne Einwilligung erlaubt § 25 Abs. 2 Nr. 2 TDDDG nur, was für den \
                             vom Nutzer ausdrücklich gewünschten Dienst unbedingt nötig ist; \
                             Reichweitenmessung, Wiedererkennung und Werbung gehören nicht \
                             dazu. Holen Sie die Einwilligung ein.",
                            "Without consent, Section 25(2) no. 2 TDDDG allows only what the \
                             service the user explicitly asked for strictly needs; reach \
                             measurement, recognition and advertising are not part of it. Ask \
                             for consent.",
                        ),
                );
            }
        }
        let Some(country) = e
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        else {
            continue;
        };
        if matches!(ctx.destination(country, None), Destination::Eea) {
            continue;
        }
        if a.transfers
            .iter()
            .any(|t| t.country.trim().eq_ignore_ascii_case(country))
        {
            continue;
        }
        let (in_de, in_en) = ctx.in_country(country);
        out.push(
            TRANSFER_MISSING
                .at(record(), format!("embeds[{i}].country"))
                .message(
                    format!(
                        "Über „{name}“ gehen Daten {in_de}, die Tätigkeit erfasst dorthin aber \
                         keine Übermittlung."
                    ),
                    format!(
                        "Through '{name}' data goes {in_en}, but the activity records no \
                         transfer there."
                    ),
                )
                .hint(
                    "Erfassen Sie die Übermittlung mit ihrem Empfänger und ihrer Grundlage \
                     (Angemessenheitsbeschluss, Standardvertragsklauseln …); erst dann nennen \
                     die Datenschutzhinweise sie, und die Prüfungen der Übermittlung greifen.",
                    "Record the transfer with its recipient and its ground (adequacy decision, \
                     standard contractual clauses …); only then does the privacy notice state \
                     it and do the transfer checks apply.",
                ),
        );
    }
}
