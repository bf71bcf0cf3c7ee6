import type { DirectoryEntry } from '@gongjian/auth';
import { halfWidth } from './cells';

type Kind = DirectoryEntry['kind'];

/** A reference a cell could not resolve, in Chinese. */
export type Resolved = { entry: DirectoryEntry } | { problem: string };

const KIND_WORDS: Record<Kind, string> = {
  district: '区县',
  street: '街道',
  community: '社区',
  grid: '网格',
  building: '楼栋',
  unit: '单位',
  branch: '党支部',
  party_group: '党小组',
};

/**
 * The organisations and units a sheet names, resolved the way an office writes them: the id an
 * export wrote, a code, a path from the street down (东城街道/二社区), or a name — a name only
 * when one active entry of the kinds asked bears it. Exports write `refOf`, which a later import
 * resolves to the same entry. Built once per import or export from the service's directory.
 */
export class OrgReferences {
  private readonly byId = new Map<string, DirectoryEntry>();
  private readonly byCode = new Map<string, DirectoryEntry[]>();
  private readonly byName = new Map<string, DirectoryEntry[]>();

  constructor(entries: DirectoryEntry[]) {
    for (const entry of entries) this.add(entry);
  }

  /** Adds an entry the import is about to create (a parent earlier in the same sheet). */
  add(entry: DirectoryEntry): void {
    this.byId.set(entry._id, entry);
    if (entry.code) push(this.byCode, halfWidth(entry.code), entry);
    push(this.byName, entry.name.trim(), entry);
  }

  get(id: string): DirectoryEntry | undefined {
    return this.byId.get(id);
  }

  /** The entries of `kinds` whose code is `code` (half-width). */
  withCode(code: string, kinds: readonly Kind[]): DirectoryEntry[] {
    return (this.byCode.get(halfWidth(code)) ?? []).filter((e) => kinds.includes(e.kind));
  }

  /** The entries of `kinds` named `name` under `parentId` (every status). */
  named(name: string, parentId: string | null, kinds: readonly Kind[]): DirectoryEntry[] {
    return (this.byName.get(name.trim()) ?? []).filter((e) => e.parentId === parentId && kinds.includes(e.kind));
  }

  /** The entry a cell names among `kinds`: by id, code, path or unique name (active ones for a name). */
  resolve(text: string, kinds: readonly Kind[]): Resolved {
    const word = kinds.map((k) => KIND_WORDS[k]).join('或');
    const byId = this.byId.get(text.trim());
    if (byId && kinds.includes(byId.kind)) return { entry: byId };
    const coded = this.withCode(text, kinds);
    if (coded.length === 1) return { entry: coded[0] };
    const parts = text
      .split(/[/／>＞]/)
      .map((p) => p.trim())
      .filter(Boolean);
    const candidates = this.pathCandidates(parts).filter((e) => kinds.includes(e.kind));
    const active = candidates.filter((e) => e.status === 'active');
    const found = active.length > 0 ? active : candidates;
    if (found.length === 1) return { entry: found[0] };
    if (found.length === 0) return { problem: `找不到${word}“${text}”` };
    return { problem: `有 ${found.length} 个名为“${text}”的${word}：请填写编码或完整路径（如 东城街道/二社区）` };
  }

  /** Entries whose name is the last part and whose ancestors' names end with the parts before it. */
  private pathCandidates(parts: string[]): DirectoryEntry[] {
    if (parts.length === 0) return [];
    const last = parts[parts.length - 1];
    return (this.byName.get(last) ?? []).filter((entry) => {
      let at: DirectoryEntry | undefined = entry;
      for (let i = parts.length - 2; i >= 0; i--) {
        at = at.parentId ? this.byId.get(at.parentId) : undefined;
        if (!at || at.name !== parts[i]) return false;
      }
      return true;
    });
  }

  /** How an export names an entry so that an import finds it again: its name, or its path when the name is shared. */
  refOf(id: string | null | undefined): string {
    if (!id) return '';
    const entry = this.byId.get(id);
    if (!entry) return id;
    const namesakes = (this.byName.get(entry.name.trim()) ?? []).filter(
      (e) => e.kind === entry.kind && e.status === entry.status,
    );
    return namesakes.length <= 1 ? entry.name : this.pathOf(entry);
  }

  /** 东城街道/二社区/第一网格: the names from below the district down to the entry. */
  pathOf(entry: DirectoryEntry): string {
    const names = [entry.name];
    let at = entry.parentId ? this.byId.get(entry.parentId) : undefined;
    while (at && at.kind !== 'district') {
      names.unshift(at.name);
      at = at.parentId ? this.byId.get(at.parentId) : undefined;
    }
    return names.join('/');
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
