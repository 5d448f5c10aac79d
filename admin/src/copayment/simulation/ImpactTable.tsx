import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ImpactRow, SimulationResult } from '../../../../src/copayment/contracts';
import { useFormatters } from '../common/format';

const col = 'copayment.simulation.columns';

/** Change in the comune's net cost: red when the comune would pay more, green when less. */
const tone = (value: number, higherIsBetter: boolean) =>
  value === 0 ? 'text.primary' : value > 0 === higherIsBetter ? 'success.main' : 'error.main';

/** The comparison per comune, today against the proposal, with the district total last. */
export const ImpactTable = ({ result }: { result: SimulationResult }) => {
  const translate = useTranslate();
  const f = useFormatters();
  const cells = (row: ImpactRow) => [
    <TableCell key="b" align="right">
      {row.beneficiaries}
    </TableCell>,
    <TableCell key="rt" align="right">
      {f.euro(row.current.revenue)}
    </TableCell>,
    <TableCell key="rp" align="right" data-column="revenueProposed">
      {f.euro(row.proposed.revenue)}
    </TableCell>,
    <TableCell key="rc" align="right" sx={{ color: tone(row.change.revenue, true) }}>
      {f.signedEuro(row.change.revenue)}
    </TableCell>,
    <TableCell key="nt" align="right">
      {f.euro(row.current.netCost)}
    </TableCell>,
    <TableCell key="np" align="right" data-column="netProposed">
      {f.euro(row.proposed.netCost)}
    </TableCell>,
    <TableCell key="nc" align="right" sx={{ color: tone(row.change.netCost, false), fontWeight: 600 }}>
      {f.signedEuro(row.change.netCost)}
    </TableCell>,
    <TableCell key="c" align="right">{`${row.citizens.payMore} / ${row.citizens.payLess}`}</TableCell>,
  ];
  return (
    <Table size="small" aria-label={translate('copayment.simulation.results')}>
      <TableHead>
        <TableRow>
          {[
            'municipality',
            'beneficiaries',
            'revenueToday',
            'revenueProposed',
            'revenueChange',
            'netToday',
            'netProposed',
            'netChange',
            'citizens',
          ].map((key, i) => (
            <TableCell key={key} align={i === 0 ? 'left' : 'right'} sx={{ fontWeight: 600 }}>
              {translate(`${col}.${key}`)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {result.municipalities.map((m) => (
          <TableRow key={m.municipality.istatCode} data-istat={m.municipality.istatCode} hover>
            <TableCell>
              {m.municipality.name}
              {m.currentTariff ? null : (
                <Tooltip title={translate('copayment.simulation.noTariff')}>
                  <Chip label="—" size="small" sx={{ ml: 1 }} />
                </Tooltip>
              )}
            </TableCell>
            {cells(m)}
          </TableRow>
        ))}
        <TableRow data-istat="total" sx={{ '& td': { fontWeight: 700, borderTop: 2 } }}>
          <TableCell>
            <Typography component="span" sx={{ fontWeight: 700 }}>
              {translate(`${col}.total`)}
            </Typography>
          </TableCell>
          {cells(result.totals)}
        </TableRow>
      </TableBody>
    </Table>
  );
};
