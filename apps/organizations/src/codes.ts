import type { Directory, DirectoryEntry } from '@gongjian/auth';
import { DomainRuleViolation } from '@gongjian/eventing';

/**
 * 编码 — an office's code of an organisation or a unit is unique among organisations (every
 * level), and among units: a sheet's rows are keyed by it (docs/DECISIONS.md). 422 `code_taken`.
 */
export async function assertCodeFree(directory: Directory, code: string | undefined, units: boolean): Promise<void> {
  if (!code) return;
  const kind = units ? 'unit' : { $ne: 'unit' };
  const taken: DirectoryEntry[] = await directory.entries.find({ code, kind });
  if (taken.length > 0)
    throw new DomainRuleViolation(`the code ${code} is already used`, 'code_taken', { field: 'code' });
}
