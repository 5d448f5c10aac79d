import { Box, Card, CardContent, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { ResourceContextProvider, Title, useGetIdentity, useTranslate } from 'react-admin';
import type { QuoteResponse } from '../../../../src/copayment/contracts';
import type { AmbitoIdentity } from '../../providers/authProvider';
import { QuoteForm } from './QuoteForm';
import { QuoteResult } from './QuoteResult';
import { useQuotableServices } from './useQuotableServices';

/** The calculator for operators and the UdP: a citizen's situation in, the two shares and why out. */
export const QuotePage = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { services, isPending } = useQuotableServices();
  const [result, setResult] = useState<QuoteResponse | null>(null);
  const defaultMunicipality = (identity as AmbitoIdentity | undefined)?.municipalities?.[0]?.documentId;

  return (
    <ResourceContextProvider value="copayment-quote">
      <Box sx={{ mt: 2 }}>
        <Title title="copayment.quote.title" />
        <Typography color="text.secondary" sx={{ mb: 2, maxWidth: 900 }}>
          {translate('copayment.quote.intro')}
        </Typography>
        <Box
          sx={{
            display: 'grid',
            gap: 2,
            gridTemplateColumns: { xs: '1fr', md: 'minmax(320px, 420px) 1fr' },
            alignItems: 'start',
          }}
        >
          <Card>
            <CardContent>
              {isPending || !identity ? (
                <LinearProgress />
              ) : (
                <QuoteForm services={services} defaultMunicipality={defaultMunicipality} onResult={setResult} />
              )}
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              {result ? (
                <QuoteResult result={result} />
              ) : (
                <Typography color="text.secondary">{translate('copayment.quote.noResult')}</Typography>
              )}
            </CardContent>
          </Card>
        </Box>
      </Box>
    </ResourceContextProvider>
  );
};
