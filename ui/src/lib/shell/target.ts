// Where a finding or a missing notice item points: a record and the path of
// the field inside it, as the core names it (`transfers[0].mechanism`,
// `controller.email`). The shell opens the record's view and focuses the
// input whose id is `fieldId(field)`.

import type { EntityKind } from "../api";

export interface FieldTarget {
  entity: EntityKind;
  /** The record's key; ignored for the organisation (there is one). */
  key: string;
  field: string;
}
