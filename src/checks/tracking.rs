//! Surveillance and tracking on the wrong legal basis: reach measurement,
//! recognition of visitors, personalised advertising and tracking need the
//! user's consent to access their device (§ 25(1) TDDDG) unless strictly
//! necessary (§ 25(2)), so Art. 6(1)(f) alone does not carry them; and a
//! private body's video surveillance rests on Art. 6(1)(f) GDPR, not on
//! § 4 BDSG (BVerwG 6 C 2.18).

use super::context::lower;
use super::legal_bases::{has, purpose_label};
use super::words::WordList;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{ProcessingActivity, Purpose};

pub(super) const NO_CONSENT: Rule = Rule {
    id: "tracking-without-consent",
    severity: Severity::Warning,
    source_de: "§ 25 Abs. 1 TDDDG; Art. 6 Abs. 1 DSGVO; EuGH, Urteil vom 01.10.2019, C-673/17 \
                (Planet49)",
    source_en: "Section 25(1) TDDDG; Art. 6(1) GDPR; CJEU, judgment of 1 October 2019, \
                C-673/17 (Planet49)",
    title_de:
        "Reichweitenmessung, Tracking oder Werbung allein auf berechtigte Interessen gestützt",
    title_en: "Reach measurement, tracking or advertising on legitimate interests alone",
};

pub(super) const VIDEO_BDSG4: Rule = Rule {
    id: "video-bdsg4-private-body",
    severity: Severity::Error,
    source_de: "Art. 6 Abs. 1 lit. f DSGVO; § 4 BDSG; BVerwG, Urteil vom 27.03.2019, 6 C 2.18",
    source_en: "Art. 6(1)(f) GDPR; Section 4 BDSG; Federal Administrative Court (BVerwG), \
                judgment of 27 March 2019, 6 C 2.18",
    title_de: "Videoüberwachung einer nicht-öffentlichen Stelle auf § 4 BDSG gestützt",
    title_en: "Video surveillance by a private body based on Section 4 BDSG",
};

/// Purposes that store or read information on the user's device for
/// purposes other than the service asked for.
pub(super) static TRACKING: WordList = WordList::new(&[
    "reichweitenmessung",
    "reichweitenanalyse",
    "webanalyse",
    "web-analyse",
    "web analytics",
    "website analytics",
    "wiedererkennung",
    "wiederkehrende besucher",
    "wiederkehrender besucher",
    "returning visitor",
    "recognising visitors",
    "recognizing visitors",
    "retargeting",
    "remarketing",
    "personalisierte werbung",
    "interessenbasierte werbung",
    "nutzungsbasierte werbung",
    "personalised advertising",
    "personalized advertising",
    "targeted advertising",
    "reach measurement",
]);
/// Words that name tracking only together with an online service: they
/// also mean parcel tracking or analyses that touch no device.
static TRACKING_ONLINE: WordList = WordList::new(&["tracking", "analytics", "tracker"]);
static ONLINE: WordList = WordList::new(&[
    "cookie",
    "website",
    "webseite",
    "internetseite",
    "internetauftritt",
    "online",
    " app ",
    " apps",
    "mobile app",
    "browser",
    "endgerät",
    "device",
    "pixel",
    "sdk",
]);
/// Bases that carry the device access: consent (§ 25(1) TDDDG, Art. 6(1)(a),
/// 9(2)(a)) or the recorded exemption of § 25(2) TDDDG.
const DEVICE_ACCESS: [&str; 4] = ["art6-1-a", "art9-2-a", "tdddg-25", "tdddg-25-2"];

pub(super) fn check(public_body: bool, a: &ProcessingActivity, out: &mut Vec<Finding>) {
    // Whether the activity is an online service, worked out only for a
    // purpose that needs it.
    let mut online: Option<bool> = None;
    let mut is_online = || {
        *online.get_or_insert_with(|| {
            // Spaces around the text let " app " match at its ends.
            let mut text = format!(" {} ", a.name.to_lowercase());
            text.push('\n');
            text.push_str(&lower(&a.description));
            for c in &a.data_categories {
                text.push('\n');
                text.push_str(&c.name.to_lowercase());
            }
            ONLINE.first(&text).is_some()
        })
    };
    for (i, p) in a.purposes.iter().enumerate() {
        tracking(a, i, p, &mut is_online, out);
        if !public_body {
            bdsg4(a, i, p, out);
        }
    }
}

