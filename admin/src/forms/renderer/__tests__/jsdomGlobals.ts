// What jsdom (jest-environment-jsdom) lacks and the console's libraries need at import time
// (react-router's TextEncoder). Imported first by the console's component tests.
import { TextDecoder, TextEncoder } from 'node:util';

const scope = globalThis as unknown as Record<string, unknown>;
if (scope.TextEncoder === undefined) scope.TextEncoder = TextEncoder;
if (scope.TextDecoder === undefined) scope.TextDecoder = TextDecoder;
