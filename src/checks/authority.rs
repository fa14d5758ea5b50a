//! The supervisory authority the notice names with the right to lodge a
//! complaint (Art. 13(2)(d), 77): that one is recorded and known to the
//! catalog, and that it supervises the kind of controller the header
//! records. Which authority is competent depends on whether the controller
//! is a public body (Art. 55 GDPR; § 40 BDSG for private bodies, § 9 BDSG
//! and the Länder's data protection acts for public ones): in Bavaria the
//! two have different authorities, and the BfDI supervises companies in
//! telecommunications and postal services and the Federation's public-law
//! undertakings that compete in the market.

use super::context::Context;
use super::{Finding, RecordRef, Rule, Severity};
use crate::Authority;

/// A warning: Art. 13(2)(d) requires the right to complain, not the
/// authority's name; naming the competent one is what data subjects need.
pub(super) const MISSING: Rule = Rule {
    id: "authority-missing",
    severity: Severity::Warning,
    source_de: "Art. 13 Abs. 2 lit. d, Art. 77 DSGVO",
    source_en: "Art. 13(2)(d), Art. 77 GDPR",
    title_de: "Zuständige Aufsichtsbehörde fehlt",
    title_en: "Competent supervisory authority missing",
};

/// A warning: the register cannot see every case in which the law assigns
/// a controller to the other kind of authority (a telecommunications
/// company under the BfDI, a public-law undertaking that Land law treats
/// as a private body).
pub(super) const SECTOR: Rule = Rule {
    id: "authority-sector-mismatch",
    severity: Severity::Warning,
    source_de: "Art. 13 Abs. 2 lit. d, Art. 51, 55 DSGVO; §§ 9, 40 BDSG; Landesdatenschutzgesetze",
    source_en: "Art. 13(2)(d), 51, 55 GDPR; Sections 9, 40 BDSG; the Länder's data protection acts",
    title_de: "Aufsichtsbehörde passt nicht zur Art des Verantwortlichen",
    title_en: "Supervisory authority does not match the kind of controller",
};

/// The catalog's sectors (`authority.sector`); `all` fits every controller.
const PRIVATE: &str = "private";
const PUBLIC: &str = "public";
/// The federal authority, which also supervises telecommunications and
/// postal companies (§ 29 TDDDG, postal law).
const BFDI: &str = "DE-BfDI";

pub(super) fn check(ctx: &Context<'_>, out: &mut Vec<Finding>) {
    let code = ctx
        .register
        .organisation
        .authority
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty());
    let message = match code {
        None => (
            "Die zuständige Aufsichtsbehörde ist nicht erfasst.".to_owned(),
            "The competent supervisory authority is not recorded.".to_owned(),
        ),
        Some(c) => match ctx.catalogs.authority(c) {
            Some(authority) => return sector(ctx, authority, out),
            None => (
                format!("Die erfasste Aufsichtsbehörde „{c}“ steht nicht im Katalog."),
                format!("The recorded supervisory authority '{c}' is not in the catalog."),
            ),
        },
    };
    out.push(
        MISSING
            .at(RecordRef::organisation(), "authority")
            .message(message.0, message.1)
            .hint(
                "Wählen Sie die Aufsichtsbehörde des Landes, in dem der Verantwortliche seinen \
                 Sitz hat (für nichtöffentliche Stellen nach § 40 BDSG); die \
                 Datenschutzhinweise nennen sie beim Beschwerderecht.",
                "Choose the supervisory authority of the Land where the controller has its \
                 seat (for the private sector under Section 40 BDSG); the privacy notice names \
                 it with the right to lodge a complaint.",
            ),
    );
}

