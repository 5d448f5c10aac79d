import { useTranslate } from 'react-admin';
import { useCount } from './useCount';
import { listWith, WorkItem } from './WorkItem';
import { WorkCounts } from './WorkList';

/** The provider's home: referrals to accept or refuse, vouchers to redeem. */
export const ProviderWork = () => {
  const translate = useTranslate();
  const toAccept = useCount('referrals', { status: 'pending' });
  const vouchers = useCount('vouchers', { status: 'issued' });
  return (
    <WorkCounts>
      {toAccept !== undefined ? (
        <WorkItem
          count={toAccept}
          label={translate('ambito.home.referralsToAccept')}
          to={listWith('referrals', { status: 'pending' })}
          urgent={toAccept > 0}
        />
      ) : null}
      {vouchers !== undefined ? (
        <WorkItem
          count={vouchers}
          label={translate('ambito.home.issuedVouchers')}
          to={listWith('vouchers', { status: 'issued' })}
        />
      ) : null}
    </WorkCounts>
  );
};
