/**
 * What the engine scores, taken from a procurement bundle: the requirements and settings of the
 * latest locked criteria version (evaluators grade against what was locked, not a working copy
 * reopened for a change), or the working ones before the first lock.
 */
import { latestVersion } from './criteria';
import type { CriteriaVersion, ProcurementBundle } from './model';
import type { ScoringInput } from './scoring';

export function scoringInputOf(bundle: ProcurementBundle): ScoringInput {
  const locked: CriteriaVersion | undefined = latestVersion(bundle.criteriaVersions);
  return {
    requirements: locked ? locked.requirements : bundle.requirements,
    settings: locked ? locked.settings : bundle.procurement.settings,
    evaluators: bundle.evaluators,
    vendors: bundle.vendors,
    grades: bundle.grades,
    consensus: bundle.consensus,
    tieResolutions: bundle.procurement.tieResolutions
  };
}
