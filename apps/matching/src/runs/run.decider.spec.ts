import { InvalidStateTransition } from '@gongjian/eventing';
import { deciderSpecification } from '@gongjian/eventing/testing';
import type { NeedInput, Pair } from '../engine/engine';
import {
  groupRunInputs,
  joinRunInputs,
  type RunCompleted,
  type RunDetails,
  type RunEvent,
  runDecider,
  type RunInputsRecorded,
  type RunPartRecorded,
  type RunStarted,
  runStreamId,
  splitRunDetails,
  splitRunInputs,
} from './run.decider';

const breakdown = { base: 1, tags: 0.5, proximity: 1, pairing: 0, urgency: 0.67, window: 1, evaluation: 0.5 };
const details: RunDetails = {
  pairs: [{ needId: 'n-1', offerId: 'o-1', score: 9.17, breakdown, quantity: 10 }],
  unmatched: [{ needId: 'n-2', excludedBy: { category: 1, unit: 0, window: 0, area: 0 } }],
  exclusions: {
    'n-1': { category: 0, unit: 0, window: 0, area: 0 },
    'n-2': { category: 1, unit: 0, window: 0, area: 0 },
  },
  capacities: { 'o-1': 40 },
  proposalIds: ['p-1'],
};
const part: RunPartRecorded = { runId: 'r-1', part: 0, ...details };
const summary: RunCompleted & { parts: number } = {
  runId: 'r-1',
  scopeOrgId: 'org-1',
  weights: { base: 1, tags: 3, proximity: 2, pairing: 2, urgency: 1.5, window: 1, evaluation: 1 },
  stats: { needs: 2, offers: 1, eligiblePairs: 1, assignedQuantity: 10, objective: 91.7, millis: 3 },
  parts: 1,
};
const partRecorded: RunEvent = { type: 'matching.RunPartRecorded', data: part };
const completed: RunEvent = { type: 'matching.RunCompleted', data: summary };
const spec = deciderSpecification(runDecider);

