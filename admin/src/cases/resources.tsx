import { Resource, type RaRecord } from 'react-admin';
import CaseIcon from '@mui/icons-material/FolderShared';
import PersonIcon from '@mui/icons-material/Person';
import ReferralIcon from '@mui/icons-material/Send';
import InterventionIcon from '@mui/icons-material/HomeRepairService';
import VoucherIcon from '@mui/icons-material/ConfirmationNumber';
import HousingIcon from '@mui/icons-material/House';
import { BeneficiaryEdit } from './beneficiaries/BeneficiaryEdit';
import { BeneficiaryList } from './beneficiaries/BeneficiaryList';
import { BeneficiaryShow } from './beneficiaries/BeneficiaryShow';
import { CaseEdit } from './caseFiles/CaseEdit';
import { CaseList } from './caseFiles/CaseList';
import { CaseShow } from './caseFiles/CaseShow';
import { IntakePage } from './caseFiles/IntakePage';
import { beneficiaryName } from './common/BeneficiaryName';
import { InterventionCreate } from './interventions/InterventionCreate';
import { InterventionList } from './interventions/InterventionList';
import { ReferralCreate } from './referrals/ReferralCreate';
import { ReferralList } from './referrals/ReferralList';
import { ReferralShow } from './referrals/ReferralShow';
import { HouseholdCreate, HouseholdEdit } from './households/HouseholdPages';
import { VoucherCreate } from './vouchers/VoucherCreate';
import { VoucherList } from './vouchers/VoucherList';
import { VoucherShow } from './vouchers/VoucherShow';
import { WaitlistPage } from './waitlist/WaitlistPage';

const caseCode = (record: RaRecord) => String(record.code ?? record.id);

/**
 * Case files: beneficiaries, cases, referrals, interventions, vouchers, housing waitlist (issue #5);
 * rendered inside <Admin> in App.tsx. Resource names are the API paths; casesAccess decides who sees which.
 */
export const casesResources = (
  <>
    <Resource name="cases" list={CaseList} show={CaseShow} edit={CaseEdit} create={IntakePage} icon={CaseIcon} recordRepresentation={caseCode} />
    <Resource name="beneficiaries" list={BeneficiaryList} show={BeneficiaryShow} edit={BeneficiaryEdit} icon={PersonIcon} recordRepresentation={beneficiaryName} />
    <Resource name="referrals" list={ReferralList} show={ReferralShow} create={ReferralCreate} icon={ReferralIcon} />
    <Resource name="interventions" list={InterventionList} create={InterventionCreate} icon={InterventionIcon} />
    <Resource name="vouchers" list={VoucherList} show={VoucherShow} create={VoucherCreate} icon={VoucherIcon} recordRepresentation={caseCode} />
    <Resource name="housing-waitlist" list={WaitlistPage} icon={HousingIcon} />
    <Resource name="households" edit={HouseholdEdit} create={HouseholdCreate} />
  </>
);
