import { Create, SimpleForm } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { withObservatoryData } from '../api/ObservatoryData';
import { newIndicatorForm } from '../forms/indicatorForm';
import { IndicatorInputs } from './IndicatorInputs';

/** A new indicator; started from an objective, it is already attached to it (`state.objective`, a code). */
const IndicatorCreateView = () => {
  const location = useLocation();
  const objective = (location.state as { objective?: string } | null)?.objective;
  return (
    <Create resource="observatory-indicators" title="observatory.indicators.createTitle" redirect="edit">
      <SimpleForm defaultValues={newIndicatorForm(objective)}>
        <IndicatorInputs />
      </SimpleForm>
    </Create>
  );
};

export const IndicatorCreate = withObservatoryData(IndicatorCreateView);
