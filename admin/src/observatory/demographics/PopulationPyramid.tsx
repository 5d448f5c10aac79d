import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import type { DemographicRow } from '../api/types';
import { LazyChart } from '../charts/LazyChart';
import { pyramidOption } from '../charts/options';
import { useObservatoryFormat } from '../common/format';

/** The age pyramid of one comune and year, from the Tabella 1 bands the server holds. */
export const PopulationPyramid = ({ row, height = 340 }: { row: DemographicRow; height?: number }) => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const option = useMemo(
    () =>
      pyramidOption(row.bands, row.total, {
        bandLabel: (band) => translate(`observatory.bands.${band}`),
        axisName: translate('observatory.pyramid.axis'),
        format: f.integer,
        formatShare: f.share,
        tooltip: (band, count, share, perYear) =>
          translate('observatory.pyramid.tooltip', {
            band: translate(`observatory.bands.${band}`),
            count: f.integer(count),
            share: f.share(share),
            perYear: f.integer(perYear),
          }),
      }),
    [row, translate, f]
  );
  const label = translate('observatory.pyramid.label', {
    municipality: row.municipality?.name ?? translate('observatory.dashboard.wholeDistrict'),
    year: row.year,
  });
  return <LazyChart option={option} label={label} testId="observatory-pyramid" height={height} />;
};
