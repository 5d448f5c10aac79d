import { useRecordContext, useTranslate } from 'react-admin';
import type { TariffParameters } from '../../../../src/copayment/contracts';
import { useFormatters } from '../common/format';

/** One line telling a tariff's rule: thresholds and shares, or how many bands from which share to which. */
export const TariffSummary = ({ tariff }: { tariff?: Partial<TariffParameters> }) => {
  const record = useRecordContext<Partial<TariffParameters> & { id: string }>();
  const translate = useTranslate();
  const f = useFormatters();
  const t = tariff ?? record;
  if (!t) return null;
  if (t.rule === 'linear') {
    return (
      <span>
        {translate('copayment.tariff.summaryLinear', {
          floor: f.euro(t.iseeFloor),
          ceiling: f.euro(t.iseeCeiling),
          min: f.percent(t.minSharePercent ?? 0),
          max: f.percent(t.maxSharePercent ?? 100),
        })}
      </span>
    );
  }
  const bands = t.bands ?? [];
  if (bands.length === 0) return <span>—</span>;
  return (
    <span>
      {translate('copayment.tariff.summaryBands', {
        count: bands.length,
        first: f.percent(bands[0].sharePercent),
        last: f.percent(bands[bands.length - 1].sharePercent),
      })}
    </span>
  );
};
