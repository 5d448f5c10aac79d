/** Observatory: objectives, indicators, demographics, dashboards (issue #8); rendered inside <Admin> in App.tsx. */
export const observatoryResources = <></>;
