import { type Decider, defineAggregate, type DomainEvent } from '@gongjian/eventing';

/** What an import did, counted by row. */
export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportStartedData {
  importId: string;
  /** organizations, units, members, needs, offers */
  kind: string;
  fileName: string;
  fileSha256: string;
  rows: number;
  startedAt: string;
}

export type ImportCommand =
  | { type: 'StartImport'; started: ImportStartedData }
  | { type: 'RecordImportApplied'; counts: ImportCounts; partial: boolean };

export type ImportEvent =
  | DomainEvent<`${string}.ImportStarted`, ImportStartedData>
  | DomainEvent<`${string}.ImportApplied`, ImportCounts & { partial: boolean }>;

export type ImportState = { exists: false } | { exists: true; started: ImportStartedData; runs: number };

/**
 * 导入 — one file imported by one account into one service: started once (the id every item it
 * creates derives its id from, and the correlation id of their events), then each run that
 * applied rows. A run of the same file again finds it and goes on with the same ids.
 */
export function importDecider(service: string): Decider<ImportCommand, ImportEvent, ImportState> {
  return {
    initialState: () => ({ exists: false }),
    decide(command, state) {
      switch (command.type) {
        case 'StartImport':
          return state.exists ? [] : [{ type: `${service}.ImportStarted`, data: command.started }];
        case 'RecordImportApplied':
          return [{ type: `${service}.ImportApplied`, data: { ...command.counts, partial: command.partial } }];
      }
    },
    evolve(state, event) {
      if (event.type.endsWith('.ImportStarted'))
        return { exists: true, started: event.data as ImportStartedData, runs: 0 };
      return state.exists ? { ...state, runs: state.runs + 1 } : state;
    },
  };
}

/** The imports of a service, each in `<service>.import-<key>` (the key: the account, the kind, the file). */
export function importAggregate(service: string) {
  return defineAggregate({
    name: 'import',
    decider: importDecider(service),
    streamId: (key: string) => `${service}.import-${key}`,
  });
}
