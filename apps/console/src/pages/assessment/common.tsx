import { Space, Tag, Typography } from 'antd';
import type { Indicator, RankedSubject } from '../../api';
import { useI18n } from '../../i18n';

/** The quarter of today (UTC, as the service counts periods): `2026Q4`. */
export function currentQuarter(now = new Date()): string {
  return `${now.getUTCFullYear()}Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
}

/** An indicator in words: 志愿服务时长（助老）×2（封顶 50 分）. */
export function IndicatorText({ indicator }: { indicator: Indicator }) {
  const { t, label } = useI18n();
  const measure =
    label('measure', indicator.measure) + (indicator.category ? `（${label('category', indicator.category)}）` : '');
  return (
    <span>
      {t('assessment.indicatorOf', { measure, weight: indicator.weight })}
      {indicator.cap !== null && t('assessment.capOf', { cap: indicator.cap })}
    </span>
  );
}

/** A figure's breakdown: each indicator's value, weight and points. */
export function Breakdown({ breakdown }: { breakdown: RankedSubject['breakdown'] }) {
  const { t, label } = useI18n();
  return (
    <Space direction="vertical" size={2} data-testid="breakdown">
      {breakdown.map((b) => (
        <Typography.Text key={`${b.measure}|${b.category ?? ''}`} type={b.points === 0 ? 'secondary' : undefined}>
          {t('rankings.breakdownOf', {
            label: label('measure', b.measure) + (b.category ? `（${label('category', b.category)}）` : ''),
            value: b.value,
            weight: b.weight,
            points: b.points,
          })}
          {b.cap !== null && <Tag style={{ marginLeft: 8 }}>{t('assessment.capOf', { cap: b.cap })}</Tag>}
        </Typography.Text>
      ))}
    </Space>
  );
}