fn tracking(
    a: &ProcessingActivity,
    i: usize,
    p: &Purpose,
    online: &mut dyn FnMut() -> bool,
    out: &mut Vec<Finding>,
) {
    if !has(p, "art6-1-f") || DEVICE_ACCESS.iter().any(|c| has(p, c)) {
        return;
    }
    let text = format!(" {} ", p.description.to_lowercase());
    let word = TRACKING.first(&text).or_else(|| {
        let online = ONLINE.first(&text).is_some() || online();
        online.then(|| TRACKING_ONLINE.first(&text)).flatten()
    });
    let Some(word) = word else {
        return;
    };
    let (label_de, label_en) = purpose_label(i, p);
    out.push(
        NO_CONSENT
            .at(
                RecordRef::activity(&a.key),
                format!("purposes[{i}].legal_bases"),
            )
            .message(
                format!(
                    "{label_de} dient der Reichweitenmessung, dem Tracking oder der Werbung \
                     („{word}“) und stützt sich allein auf berechtigte Interessen, ohne \
                     Einwilligung nach § 25 Abs. 1 TDDDG."
                ),
                format!(
                    "{label_en} serves reach measurement, tracking or advertising ('{word}') and \
                     rests on legitimate interests alone, without consent under Section 25(1) \
                     TDDDG."
                ),
            )
            .hint(
                "Informationen auf dem Endgerät zu speichern oder auszulesen (Cookies, Pixel, \
                 Fingerprinting, SDKs) erfordert eine vorherige Einwilligung, außer es ist \
                 unbedingt erforderlich, um den vom Nutzer gewünschten Dienst bereitzustellen; \
                 Reichweitenmessung, Wiedererkennung und Werbung sind das regelmäßig nicht. \
                 Erfassen Sie die Einwilligung (§ 25 Abs. 1 TDDDG und Art. 6 Abs. 1 lit. a \
                 DSGVO); ist der Zugriff tatsächlich unbedingt erforderlich, erfassen Sie die \
                 Ausnahme nach § 25 Abs. 2 TDDDG.",
                "Storing or reading information on the user's device (cookies, pixels, \
                 fingerprinting, SDKs) needs prior consent unless it is strictly necessary to \
                 provide the service the user asked for; reach measurement, recognition and \
                 advertising are usually not. Record the consent (Section 25(1) TDDDG and \
                 Art. 6(1)(a) GDPR); where the access really is strictly necessary, record the \
                 exemption of Section 25(2) TDDDG.",
            ),
    );
}

/// True when the text cites § 4 BDSG ("§ 4 BDSG", "§4 Abs. 1 BDSG",
/// "Section 4 BDSG"), not §§ 40 or 45.
fn cites_bdsg4(text: &str) -> bool {
    let compact: String = text
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if compact.contains("§4bdsg") || compact.contains("section4bdsg") {
        return true;
    }
    // "§ 4 Abs. 1 S. 1 BDSG", "Section 4(1) BDSG": the act follows closely.
    ["§4abs", "section4("].iter().any(|w| {
        compact.match_indices(w).any(|(at, _)| {
            let rest: String = compact[at..].chars().take(24).collect();
            rest.contains("bdsg")
        })
    })
}

fn bdsg4(a: &ProcessingActivity, i: usize, p: &Purpose, out: &mut Vec<Finding>) {
    let note = p.legal_basis_note.as_deref().unwrap_or_default();
    let field = if cites_bdsg4(note) {
        "legal_basis_note"
    } else if has(p, "bdsg-4") {
        "legal_bases"
    } else {
        return;
    };
    let (label_de, label_en) = purpose_label(i, p);
    out.push(
        VIDEO_BDSG4
            .at(
                RecordRef::activity(&a.key),
                format!("purposes[{i}].{field}"),
            )
            .message(
                format!(
                    "{label_de} stützt sich auf § 4 BDSG, obwohl der Verantwortliche keine \
                     öffentliche Stelle ist."
                ),
                format!(
                    "{label_en} rests on Section 4 BDSG although the controller is not a public \
                     body."
                ),
            )
            .hint(
                "Nach dem Bundesverwaltungsgericht gilt § 4 Abs. 1 S. 1 BDSG nicht für die \
                 Videoüberwachung durch nicht-öffentliche Stellen; sie richtet sich nach Art. 6 \
                 Abs. 1 lit. f DSGVO. Erfassen Sie diese Rechtsgrundlage mit den verfolgten \
                 Interessen (z. B. Schutz vor Einbruch und Vandalismus) und dokumentieren Sie die \
                 Abwägung; Hinweisschilder nach Art. 13 DSGVO bleiben nötig.",
                "According to the Federal Administrative Court, Section 4(1) sentence 1 BDSG \
                 does not apply to video surveillance by private bodies; it is governed by \
                 Art. 6(1)(f) GDPR. Record that basis with the interests pursued (e.g. \
                 protection against burglary and vandalism) and document the balancing; signs \
                 informing under Art. 13 GDPR are still needed.",
            ),
    );
}
