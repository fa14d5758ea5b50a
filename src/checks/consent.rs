//! How consent was obtained, as far as the register records it: a box ticked
//! in advance or an opt-out is no consent (CJEU C-673/17 Planet49), and the
//! consent to an e-mail newsletter has to be provable, which in practice
//! means a double opt-in.

use super::context::{blank, lower};
use super::legal_bases::{has, purpose_label};
use super::words::WordList;
use super::{Finding, RecordRef, Rule, Severity};
use crate::{ProcessingActivity, Purpose};

pub(super) const PRE_TICKED: Rule = Rule {
    id: "consent-pre-ticked",
    severity: Severity::Error,
    source_de: "Art. 4 Nr. 11, Art. 7 DSGVO; EuGH, Urteil vom 01.10.2019, C-673/17 (Planet49)",
    source_en: "Art. 4(11), Art. 7 GDPR; CJEU, judgment of 1 October 2019, C-673/17 (Planet49)",
    title_de: "Einwilligung durch vorausgewähltes Kästchen oder Opt-out",
    title_en: "Consent by a pre-ticked box or opt-out",
};

pub(super) const NEWSLETTER: Rule = Rule {
    id: "newsletter-no-double-opt-in",
    severity: Severity::Warning,
    source_de: "Art. 7 Abs. 1 DSGVO; § 7 Abs. 2 UWG; BGH, Urteil vom 10.02.2011, I ZR 164/09",
    source_en: "Art. 7(1) GDPR; Section 7(2) UWG; Federal Court of Justice (BGH), judgment of \
                10 February 2011, I ZR 164/09",
    title_de: "Newsletter-Einwilligung ohne erfasstes Double-Opt-in",
    title_en: "Newsletter consent without a recorded double opt-in",
};

/// Bases that are consent.
pub(super) const CONSENT: [&str; 3] = ["art6-1-a", "art9-2-a", "tdddg-25"];

static NOT_GIVEN: WordList = WordList::new(&[
    "vorausgewählt",
    "vorausgewählte",
    "vorangekreuzt",
    "vorab angekreuzt",
    "bereits angekreuzt",
    "vorab aktiviert",
    "voreingestellt",
    "vorbelegt",
    "standardmäßig aktiviert",
    "standardmäßig angehakt",
    "widerspruchslösung",
    "stillschweigend",
    "durch weitersurfen",
    "opt-out-verfahren",
    "opt-out-lösung",
    "per opt-out",
    "pre-ticked",
    "preticked",
    "pre-checked",
    "pre-selected",
    "preselected",
    "by default",
    "by continuing to browse",
    "opt-out basis",
]);

static NEWSLETTER_WORDS: WordList = WordList::new(&[
    "newsletter",
    "e-mail-werbung",
    "werbe-e-mail",
    "werbemail",
    "e-mail marketing",
    "email marketing",
]);
static DOUBLE_OPT_IN: WordList = WordList::new(&[
    "double opt-in",
    "double-opt-in",
    "double optin",
    "doppeltes opt-in",
    "doppelten opt-in",
    "bestätigungslink",
    "bestätigungs-e-mail",
    "bestätigungsmail",
    "confirmation link",
    "confirmation e-mail",
    "confirmed opt-in",
]);

pub(super) fn check(a: &ProcessingActivity, out: &mut Vec<Finding>) {
    for (i, p) in a.purposes.iter().enumerate() {
        let given = lower(&p.consent_given);
        if let Some(word) = NOT_GIVEN.first_unnegated(&given) {
            pre_ticked(a, i, p, word, out);
        }
        let consent = CONSENT.iter().any(|c| has(p, c));
        if consent
            && NEWSLETTER_WORDS
                .first(&p.description.to_lowercase())
                .is_some()
            && DOUBLE_OPT_IN.first_unnegated(&given).is_none()
        {
            newsletter(a, i, p, out);
        }
    }
}

fn pre_ticked(a: &ProcessingActivity, i: usize, p: &Purpose, word: &str, out: &mut Vec<Finding>) {
    let (label_de, label_en) = purpose_label(i, p);
    out.push(
        PRE_TICKED
            .at(
                RecordRef::activity(&a.key),
                format!("purposes[{i}].consent_given"),
            )
            .message(
                format!(
                    "Nach der Beschreibung wird die Einwilligung für {label_de} durch eine \
                     Voreinstellung oder ein Schweigen eingeholt („{word}“)."
                ),
                format!(
                    "As described, consent for {label_en} is obtained by a default setting or by \
                     silence ('{word}')."
                ),
            )
            .hint(
                "Eine Einwilligung verlangt eine eindeutige bestätigende Handlung: ein \
                 vorausgewähltes Kästchen, Weitersurfen oder ein bloßes Nicht-Widersprechen \
                 genügen nicht. Ohne wirksame Einwilligung fehlt die Rechtsgrundlage; stellen \
                 Sie auf ein aktives Ankreuzen um und beschreiben Sie es hier.",
                "Consent requires a clear affirmative act: a pre-ticked box, continuing to \
                 browse or mere failure to object is not enough. Without valid consent the \
                 legal basis is missing; switch to an active opt-in and describe it here.",
            ),
    );
}

fn newsletter(a: &ProcessingActivity, i: usize, p: &Purpose, out: &mut Vec<Finding>) {
    let (label_de, label_en) = purpose_label(i, p);
    let (de, en) = if blank(&p.consent_given) {
        (
            format!("Für {label_de} ist nicht beschrieben, wie die Einwilligung eingeholt wird."),
            format!("How consent for {label_en} is obtained is not described."),
        )
    } else {
        (
            format!(
                "Für {label_de} ist nicht erfasst, dass die Einwilligung im \
                 Double-Opt-in-Verfahren bestätigt wird."
            ),
            format!(
                "It is not recorded that consent for {label_en} is confirmed by a double \
                 opt-in."
            ),
        )
    };
    out.push(
        NEWSLETTER
            .at(
                RecordRef::activity(&a.key),
                format!("purposes[{i}].consent_given"),
            )
            .message(de, en)
            .hint(
                "Der Verantwortliche muss die Einwilligung nachweisen können. Für E-Mail-Werbung \
                 gelingt das in der Praxis nur mit dem Double-Opt-in: nach der Anmeldung geht \
                 eine Bestätigungs-E-Mail an die Adresse, und erst der Klick auf den Link darin \
                 schließt die Anmeldung ab; Zeitpunkt und IP-Adresse werden protokolliert. \
                 Beschreiben Sie das Verfahren bei der Einwilligung.",
                "The controller must be able to prove consent. For e-mail advertising that works \
                 in practice only with a double opt-in: after signing up, a confirmation e-mail \
                 goes to the address, and only a click on its link completes the sign-up; time \
                 and IP address are logged. Describe the procedure with the consent.",
            ),
    );
}
