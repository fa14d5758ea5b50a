"""Reads `vvt export dpv` of the example register as JSON-LD into RDF (rdflib)
and checks the triples the example must give (docs/register-format.md,
"DPV export"). Called by tests/dpv.rs with the file to check; exits 1 with
the failed expectations, 0 when all hold."""

import sys

import rdflib
from rdflib import RDF, RDFS, Literal, Namespace, URIRef

DPV = Namespace("https://w3id.org/dpv#")
GDPR = Namespace("https://w3id.org/dpv/legal/eu/gdpr#")
LOC = Namespace("https://w3id.org/dpv/loc#")
DCT = Namespace("http://purl.org/dc/terms/")

# Every DPV term the export may use, checked against DPV 2.1: a typo or an
# invented term fails here instead of reaching a reader.
KNOWN = {
    "Process", "DataController", "DataProtectionOfficer", "Representative",
    "SupervisoryAuthority", "Authority", "LegalEntity", "DataProcessor",
    "DataSubProcessor", "Recipient", "JointDataControllers", "Purpose",
    "DataSubject", "PersonalData", "SpecialCategoryPersonalData",
    "StorageDuration", "TemporalDuration", "TechnicalOrganisationalMeasure",
    "DPIA", "LegalBasis", "Transfer",
    "hasName", "hasAddress", "hasDataProtectionOfficer", "hasRepresentative",
    "hasAuthority", "hasCountry", "hasOrganisationalMeasure",
    "hasDataController", "hasJointDataControllers", "hasPurpose",
    "hasLegalBasis", "hasDataSubject", "hasPersonalData",
    "hasStorageCondition", "hasDuration", "hasRecipient", "hasDataProcessor",
    "hasThirdCountry", "hasProcess", "hasProcessing",
    "hasTechnicalOrganisationalMeasure", "hasImpactAssessment",
}


def main(path):
    g = rdflib.Graph()
    g.parse(path, format="json-ld")
    failures = []

    def expect(triple, why):
        if triple not in g:
            failures.append(f"missing {triple}: {why}")

    controller = URIRef("urn:vvt:controller")
    teams = URIRef("urn:vvt:activity:meetings-teams")
    jitsi = URIRef("urn:vvt:activity:meetings-jitsi")
    webex = URIRef("urn:vvt:activity:meetings-webex")

    expect((controller, RDF.type, DPV.DataController), "the header's controller")
    expect((controller, DPV.hasName, Literal("Integrata Cegos GmbH")), "its name")
    for a in (teams, jitsi, webex):
        expect((a, RDF.type, DPV.Process), "each activity is a dpv:Process")
        expect((a, DPV.hasDataController, controller), "the controller of each activity")
    expect((teams, DPV.hasLegalBasis, GDPR["A6-1-f"]), "Teams rests in part on legitimate interests")
    expect((teams, DPV.hasThirdCountry, LOC.US), "Teams transfers to the United States")
    expect((jitsi, DPV.hasLegalBasis, URIRef("urn:vvt:law:bdsg-26")), "§ 26 BDSG has an IRI of VVT's own")
    expect((URIRef("urn:vvt:law:bdsg-26"), RDF.type, DPV.LegalBasis), "and is declared as a legal basis")
    labels = {str(l) for l in g.objects(URIRef("urn:vvt:law:bdsg-26"), RDFS.label)}
    if not any("BDSG" in l for l in labels):
        failures.append(f"§ 26 BDSG is declared without its citation: {labels}")

    # The Teams transfer as a process of its own, with its mechanism.
    transfers = [
        t for t in g.objects(teams, DPV.hasProcess)
        if (t, DPV.hasProcessing, DPV.Transfer) in g
    ]
    if not transfers:
        failures.append("Teams has no transfer process")
    mechanisms = {m for t in transfers for m in g.objects(t, DPV.hasLegalBasis)}
    if GDPR["A46-2-c"] not in mechanisms:
        failures.append(f"the Teams transfer names no SCCs (A46-2-c): {mechanisms}")

    # Retention as a storage duration of a category.
    durations = [
        s for a in (teams, jitsi, webex)
        for s in g.objects(a, DPV.hasStorageCondition)
        if (s, RDF.type, DPV.StorageDuration) in g
    ]
    if not durations:
        failures.append("no dpv:StorageDuration for the example's erasure periods")
    for s in durations:
        if not list(g.objects(s, DPV.hasPersonalData)):
            failures.append(f"storage duration {s} names no data category")

    used = {
        str(x)[len(str(DPV)):]
        for triple in g
        for x in (triple[1], triple[2] if triple[1] == RDF.type else None)
        if x is not None and str(x).startswith(str(DPV))
    }
    used |= {str(o)[len(str(DPV)):] for o in g.objects(None, DPV.hasProcessing)}
    unknown = sorted(used - KNOWN)
    if unknown:
        failures.append(f"terms not in the checked DPV list: {unknown}")

    for f in failures:
        print(f)
    print(f"{len(g)} triples, {len(failures)} failed expectations")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
