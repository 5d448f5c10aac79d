import {
  ArrayField,
  DataTable,
  NumberField,
  ReferenceField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { EuroField } from '../../common/LocaleFields';
import { roundingChoices, ruleChoices, TARIFF_POPULATE, unitChoices } from '../common/choices';
import { TariffSummary } from './TariffSummary';

/** The rule's own fields: thresholds and shares (linear), or the bands. */
const RuleFields = () => {
  const record = useRecordContext();
  if (record?.rule === 'linear') {
    return (
      <SimpleShowLayout sx={{ p: 0 }}>
        <EuroField source="iseeFloor" />
        <EuroField source="iseeCeiling" />
        <NumberField source="minSharePercent" emptyText="0" />
        <NumberField source="maxSharePercent" emptyText="100" />
      </SimpleShowLayout>
    );
  }
  return (
    <ArrayField source="bands">
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="iseeFrom" label="resources.copayment-tariffs.fields.iseeFrom">
          <EuroField source="iseeFrom" />
        </DataTable.Col>
        <DataTable.Col source="iseeTo" label="resources.copayment-tariffs.fields.iseeTo">
          <EuroField source="iseeTo" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="sharePercent" label="resources.copayment-tariffs.fields.sharePercent">
          <NumberField source="sharePercent" />
        </DataTable.Col>
      </DataTable>
    </ArrayField>
  );
};

export const TariffShow = () => (
  <Show queryOptions={{ meta: { populate: TARIFF_POPULATE } }}>
    <SimpleShowLayout>
      <ReferenceField source="regulation" reference="copayment-regulations" />
      <ReferenceField source="service" reference="services" />
      <SelectField source="unit" choices={unitChoices} />
      <EuroField source="unitCost" />
      <SelectField source="rule" choices={ruleChoices} />
      <TariffSummary />
      <RuleFields />
      <ArrayField source="householdFactors" emptyText="—">
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="householdSize" label="resources.copayment-tariffs.fields.householdSize" />
          <DataTable.Col source="coefficient" label="resources.copayment-tariffs.fields.coefficient" />
        </DataTable>
      </ArrayField>
      <SelectField source="rounding" choices={roundingChoices} />
      <EuroField source="monthlyCap" emptyText="—" />
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </Show>
);
