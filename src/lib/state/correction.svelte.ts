/**
 * The post-close correction (締切後の訂正) under way: after the technical lock the chair states a
 * reason, and until the correction is ended every write context carries it (for that procurement
 * only), so the storage layer lets the frozen records change and audits each change with it.
 */
import { checkCorrectionReason, type CorrectionRequest } from '$lib/domain/freeze';
import type { Issue } from '$lib/domain/issues';

class PostCloseCorrection {
  #request = $state.raw<CorrectionRequest | null>(null);

  /** The correction for this procurement, if one is under way. */
  for(procurementId: string): CorrectionRequest | null {
    return this.#request?.procurementId === procurementId ? this.#request : null;
  }

  /** The request every write carries while a correction is under way. */
  get request(): CorrectionRequest | null {
    return this.#request;
  }

  /** Starts a correction; a blank or over-long reason is refused with its issues. */
  begin(procurementId: string, reason: string): Issue[] {
    const checked = checkCorrectionReason(reason);
    if (checked.data === null) return checked.issues;
    this.#request = { procurementId, reason: checked.data };
    return [];
  }

  end(): void {
    this.#request = null;
  }
}

export const postClose = new PostCloseCorrection();
