import { Box, Chip, Divider, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { QuoteResponse } from '../../../../src/copayment/contracts';
import { ExampleDataChip } from '../common/ExampleDataChip';
import { useFormatters } from '../common/format';

const Amount = ({ label, value, strong }: { label: string; value: string; strong?: boolean }) => (
  <Box>
    <Typography variant="body2" color="text.secondary">
      {label}
    </Typography>
    <Typography
      variant={strong ? 'h4' : 'h5'}
      component="p"
      color={strong ? 'primary' : 'text.primary'}
      sx={{ fontWeight: strong ? 600 : 400 }}
    >
      {value}
    </Typography>
  </Box>
);

/** The answer: the two shares first, then which tariff, rule and band applied, then the step-by-step explanation. */
export const QuoteResult = ({ result }: { result: QuoteResponse }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const f = useFormatters();
  const { rule, details } = result;
  const ruleLabel = translate(`copayment.enums.ruleType.${rule.type}`, rule.band ?? {});
  return (
    <Stack spacing={2} data-testid="copayment-quote-result">
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Amount label={translate('copayment.quote.citizen')} value={f.euro(result.citizenShare)} strong />
        <Amount label={translate('copayment.quote.municipality')} value={f.euro(result.municipalityShare)} />
        <Amount label={translate('copayment.quote.gross')} value={f.euro(result.grossCost)} />
      </Stack>
      <Divider />
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Chip
          label={translate(`copayment.enums.scheme.${result.scheme}`)}
          color={result.scheme === 'municipal' ? 'default' : 'info'}
        />
        <Typography variant="body2">{result.regulation.name}</Typography>
        <ExampleDataChip show={result.regulation.exampleData} />
      </Stack>
      <Box>
        <Typography variant="body2" color="text.secondary">
          {translate('copayment.quote.rule')}
        </Typography>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Chip label={ruleLabel} color="primary" variant="outlined" />
          <Typography>
            {f.percent(rule.sharePercent)} ·{' '}
            {translate('copayment.quote.perUnit', {
              amount: f.euro(details.unitShare),
              unit: translate(`copayment.enums.unit.${details.unit}`).toLowerCase(),
              quantity: f.number(details.quantity),
              units: translate(`copayment.enums.unitShort.${details.unit}`),
            })}
          </Typography>
        </Stack>
      </Box>
      <Box>
        <Typography variant="subtitle2" component="h3">
          {translate('copayment.quote.explanation')}
        </Typography>
        <Typography sx={{ maxWidth: 720 }}>{locale === 'en' ? result.explanation.en : result.explanation.it}</Typography>
      </Box>
    </Stack>
  );
};
