import { lazy } from 'react';
import { Route } from 'react-router-dom';

// The renderer and the shared validator (ajv, JSON Logic) load with the first form opened.
const FormFillPage = lazy(() => import('./FormFillPage').then((module) => ({ default: module.FormFillPage })));

/** The fill page of each form, under the "Moduli" resource. */
export const fillRoutes = <Route path=":key/fill" element={<FormFillPage />} />;
