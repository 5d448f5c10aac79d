import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { CoreAdminContext, memoryStore } from 'ra-core';
import type { FormDefinition } from '../../../../../src/plugins/forms/shared';
import { i18nProvider } from '../../../i18n/i18nProvider';
import { FormRenderer } from '../FormRenderer';

// The console's files use React's automatic JSX runtime; the tests' transform (swc, shared with the
// server's tests) compiles JSX to React.createElement: give it the React the console uses.
(globalThis as { React?: typeof React }).React = React;

/**
 * Renders the operators' form renderer as the console does (react-admin's context: translations, the
 * language kept in the store), in `locale`. `submitted` receives what the renderer sends to the server.
 * Resolves once the form is on screen (react-admin loads a language's messages asynchronously).
 */
export async function renderForm(
  definition: FormDefinition,
  options: { locale?: 'it' | 'en'; data?: Record<string, unknown> } = {}
) {
  const submitted: Record<string, unknown>[] = [];
  const view = render(
    <CoreAdminContext i18nProvider={i18nProvider} store={memoryStore({ locale: options.locale ?? 'it' })}>
      <FormRenderer
        definition={definition}
        data={options.data}
        onSubmit={async (data) => {
          submitted.push(data);
        }}
      />
    </CoreAdminContext>
  );
  await screen.findByRole('button', { name: options.locale === 'en' ? 'Submit' : 'Invia' });
  return { ...view, submitted };
}

/** The input of a field by its data path (the renderer's ids: `field-household-0-name`). */
export function inputOf(path: string): HTMLInputElement {
  const element = document.getElementById(`field-${path.replace(/\./g, '-')}`);
  if (!element) throw new Error(`no input for ${path}`);
  return element as HTMLInputElement;
}
