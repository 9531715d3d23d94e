import { describe, expect, it } from 'vitest';
import { newVendor } from './defaults';
import type { Requirement, Response } from './model';
import { currentStage, stageProgress, type ProgressFacts } from './stages';

const requirement = { id: 'r1' } as Requirement;
const vendor = newVendor('v1', 'p', 0, 'A社');
const answer = { vendorId: 'v1', requirementId: 'r1', answer: 'full' } as Response;
const empty: ProgressFacts = {
  requirements: [],
  criteriaVersions: [],
  vendors: [],
  responses: [],
  grades: [],
  technicallyLocked: false
};

describe('stageProgress', () => {
  it.each([
    [
      'an empty procurement',
      empty,
      ['notStarted', 'notStarted', 'notStarted', 'notStarted', 'notStarted'],
      'spec'
    ],
    [
      'a draft spec',
      { ...empty, requirements: [requirement] },
      ['inProgress', 'notStarted', 'notStarted', 'notStarted', 'notStarted'],
      'spec'
    ],
    [
      'locked criteria and a vendor without answers',
      { ...empty, requirements: [requirement], criteriaVersions: [{}], vendors: [vendor] },
      ['done', 'done', 'inProgress', 'notStarted', 'notStarted'],
      'collect'
    ],
    [
      'every answer in',
      {
        ...empty,
        requirements: [requirement],
        criteriaVersions: [{}],
        vendors: [vendor],
        responses: [answer]
      },
      ['done', 'done', 'done', 'notStarted', 'notStarted'],
      'evaluate'
    ],
    [
      'technical lock, bids missing',
      {
        ...empty,
        requirements: [requirement],
        criteriaVersions: [{}],
        vendors: [vendor],
        responses: [answer],
        technicallyLocked: true
      },
      ['done', 'done', 'done', 'done', 'inProgress'],
      'results'
    ]
  ] as const)('%s', (_name, facts, statuses, current) => {
    const progress = stageProgress(facts as unknown as ProgressFacts);
    expect(progress.map((p) => p.status)).toEqual(statuses);
    expect(currentStage(progress)).toBe(current);
  });

  it('counts a blank answer as not answered', () => {
    const facts = {
      ...empty,
      requirements: [requirement],
      vendors: [vendor],
      responses: [{ ...answer, answer: null }]
    } as ProgressFacts;
    expect(stageProgress(facts)[2]!.status).toBe('inProgress');
  });

  it('closes collection at the technical lock, even with an answer missing (it counts as level E)', () => {
    const facts = {
      ...empty,
      requirements: [requirement],
      criteriaVersions: [{}],
      vendors: [vendor],
      responses: [{ ...answer, answer: null }],
      technicallyLocked: true
    } as unknown as ProgressFacts;
    expect(stageProgress(facts).map((p) => p.status)).toEqual(['done', 'done', 'done', 'done', 'inProgress']);
  });

  it('works collection out again when the vendors or requirements change but the answers do not', () => {
    const responses = [answer];
    const facts = { ...empty, requirements: [requirement], vendors: [vendor], responses } as ProgressFacts;
    expect(stageProgress(facts)[2]!.status).toBe('done');
    const another = newVendor('v2', 'p', 1, 'B社');
    expect(stageProgress({ ...facts, vendors: [vendor, another] })[2]!.status).toBe('inProgress');
    const second = { id: 'r2' } as Requirement;
    expect(stageProgress({ ...facts, requirements: [requirement, second] })[2]!.status).toBe('inProgress');
    expect(stageProgress({ ...facts, grades: [{}] } as unknown as ProgressFacts)[2]!.status).toBe('done');
  });

  it('counts each cell once: a second answer to one cell, or answers of a vendor or requirement not in the lists, do not make up a missing one', () => {
    const second = { id: 'r2' } as Requirement;
    const facts = {
      ...empty,
      requirements: [requirement, second],
      vendors: [vendor],
      responses: [
        answer,
        { ...answer, answer: 'partial' },
        { ...answer, vendorId: 'v9', requirementId: 'r2' },
        { ...answer, requirementId: 'r9' }
      ]
    } as ProgressFacts;
    expect(stageProgress(facts)[2]!.status).toBe('inProgress');
    const answered = { ...facts, responses: [...facts.responses, { ...answer, requirementId: 'r2' }] };
    expect(stageProgress(answered)[2]!.status).toBe('done');
  });
});
