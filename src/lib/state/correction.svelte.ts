/**
 * The post-close correction (締切後の訂正) under way: after the technical lock the chair states a
 * reason, and until the correction is ended every write context carries it (for that procurement
 * only), so the storage layer lets the frozen records change and audits each change with it. Kept
 * in sessionStorage, so a reload of the tab keeps it and closing the tab ends it; what is read
 * back is checked like any outside input.
 */
import { checkCorrectionReason, type CorrectionRequest } from '$lib/domain/freeze';
import type { Issue } from '$lib/domain/issues';
import { registerCorrection } from './context';

const KEY = 'sentei.postCloseCorrection';

function stored(): CorrectionRequest | null {
  try {
    const value: unknown = JSON.parse(globalThis.sessionStorage?.getItem(KEY) ?? 'null');
    if (value === null || typeof value !== 'object') return null;
    const { procurementId, reason } = value as Record<string, unknown>;
    if (typeof procurementId !== 'string' || typeof reason !== 'string') return null;
    const checked = checkCorrectionReason(reason);
    return checked.data === null ? null : { procurementId, reason: checked.data };
  } catch {
    return null;
  }
}

function store(request: CorrectionRequest | null): void {
  try {
    if (request) globalThis.sessionStorage?.setItem(KEY, JSON.stringify(request));
    else globalThis.sessionStorage?.removeItem(KEY);
  } catch {
    // Storage refused (private mode, quota): the correction still holds for this page.
  }
}

class PostCloseCorrection {
  #request = $state.raw<CorrectionRequest | null>(stored());

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
    store(this.#request);
    return [];
  }

  end(): void {
    this.#request = null;
    store(null);
  }
}

export const postClose = new PostCloseCorrection();
registerCorrection(() => postClose.request);
