// The checks of the open register: the findings of the last run and why the
// latest run failed, if it did. One instance per shell; every save reruns it.

import { checkRegister, toApiError, type ApiError, type Finding } from "../api";
import { countsByActivity } from "../findings/counts";

export class Checks {
  /** The findings of the last check; `null` while the first one runs. */
  findings = $state.raw<Finding[] | null>(null);
  error = $state<ApiError | null>(null);
  /** Findings per activity, for the list's badges; `undefined` while none are known. */
  readonly counts = $derived(this.findings ? countsByActivity(this.findings) : undefined);
  /** Raised on every check; answers of an earlier one are dropped. */
  #ticket = 0;

  /** A new register: its findings are unknown until the first check answers. */
  restart() {
    this.findings = null;
    void this.run();
  }

  /** Runs all checks; a failure keeps the findings shown before and says so. */
  run = async () => {
    const ticket = ++this.#ticket;
    this.error = null;
    try {
      const found = await checkRegister();
      if (ticket === this.#ticket) this.findings = found;
    } catch (raw) {
      if (ticket === this.#ticket) this.error = toApiError(raw);
    }
  };
}
