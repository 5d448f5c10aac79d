import { Alert, Typography } from '@mui/material';
import { useLocale, useTranslate } from 'react-admin';
import type { QuorumResult, QuorumRule } from '../api/types';

/** The body's quorum rule in words. */
export const QuorumRuleText = ({ rule }: { rule: QuorumRule | undefined }) => {
  const translate = useTranslate();
  if (!rule) return null;
  const threshold =
    rule.threshold === 'majority'
      ? translate('governance.quorum.majority')
      : translate('governance.quorum.share', { percent: Math.round(rule.threshold * 100) });
  const weighting = translate(rule.weighting === 'population' ? 'governance.quorum.population' : 'governance.quorum.perMember');
  const also = rule.alsoMajorityOfMembers ? `, ${translate('governance.quorum.alsoMajority')}` : '';
  return (
    <Typography variant="body2">
      {threshold} ({weighting}){also}
    </Typography>
  );
};

/** Whether the meeting is quorate, with the counts behind it. */
export const QuorumStatus = ({ quorum }: { quorum: QuorumResult | null | undefined }) => {
  const translate = useTranslate();
  const locale = useLocale();
  if (!quorum) return null;
  return (
    <Alert severity={quorum.reached ? 'success' : 'warning'} data-testid="quorum">
      <strong>{translate(quorum.reached ? 'governance.quorum.reached' : 'governance.quorum.notReached')}</strong>
      {' – '}
      {locale === 'en' ? quorum.en : quorum.it}
    </Alert>
  );
};
