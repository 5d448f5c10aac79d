import { lazy, type ComponentType } from 'react';

/**
 * A console page loaded on its first visit, in a chunk of its own with what only it uses (rich text,
 * charts, diagrams, the forms renderer), so that the first screen loads react-admin's core alone.
 * react-admin's layout shows its loading indicator meanwhile (Suspense).
 * `lazyPage(() => import('./ServiceList'), 'ServiceList')` stands for the named export.
 */
export function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): Module[Name] {
  return lazy(async () => ({ default: (await load())[name] as ComponentType<object> })) as Module[Name];
}
