import { Datagrid, FunctionField, List, useTranslate } from 'react-admin';
import type { MinutesTemplateRecord } from '../api/types';

/** One line per body type: the items its minutes start with. */
const Summary = ({ template }: { template: MinutesTemplateRecord }) => {
  const translate = useTranslate();
  return (
    <span>
      {template.items
        .map((item) => (item.kind === 'agenda' ? translate('governance.template.agendaHere') : item.title))
        .join(' · ')}
    </span>
  );
};

/** The minutes template of each body type (the UdP edits them; minutes are drafted from them). */
export const TemplateList = () => {
  const translate = useTranslate();
  return (
    <List perPage={50} exporter={false} pagination={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <FunctionField<MinutesTemplateRecord>
          source="bodyType"
          sortable={false}
          render={(t) => translate(`governance.bodyTypes.${t.bodyType}`)}
        />
        <FunctionField<MinutesTemplateRecord> source="items" sortable={false} render={(t) => <Summary template={t} />} />
        <FunctionField<MinutesTemplateRecord>
          source="custom"
          sortable={false}
          render={(t) => translate(t.custom ? 'governance.template.custom' : 'governance.template.default')}
        />
      </Datagrid>
    </List>
  );
};
