// The platform as separate processes lives beside the benchmarks (bench/processes.ts), which use it too.
export * from '../../bench/processes';
