import { utcDateOf } from '@ami-governance/backstage-plugin-ami-governance-common';
import { GovernanceConfigSource } from '../config/GovernanceConfigSource';
import type { CurrentData, LatestData } from '../organization/LatestData';
import type { AnswerInputs } from './responseCache';

/** Where the plugin's state is read: the config, the newest data, the collections' errors and the clock. */
export type PluginState = {
  configSource: GovernanceConfigSource;
  data: LatestData;
  /** Why the last organization collection from AWS failed, if it did. */
  collectionError: () => string | null;
  /** Why the last workload collection from AWS failed, if it did. */
  workloadCollectionError: () => string | null;
  now: () => Date;
};

/** The config read an answer is computed from: when it was read, and when its last read failed. */
export function configRevisionOf(configSource: GovernanceConfigSource) {
  const { readAt, configError } = configSource.current();
  if (readAt === null && !configError) return null;
  return `${readAt}|${configError?.occurredAt ?? ''}`;
}

/** Every input of an answer at `now`, with the IDs of the data it was computed from. */
export function answerInputs(
  state: Omit<PluginState, 'data' | 'now'>,
  now: Date,
  ids: Pick<AnswerInputs, 'snapshotGeneration' | 'collectionGeneration'>,
): AnswerInputs {
  return {
    configRevision: configRevisionOf(state.configSource),
    snapshotGeneration: ids.snapshotGeneration,
    collectionGeneration: ids.collectionGeneration,
    day: utcDateOf(now),
    collectionErrors: [
      state.collectionError(),
      state.workloadCollectionError(),
    ],
  };
}

/** The newest data at one moment and the inputs of an answer computed from it. */
export async function readState(
  state: PluginState,
  options?: Parameters<LatestData['current']>[1],
): Promise<{ now: Date; current: CurrentData; inputs: AnswerInputs }> {
  const now = state.now();
  const current = await state.data.current(now, options);
  return { now, current, inputs: answerInputs(state, now, current) };
}
