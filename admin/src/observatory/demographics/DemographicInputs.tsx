import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { NumberInput, SelectInput, TextInput, maxLength, maxValue, minValue, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { BAND_KEYS, indicesOf, totalOf } from '../../../../src/plugins/observatory/shared/indices';
import { AGE_BANDS } from '../api/types';
import { useObservatoryFormat } from '../common/format';
import { bandsOf, PUBLISHED_KEYS, type DemographicFormValues } from '../forms/demographicForm';
import { useMunicipalityChoices } from '../forms/useEditChoices';

const count = [required(), minValue(0), maxValue(10_000_000)];

/**
 * The indices as the server will compute them from the bands typed (the same code: shared/indices.ts),
 * beside the published values and their difference, recomputed while typing.
 */
const IndicesBeside = () => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  const values = useWatch() as Partial<DemographicFormValues>;
  const bands = bandsOf(values);
  const foreign =
    values.foreignResidents === null || values.foreignResidents === undefined ? null : Number(values.foreignResidents);
  const indices = indicesOf(bands, foreign, (values.published ?? {}) as Record<string, unknown>);
  return (
    <Box sx={{ width: '100%', maxWidth: 760 }} data-testid="demographic-indices">
      <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
        {translate('observatory.demographicForm.indicesTitle')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('observatory.demographicForm.indicesHint', { total: f.integer(totalOf(bands)) })}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('observatory.demographicForm.index')}</TableCell>
            <TableCell align="right">{translate('observatory.demographicForm.computed')}</TableCell>
            <TableCell align="right">{translate('observatory.demographicForm.published')}</TableCell>
            <TableCell align="right">{translate('observatory.demographicForm.difference')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {PUBLISHED_KEYS.map((key) => {
            const index = indices[key];
            const differs = index.difference !== null && Math.abs(index.difference) >= 0.05;
            return (
              <TableRow key={key} data-index={key}>
                <TableCell>{translate(`observatory.indices.${key}`)}</TableCell>
                <TableCell align="right">{f.oneDecimal(index.computed)}</TableCell>
                <TableCell align="right">
                  <NumberInput
                    source={`published.${key}`}
                    label={false}
                    aria-label={translate(`observatory.indices.${key}`)}
                    size="small"
                    helperText={false}
                    sx={{ width: 110, m: 0 }}
                  />
                </TableCell>
                <TableCell align="right" sx={{ color: differs ? 'warning.main' : undefined }}>
                  {f.signed(index.difference)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};

/** A population row: comune, year, the Tabella 1 bands, foreign residents, the published indices and the source. */
export const DemographicInputs = () => {
  const municipalities = useMunicipalityChoices();
  return (
    <>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput
          source="municipality"
          label="resources.observatory-demographics.fields.municipality"
          choices={municipalities}
          validate={required()}
          fullWidth={false}
          sx={{ minWidth: 260 }}
        />
        <NumberInput
          source="year"
          label="resources.observatory-demographics.fields.year"
          validate={[required(), minValue(1900), maxValue(2100)]}
          step={1}
          fullWidth={false}
          sx={{ width: 130 }}
        />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {BAND_KEYS.map((key, i) => (
          <NumberInput
            key={key}
            source={key}
            label={`observatory.bands.${AGE_BANDS[i]}`}
            validate={count}
            step={1}
            min={0}
            sx={{ width: 140 }}
          />
        ))}
        <NumberInput
          source="foreignResidents"
          label="observatory.demographicForm.foreignResidents"
          validate={[minValue(0)]}
          step={1}
          min={0}
          sx={{ width: 180 }}
        />
      </Stack>
      <TextInput
        source="source"
        label="observatory.demographicForm.source"
        validate={maxLength(300)}
        helperText="observatory.demographicForm.sourceHint"
        fullWidth
      />
      <IndicesBeside />
    </>
  );
};