/// A public body with an authority for private bodies only, or a controller
/// not marked as public body with an authority for public bodies.
fn sector(ctx: &Context<'_>, authority: &Authority, out: &mut Vec<Finding>) {
    let public_body = ctx.register.organisation.controller.public_body;
    let fits = match authority.sector.trim() {
        PRIVATE => !public_body,
        PUBLIC => public_body,
        _ => true,
    };
    if fits {
        return;
    }
    let name = authority.name.trim();
    // The authority of the same Land for the controller's kind, if the
    // catalog has a separate one (Bavaria).
    let wanted = if public_body { PUBLIC } else { PRIVATE };
    let alternative = ctx
        .catalogs
        .authorities
        .iter()
        .find(|x| {
            x.code != authority.code && x.region == authority.region && x.sector.trim() == wanted
        })
        .map(|x| x.name.trim());
    let draft = SECTOR.at(RecordRef::organisation(), "authority");
    let finding = if public_body {
        let (de, en) = public_hint(alternative);
        draft
            .message(
                format!(
                    "Der Verantwortliche ist als öffentliche Stelle gekennzeichnet, erfasst ist \
                     aber die Aufsichtsbehörde „{name}“, die nur nichtöffentliche Stellen \
                     beaufsichtigt."
                ),
                format!(
                    "The controller is marked as a public body, but the supervisory authority \
                     recorded is '{name}', which supervises only private bodies."
                ),
            )
            .hint(de, en)
    } else {
        let (de, en) = private_hint(&authority.code, alternative);
        draft
            .message(
                format!(
                    "Der Verantwortliche ist nicht als öffentliche Stelle gekennzeichnet, erfasst \
                     ist aber die Aufsichtsbehörde „{name}“, die für öffentliche Stellen \
                     zuständig ist."
                ),
                format!(
                    "The controller is not marked as a public body, but the supervisory \
                     authority recorded is '{name}', which supervises public bodies."
                ),
            )
            .hint(de, en)
    };
    out.push(finding);
}

/// What a public body recorded with a private-sector authority should do.
fn public_hint(alternative: Option<&str>) -> (String, String) {
    let (here_de, here_en) = match alternative {
        Some(alt) => (
            format!("in diesem Land „{alt}“"),
            format!("in this Land '{alt}'"),
        ),
        None => (
            "die nach dem Landesdatenschutzgesetz zuständige Behörde".to_owned(),
            "the one the Land's data protection act names".to_owned(),
        ),
    };
    (
        format!(
            "Wählen Sie die Aufsichtsbehörde für öffentliche Stellen – {here_de}, für \
             öffentliche Stellen des Bundes die BfDI (§ 9 BDSG). Behandelt das Landesrecht den \
             Verantwortlichen als nichtöffentliche Stelle, etwa als öffentlich-rechtliches \
             Unternehmen im Wettbewerb, nehmen Sie stattdessen die Kennzeichnung als öffentliche \
             Stelle im Kopf des Verzeichnisses zurück."
        ),
        format!(
            "Choose the supervisory authority for public bodies: {here_en}, for federal public \
             bodies the BfDI (Section 9 BDSG). If Land law treats the controller as a private \
             body, for example as a public-law undertaking competing in the market, clear the \
             public-body mark in the register header instead."
        ),
    )
}

/// What a controller not marked as public body and recorded with a
/// public-sector authority should do; for the BfDI the telecommunications
/// and postal case comes first, since there the entry is right.
fn private_hint(code: &str, alternative: Option<&str>) -> (String, String) {
    let (land_de, land_en) = match alternative {
        Some(alt) => (
            format!(" – in diesem Land „{alt}“"),
            format!(", in this Land '{alt}'"),
        ),
        None => (String::new(), String::new()),
    };
    let (rule_de, rule_en) = (
        format!(
            "Nichtöffentliche Stellen beaufsichtigt die Aufsichtsbehörde des Landes, in dem der \
             Verantwortliche seinen Sitz hat (§ 40 BDSG){land_de}. Ist der Verantwortliche eine \
             öffentliche Stelle, kennzeichnen Sie ihn stattdessen im Kopf des Verzeichnisses als \
             solche."
        ),
        format!(
            "Private bodies are supervised by the authority of the Land where the controller has \
             its seat (Section 40 BDSG){land_en}. If the controller is a public body, mark it as \
             one in the register header instead."
        ),
    );
    if code != BFDI {
        return (rule_de, rule_en);
    }
    (
        format!(
            "Unternehmen beaufsichtigt die BfDI, soweit sie Telekommunikationsdienste \
             (§ 29 TDDDG) oder Postdienste (Postgesetz) erbringen, außerdem öffentlich-rechtliche \
             Unternehmen des Bundes, die am Wettbewerb teilnehmen (§ 9 Abs. 1 Satz 1 BDSG); \
             trifft das zu, ist die Angabe richtig und die Warnung kann stehen bleiben. Sonst \
             gilt: {rule_de}"
        ),
        format!(
            "The BfDI supervises companies where they provide telecommunications services \
             (Section 29 TDDDG) or postal services (Postal Act), and federal public-law \
             undertakings competing in the market (Section 9(1) sentence 1 BDSG); if that \
             applies, the entry is right and this warning may stand. Otherwise: {rule_en}"
        ),
    )
}