describe('run decider', () => {
  it('lives in its own stream', () => expect(runStreamId('r-1')).toBe('matching.run-r-1'));

  it('records the parts in order, then the summary naming how many there are', () => {
    spec.given([]).when({ type: 'RecordRunPart', part }).then([partRecorded]);
    spec
      .given([partRecorded])
      .when({ type: 'RecordRunPart', part: { ...part, part: 1 } })
      .then([{ type: 'matching.RunPartRecorded', data: { ...part, part: 1 } }]);
    spec.given([partRecorded]).when({ type: 'CompleteRun', run: summary }).then([completed]);
    expect([partRecorded, completed].reduce(runDecider.evolve, runDecider.initialState())).toEqual({
      started: false,
      completed: true,
      parts: 1,
      inputs: 0,
      inputParts: 0,
    });
  });

  const started: RunStarted = {
    runId: 'r1',
    scopeOrgId: 's1',
    weights: { base: 1 },
    startedAt: 1_780_000_000_000,
    partBytes: 1024,
    inputParts: 2,
  };
  const inputs: RunInputsRecorded[] = [
    { runId: 'r1', part: 0, needs: [], offers: [], supersedes: ['p1'] },
    { runId: 'r1', part: 1, needs: [], offers: [], supersedes: ['p2'] },
  ];

  it('starts a run once, with its inputs, then takes its parts', () => {
    spec
      .given([])
      .when({ type: 'StartRun', run: started, inputs })
      .then([
        { type: 'matching.RunStarted', data: started },
        { type: 'matching.RunInputsRecorded', data: inputs[0] },
        { type: 'matching.RunInputsRecorded', data: inputs[1] },
      ]);
    const startEvents: RunEvent[] = [
      { type: 'matching.RunStarted', data: started },
      ...inputs.map((data) => ({ type: 'matching.RunInputsRecorded' as const, data })),
    ];
    spec.given(startEvents).when({ type: 'StartRun', run: started, inputs }).thenThrows(InvalidStateTransition);
    spec.given(startEvents).when({ type: 'RecordRunPart', part }).then([partRecorded]);
    // more parts than the start names, or not from the first
    spec
      .given([])
      .when({ type: 'StartRun', run: { ...started, inputParts: 1 }, inputs })
      .thenThrows(InvalidStateTransition);
    spec
      .given([])
      .when({ type: 'StartRun', run: started, inputs: [inputs[1]] })
      .thenThrows(InvalidStateTransition);
  });

  it('takes a start with the first input parts, then the others in order, in appends of their own', () => {
    const startEvent: RunEvent = { type: 'matching.RunStarted', data: started };
    const first: RunEvent = { type: 'matching.RunInputsRecorded', data: inputs[0] };
    spec
      .given([])
      .when({ type: 'StartRun', run: started, inputs: [inputs[0]] })
      .then([startEvent, first]);
    spec
      .given([startEvent, first])
      .when({ type: 'RecordRunInputs', inputs: [inputs[1]] })
      .then([{ type: 'matching.RunInputsRecorded', data: inputs[1] }]);
    // out of order, beyond the parts the start names, before the start
    spec
      .given([startEvent])
      .when({ type: 'RecordRunInputs', inputs: [inputs[1]] })
      .thenThrows(InvalidStateTransition, /expected from part 0 of 2/);
    spec
      .given([startEvent, first])
      .when({ type: 'RecordRunInputs', inputs: [inputs[1], { ...inputs[1], part: 2 }] })
      .thenThrows(InvalidStateTransition);
    spec
      .given([])
      .when({ type: 'RecordRunInputs', inputs })
      .thenThrows(InvalidStateTransition, /no recorded start/);
  });

  it('takes no part and no completion on a start whose inputs are not all recorded', () => {
    const cutShort: RunEvent[] = [
      { type: 'matching.RunStarted', data: started },
      { type: 'matching.RunInputsRecorded', data: inputs[0] },
    ];
    spec
      .given(cutShort)
      .when({ type: 'RecordRunPart', part })
      .thenThrows(InvalidStateTransition, /cut short: 1 of its 2 input parts/);
    spec
      .given(cutShort)
      .when({ type: 'CompleteRun', run: { ...summary, parts: 0 } })
      .thenThrows(InvalidStateTransition);
  });

  it('counts a part of the inputs in UTF-8 bytes, as the event store does (a Chinese character is three)', () => {
    const need = (i: number) =>
      ({
        id: `n${i}`,
        communityId: 'c1',
        tags: ['上门探访', '适老化改造', '陪诊'],
        lineage: ['d'],
      }) as unknown as NeedInput;
    const all = { needs: Array.from({ length: 200 }, (_, i) => need(i)), offers: [], supersedes: [] };
    const parts = splitRunInputs('r1', all, 4096);
    for (const p of parts) expect(Buffer.byteLength(JSON.stringify(p))).toBeLessThanOrEqual(4096 + 100);
    expect(joinRunInputs(parts)).toEqual(all);
  });

  it('groups the input parts into appends of at most the budget, one part at least, in order', () => {
    const part = (n: number, ids: number): RunInputsRecorded => ({
      runId: 'r1',
      part: n,
      needs: [],
      offers: [],
      supersedes: Array.from({ length: ids }, (_, i) => `p${i}`),
    });
    const parts = [part(0, 10), part(1, 10), part(2, 200), part(3, 10)];
    const groups = groupRunInputs(parts, 300);
    expect(groups.map((g) => g.map((p) => p.part))).toEqual([[0, 1], [2], [3]]);
    expect(groupRunInputs([part(0, 1)], 300)).toEqual([[part(0, 1)]]);
    expect(groupRunInputs([], 300)).toEqual([]);
  });

  it('cuts the inputs into bounded parts and joins them back in order', () => {
    const need = (i: number) => ({ id: `n${i}`, communityId: 'c1', lineage: ['d', 's', 'c1'] }) as unknown as NeedInput;
    const all = { needs: Array.from({ length: 50 }, (_, i) => need(i)), offers: [], supersedes: ['p1', 'p2'] };
    const parts = splitRunInputs('r1', all, 1024);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(JSON.stringify(p).length).toBeLessThan(1024 + 200);
    expect(parts.map((p) => p.part)).toEqual(parts.map((_, i) => i));
    expect(joinRunInputs([...parts].reverse())).toEqual(all);
  });

  it('refuses a part out of order and a summary that miscounts the parts', () => {
    spec
      .given([])
      .when({ type: 'RecordRunPart', part: { ...part, part: 1 } })
      .thenThrows(InvalidStateTransition, /expected part 0/);
    spec
      .given([partRecorded])
      .when({ type: 'RecordRunPart', part })
      .thenThrows(InvalidStateTransition, /expected part 1/);
    spec
      .given([partRecorded])
      .when({ type: 'CompleteRun', run: { ...summary, parts: 2 } })
      .thenThrows(InvalidStateTransition, /1 parts recorded, not 2/);
  });

  it('records a run only once', () => {
    spec
      .given([partRecorded, completed])
      .when({ type: 'CompleteRun', run: summary })
      .thenThrows(InvalidStateTransition, /run already recorded/);
    spec
      .given([partRecorded, completed])
      .when({ type: 'RecordRunPart', part: { ...part, part: 1 } })
      .thenThrows(InvalidStateTransition, /run already recorded/);
  });
});

