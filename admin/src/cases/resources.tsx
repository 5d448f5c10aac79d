/** Case files: beneficiaries, cases, referrals, interventions, vouchers, housing waitlist (issue #5); rendered inside <Admin> in App.tsx. */
export const casesResources = <></>;
