// The parties view's rules that need no DOM: the agreement badge, empty
// records and the order of the list. Kept apart so they are tested directly.

import type { Art28Point, Party, ProcessorAgreement, SubProcessor } from "../api";
import { formatDate, type Lang } from "../i18n";
import type { PartiesMessages } from "./messages";

/** The points (a)–(h) of Art. 28(3) GDPR, as `Art28Point::ALL`. */
export const ART28_POINTS: readonly Art28Point[] = ["a", "b", "c", "d", "e", "f", "g", "h"];

/** The only country whose adequacy decision depends on the recipient's certification (DPF). */
export const DPF_COUNTRY = "US";

/**
 * The list badge: a signed agreement with its date, otherwise "no DPA" — an
 * unsigned draft does not yet bind the processor (Art. 28(9): in writing).
 */
export function agreementStatus(party: Party, t: PartiesMessages, lang: Lang): string {
  const signed = party.agreement?.signed_on;
  return signed ? t.agreementSigned(formatDate(signed, lang)) : t.noAgreement;
}

/** Whether a DPF certification can matter for `party`: it is seated or
 *  processes in the United States, as `Party::dpf_applies` in the core. */
export function dpfApplies(party: Party): boolean {
  return party.country === DPF_COUNTRY || (party.processing_countries ?? []).includes(DPF_COUNTRY);
}

export function emptyParty(): Party {
  return {
    key: "",
    name: "",
    address: null,
    country: null,
    processing_countries: [],
    contact: null,
    dpf_certified: false,
    dpf_checked_on: null,
    certifications: [],
    agreement: null,
    notes: null,
    version: 0,
  };
}

export function emptyAgreement(): ProcessorAgreement {
  return {
    signed_on: null,
    reference: null,
    location: null,
    covers: [],
    subprocessors: [],
    locations: [],
    next_review: null,
    secrecy_obligation: false,
  };
}

export function emptySubprocessor(): SubProcessor {
  return { party: "", country: null, task: null, mechanism: null };
}

/** The parties by name in `lang`'s collation, as the DPO looks for them. */
export function byName(parties: readonly Party[], lang: Lang): Party[] {
  const collator = new Intl.Collator(lang === "de" ? "de-DE" : "en-GB");
  return [...parties].sort((a, b) => collator.compare(a.name, b.name) || a.key.localeCompare(b.key));
}
