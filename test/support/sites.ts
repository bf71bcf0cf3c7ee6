import { DEFAULT_CHECKLISTS } from '../../apps/organizations/src/service-sites/standards/default-checklists';

type Level = keyof typeof DEFAULT_CHECKLISTS;

/**
 * A rating's answers to a level's default checklist (七个一, 五个一; issue 20): every item met with
 * its evidence, but the first `missed` items, which are not.
 */
export const checklistAnswers = (level: Level, missed = 0) =>
  DEFAULT_CHECKLISTS[level].map((item, index) => ({
    itemId: item.id,
    met: index >= missed,
    note: index >= missed ? `${item.name}：台账齐全` : '',
  }));
