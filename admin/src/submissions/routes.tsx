import { lazy } from 'react';
import { Route } from 'react-router-dom';

// The renderer and the shared validator (ajv, JSON Logic) load with the first submission opened.
const SubmissionPage = lazy(() => import('./SubmissionPage').then((module) => ({ default: module.SubmissionPage })));

/** The page of each submission, under the "Le mie compilazioni" resource. */
export const submissionRoutes = <Route path=":id" element={<SubmissionPage />} />;
