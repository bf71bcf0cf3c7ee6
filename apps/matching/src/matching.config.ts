import { registerAs } from '@nestjs/config';
import { IsOptional } from 'class-validator';
import { Rule, validateVariables, WholeNumber } from '@gongjian/runtime';
import { loadWeights } from './engine/scoring';

const isWeights = (value: unknown) => {
  try {
    return typeof value === 'string' && loadWeights({ MATCHING_WEIGHTS: value }) !== undefined;
  } catch {
    return false;
  }
};

/** The largest MATCHING_RUN_PART_BYTES: half the event store's 1 MiB per append. */
export const MAX_RUN_PART_BYTES = 512 * 1024;

/** The matching service's own variables (README, Matching), validated like the runtime's. */
export class MatchingEnvironment {
  /** How often the expiry sweep runs, in milliseconds; 0 turns it off. */
  @IsOptional() @WholeNumber(0) MATCHING_EXPIRY_INTERVAL_MS?: number;
  /** JSON overrides of the score's weights (scoring.ts). */
  @IsOptional()
  @Rule(
    isWeights,
    'must be a JSON object of weights ≥ 0 among base, tags, proximity, pairing, urgency, window, evaluation',
  )
  MATCHING_WEIGHTS?: string;
  /**
   * The most JSON (UTF-8 bytes) one part of a run's inputs or details carries, and one append of
   * its start: at most 512 KiB, so that a part and its envelope stay well under the event store's
   * limit of one append (EventStoreDB: 1 MiB; DECISIONS 85).
   */
  @IsOptional() @WholeNumber(1024, MAX_RUN_PART_BYTES) MATCHING_RUN_PART_BYTES?: number;
}

/**
 * The matching settings, read once per start from the environment (@nestjs/config namespace
 * `matching`); a wrong value refuses the start, naming it. Injected with
 * `@Inject(matchingConfig.KEY) settings: MatchingSettings`.
 */
export const matchingConfig = registerAs('matching', () => {
  const env = validateVariables(MatchingEnvironment, process.env);
  return {
    expiryIntervalMs: env.MATCHING_EXPIRY_INTERVAL_MS ?? 60_000,
    weights: loadWeights({ MATCHING_WEIGHTS: env.MATCHING_WEIGHTS }),
    runPartBytes: env.MATCHING_RUN_PART_BYTES ?? 256 * 1024,
  };
});

export type MatchingSettings = ReturnType<typeof matchingConfig>;