describe('splitRunDetails', () => {
  /** a district-like run: 2,000 needs with 20 eligible offers each */
  const big = (): RunDetails => {
    const pairs: Pair[] = [];
    const exclusions: RunDetails['exclusions'] = {};
    const capacities: RunDetails['capacities'] = {};
    for (let n = 0; n < 2000; n++) {
      const needId = `need-${String(n).padStart(5, '0')}-0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee`;
      exclusions[needId] = { category: 4000, unit: 3, window: 120, area: 800 };
      for (let o = 0; o < 20; o++) {
        const offerId = `offer-${String((n * 7 + o) % 500).padStart(4, '0')}-0190aaaa-bbbb-7ccc-8ddd`;
        capacities[offerId] = 40;
        pairs.push({ needId, offerId, score: 7.123456789, breakdown, quantity: o === 0 ? 5 : 0 });
      }
    }
    return {
      pairs,
      exclusions,
      capacities,
      unmatched: [{ needId: 'n-x', excludedBy: { category: 1, unit: 0, window: 0, area: 0 } }],
      proposalIds: Array.from({ length: 2000 }, (_, i) => `proposal-${i}-0190aaaa-bbbb-7ccc-8ddd-eeee`),
    };
  };

  it('keeps every part under the budget and loses, duplicates or reorders nothing', () => {
    const input = big();
    const whole = JSON.stringify(input).length;
    const parts = splitRunDetails('r-9', input, 64 * 1024);
    expect(whole).toBeGreaterThan(10 * 64 * 1024);
    expect(parts.length).toBeGreaterThan(10);
    parts.forEach((p, i) => {
      expect(p).toMatchObject({ runId: 'r-9', part: i });
      expect(JSON.stringify(p).length).toBeLessThanOrEqual(64 * 1024 + 1024);
    });
    const joined: RunDetails = {
      pairs: parts.flatMap((p) => p.pairs),
      unmatched: parts.flatMap((p) => p.unmatched),
      exclusions: Object.assign({}, ...parts.map((p) => p.exclusions)),
      capacities: Object.assign({}, ...parts.map((p) => p.capacities)),
      proposalIds: parts.flatMap((p) => p.proposalIds),
    };
    expect(joined).toEqual(input);
  });

  it('keeps a need’s pairs and exclusions in one part', () => {
    const apart = splitRunDetails('r-9', big(), 64 * 1024).flatMap((p) =>
      p.pairs.filter((pair) => !p.exclusions[pair.needId]).map((pair) => `${p.part}:${pair.needId}`),
    );
    expect(apart).toEqual([]);
  });

  it('cuts the pairs of a need eligible for more offers than a part holds, each part under the budget', () => {
    const needId = 'need-00001-0190aaaa-bbbb-7ccc-8ddd-eeeeeeeeeeee';
    const pairs: Pair[] = Array.from({ length: 5000 }, (_, o) => ({
      needId,
      offerId: `offer-${String(o).padStart(4, '0')}-0190aaaa-bbbb-7ccc-8ddd`,
      score: 7.123456789,
      breakdown,
      quantity: 0,
    }));
    const exclusions = { [needId]: { category: 4000, unit: 3, window: 120, area: 800 } };
    const input: RunDetails = { pairs, unmatched: [], exclusions, capacities: {}, proposalIds: [] };
    expect(Buffer.byteLength(JSON.stringify(pairs))).toBeGreaterThan(1024 * 1024);
    const parts = splitRunDetails('r-9', input, 64 * 1024);
    expect(parts.length).toBeGreaterThan(16);
    for (const p of parts) {
      expect(Buffer.byteLength(JSON.stringify(p))).toBeLessThanOrEqual(64 * 1024 + 1024);
      expect(p.exclusions).toEqual(exclusions);
    }
    expect(parts.flatMap((p) => p.pairs)).toEqual(pairs);
  });

  it('makes one part of a small run', () => {
    expect(splitRunDetails('r-1', details, 256 * 1024)).toEqual([part]);
  });
});
