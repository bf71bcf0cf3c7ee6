export const RUNTIME_CONFIG = Symbol('RUNTIME_CONFIG');
export const IN_PROCESS_BROKER = Symbol('IN_PROCESS_BROKER');
