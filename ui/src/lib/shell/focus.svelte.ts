// Where a finding or a missing notice item sends the parties, the processor
// and the organisation view: the record and the field to focus there. The
// activity editor takes its target through the shell's `editing` instead.

import type { ViewId } from "../i18n";
import type { FieldTarget } from "./target";

export interface RecordField {
  key: string;
  path: string;
}

export class RecordFocus {
  party = $state<RecordField | null>(null);
  processor = $state<RecordField | null>(null);
  organisation = $state<string | null>(null);

  clear() {
    this.party = null;
    this.processor = null;
    this.organisation = null;
  }

  /** Points the view showing `target` at its field; returns that view. */
  point(target: FieldTarget): ViewId {
    switch (target.entity) {
      case "activity":
        return "activities";
      case "party":
        this.party = { key: target.key, path: target.field };
        return "parties";
      case "organisation":
        this.organisation = target.field;
        return "organisation";
      case "tom":
        return "toms";
      case "processor_activity":
        this.processor = { key: target.key, path: target.field };
        return "processor";
    }
  }
}
