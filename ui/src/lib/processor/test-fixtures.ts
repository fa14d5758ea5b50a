// For the processor's record's component tests: the TOM catalog its entries
// choose measures from.
import type { Tom } from "../api";

export const toms: Tom[] = [
  { key: "tom-tls", goal: "encryption", title: "Transportverschlüsselung (TLS)", description: null, version: 1 },
  { key: "tom-rollen", goal: "confidentiality", title: "Rollen- und Rechtekonzept", description: null, version: 1 },
];
