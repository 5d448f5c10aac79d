import { lazy } from 'react';
import { Resource } from 'react-admin';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import RouteIcon from '@mui/icons-material/Route';
import { TasksMenuIcon } from './tasks/TasksMenuIcon';
import { lazyPage } from '../common/lazyPage';

const WorkflowDesignList = lazyPage(() => import('./designs/WorkflowDesignList'), 'WorkflowDesignList');
const InstanceList = lazyPage(() => import('./instances/InstanceList'), 'InstanceList');
const InstanceShow = lazyPage(() => import('./instances/InstanceShow'), 'InstanceShow');
const TaskList = lazyPage(() => import('./tasks/TaskList'), 'TaskList');

// The designer (with the form inputs; React Flow loads only with a diagram) and the start page load when opened.
const WorkflowDesignerPage = lazy(() =>
  import('./designs/WorkflowDesignerPage').then((module) => ({ default: module.WorkflowDesignerPage }))
);
const WorkflowDesignCreate = lazy(() =>
  import('./designs/WorkflowDesignCreate').then((module) => ({ default: module.WorkflowDesignCreate }))
);
const InstanceCreate = lazy(() => import('./instances/InstanceCreate').then((module) => ({ default: module.InstanceCreate })));

/** Workflows: the workflow designer, a record's state panel, my tasks (issue #4); rendered inside <Admin> in App.tsx. */
export const workflowsResources = (
  <>
    <Resource name="workflow-tasks" list={TaskList} icon={TasksMenuIcon} />
    <Resource name="workflow-instances" list={InstanceList} show={InstanceShow} create={InstanceCreate} icon={RouteIcon} />
    <Resource
      name="workflow-designs"
      list={WorkflowDesignList}
      create={WorkflowDesignCreate}
      edit={WorkflowDesignerPage}
      icon={AccountTreeIcon}
    />
  </>
);
