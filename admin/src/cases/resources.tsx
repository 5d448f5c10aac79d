import { Resource, type RaRecord } from 'react-admin';
import CaseIcon from '@mui/icons-material/FolderShared';
import PersonIcon from '@mui/icons-material/Person';
import ReferralIcon from '@mui/icons-material/Send';
import InterventionIcon from '@mui/icons-material/HomeRepairService';
import VoucherIcon from '@mui/icons-material/ConfirmationNumber';
import HousingIcon from '@mui/icons-material/House';
import { beneficiaryName } from './common/BeneficiaryName';
import { lazyPage } from '../common/lazyPage';

const BeneficiaryEdit = lazyPage(() => import('./beneficiaries/BeneficiaryEdit'), 'BeneficiaryEdit');
const BeneficiaryList = lazyPage(() => import('./beneficiaries/BeneficiaryList'), 'BeneficiaryList');
const BeneficiaryShow = lazyPage(() => import('./beneficiaries/BeneficiaryShow'), 'BeneficiaryShow');
const CaseEdit = lazyPage(() => import('./caseFiles/CaseEdit'), 'CaseEdit');
const CaseList = lazyPage(() => import('./caseFiles/CaseList'), 'CaseList');
const CaseShow = lazyPage(() => import('./caseFiles/CaseShow'), 'CaseShow');
const IntakePage = lazyPage(() => import('./caseFiles/IntakePage'), 'IntakePage');
const InterventionCreate = lazyPage(() => import('./interventions/InterventionCreate'), 'InterventionCreate');
const InterventionList = lazyPage(() => import('./interventions/InterventionList'), 'InterventionList');
const ReferralCreate = lazyPage(() => import('./referrals/ReferralCreate'), 'ReferralCreate');
const ReferralList = lazyPage(() => import('./referrals/ReferralList'), 'ReferralList');
const ReferralShow = lazyPage(() => import('./referrals/ReferralShow'), 'ReferralShow');
const HouseholdCreate = lazyPage(() => import('./households/HouseholdPages'), 'HouseholdCreate');
const HouseholdEdit = lazyPage(() => import('./households/HouseholdPages'), 'HouseholdEdit');
const VoucherCreate = lazyPage(() => import('./vouchers/VoucherCreate'), 'VoucherCreate');
const VoucherList = lazyPage(() => import('./vouchers/VoucherList'), 'VoucherList');
const VoucherShow = lazyPage(() => import('./vouchers/VoucherShow'), 'VoucherShow');
const WaitlistPage = lazyPage(() => import('./waitlist/WaitlistPage'), 'WaitlistPage');

/** A record in titles: its own code or its case's ("Invio C-2026-00003"); never the documentId react-admin would show. */
const caseCode = (record: RaRecord) => {
  const code = record.code ?? (record.case as { code?: string } | undefined)?.code;
  return typeof code === 'string' ? code : '';
};

/**
 * Case files: beneficiaries, cases, referrals, interventions, vouchers, housing waitlist (issue #5);
 * rendered inside <Admin> in App.tsx. Resource names are the API paths; casesAccess decides who sees which.
 */
export const casesResources = (
  <>
    <Resource
      name="cases"
      list={CaseList}
      show={CaseShow}
      edit={CaseEdit}
      create={IntakePage}
      icon={CaseIcon}
      recordRepresentation={caseCode}
    />
    <Resource
      name="beneficiaries"
      list={BeneficiaryList}
      show={BeneficiaryShow}
      edit={BeneficiaryEdit}
      icon={PersonIcon}
      recordRepresentation={beneficiaryName}
    />
    <Resource
      name="referrals"
      list={ReferralList}
      show={ReferralShow}
      create={ReferralCreate}
      icon={ReferralIcon}
      recordRepresentation={caseCode}
    />
    <Resource
      name="interventions"
      list={InterventionList}
      create={InterventionCreate}
      icon={InterventionIcon}
      recordRepresentation={caseCode}
    />
    <Resource
      name="vouchers"
      list={VoucherList}
      show={VoucherShow}
      create={VoucherCreate}
      icon={VoucherIcon}
      recordRepresentation={caseCode}
    />
    <Resource name="housing-waitlist" list={WaitlistPage} icon={HousingIcon} />
    <Resource name="households" edit={HouseholdEdit} create={HouseholdCreate} />
  </>
);
