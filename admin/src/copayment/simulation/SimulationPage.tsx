import PlayIcon from '@mui/icons-material/PlayArrow';
import RestoreIcon from '@mui/icons-material/Restore';
import SaveIcon from '@mui/icons-material/Save';
import { Box, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { HttpError, Title, useNotify, useTranslate, useUpdate } from 'react-admin';
import type { SimulationRequest, SimulationResult } from '../../../../src/copayment/contracts';
import { useCopaymentApi } from '../api/useCopaymentApi';
import { useQuotableServices } from '../quote/useQuotableServices';
import { ProposalEditor } from './ProposalEditor';
import { draftFromTariff, isChanged, proposalErrors, proposalFromDraft, type ProposalDraft } from './proposalDraft';
import { SimulationResults } from './SimulationResults';
import { SourcePicker, type Source } from './SourcePicker';
import { useUniformTariff } from './useUniformTariff';

const errorsOf = (error: unknown) =>
  error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined)?.errors : undefined;

/** The UdP's simulation: pick service and beneficiaries, change the uniform tariff, see the impact per comune. */
export const SimulationPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useCopaymentApi();
  const [update] = useUpdate();
  const { services } = useQuotableServices();
  const [service, setService] = useState('');
  const [source, setSource] = useState<Source | null>(null);
  const { tariff, regulationName } = useUniformTariff(service || undefined);
  const [draft, setDraft] = useState<ProposalDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<SimulationResult | null>(null);
  const [running, setRunning] = useState(false);

  useEffect(() => {
    if (!service && services[0]) setService(services[0].id);
  }, [service, services]);
  useEffect(() => {
    setDraft(tariff ? draftFromTariff(tariff) : null);
    setErrors({});
  }, [tariff]);
  const changed = useMemo(() => Boolean(draft && tariff && isChanged(draft, tariff)), [draft, tariff]);

  const fail = (error: unknown) => {
    const fields = errorsOf(error);
    setErrors(proposalErrors(fields));
    notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error', multiLine: true });
  };

  const run = async () => {
    if (!source || (source.kind === 'csv' && !source.text)) return;
    const request: SimulationRequest = {
      service,
      ...(source.kind === 'dataset' ? { dataset: source.dataset } : { csv: source.text }),
      ...(changed && draft ? { proposal: proposalFromDraft(draft) as SimulationRequest['proposal'] } : {}),
    };
    setRunning(true);
    try {
      setResult(await api.copaymentSimulate(request));
      setErrors({});
    } catch (error) {
      fail(error);
    } finally {
      setRunning(false);
    }
  };

  const save = () => {
    if (!tariff || !draft) return;
    update(
      'copayment-tariffs',
      { id: tariff.id, data: proposalFromDraft(draft), previousData: tariff },
      { mutationMode: 'pessimistic', onSuccess: () => notify('copayment.simulation.saved', { type: 'success' }), onError: fail }
    );
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="copayment.simulation.title" />
      <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 960 }}>
        {translate('copayment.simulation.intro')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', lg: 'minmax(380px, 460px) 1fr' },
          alignItems: 'start',
          mb: 2,
        }}
      >
        <Card>
          <CardContent>
            <SourcePicker services={services} service={service} onService={setService} source={source} onSource={setSource} />
            <Button variant="contained" startIcon={<PlayIcon />} onClick={run} disabled={running || !source} sx={{ mt: 2 }}>
              {translate(changed ? 'copayment.simulation.recompute' : 'copayment.simulation.run')}
            </Button>
            {running ? <LinearProgress sx={{ mt: 1 }} /> : null}
          </CardContent>
        </Card>
        <Card>
          <CardContent>
            <Typography variant="h6" component="h2">
              {translate('copayment.simulation.proposal')}
            </Typography>
            <Typography color="text.secondary" sx={{ mb: 1 }}>
              {regulationName ?? '—'}
            </Typography>
            {draft ? <ProposalEditor draft={draft} changed={changed} errors={errors} onChange={setDraft} /> : <LinearProgress />}
            <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
              <Button startIcon={<RestoreIcon />} disabled={!changed} onClick={() => tariff && setDraft(draftFromTariff(tariff))}>
                {translate('copayment.simulation.reset')}
              </Button>
              <Button startIcon={<SaveIcon />} disabled={!changed} onClick={save}>
                {translate('copayment.simulation.save')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      </Box>
      {result ? (
        <SimulationResults result={result} />
      ) : (
        <Typography color="text.secondary">{translate('copayment.simulation.empty')}</Typography>
      )}
    </Box>
  );
};
