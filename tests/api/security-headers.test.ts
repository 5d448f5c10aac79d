import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';

let app: Core.Strapi;
const ALLOWED = 'https://portale.ambito.example.org';
const saved = process.env.CORS_ORIGINS;

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  process.env.CORS_ORIGINS = ALLOWED;
  app = await startStrapi();
});
afterAll(async () => {
  await stopStrapi();
  if (saved === undefined) delete process.env.CORS_ORIGINS;
  else process.env.CORS_ORIGINS = saved;
});

const directive = (csp: string, name: string) =>
  csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? '';

describe('security headers', () => {
  it('the API sends a CSP without inline scripts, forbids framing and sniffing, and limits the referrer', async () => {
    for (const url of ['/api/services', '/api/account/me', '/api/no-such-route']) {
      const response = await http(app).get(url);
      const csp = response.headers['content-security-policy'] as string;
      expect(directive(csp, 'script-src')).toBe("script-src 'self'");
      expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive(csp, 'object-src')).toBe("object-src 'none'");
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('same-origin');
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('the console has its own CSP: no inline scripts, not framable', async () => {
    // With or without a built console (a 503 asks to build it) the policy is the console's.
    const response = await http(app).get('/console/');
    const csp = response.headers['content-security-policy'] as string;
    // 'unsafe-eval' stays: the forms engine compiles each form's validator with ajv in the browser.
    expect(directive(csp, 'script-src')).toBe("script-src 'self' 'unsafe-eval'");
    expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('CORS answers only the configured origins', async () => {
    const allowed = await http(app).get('/api/services').set('Origin', ALLOWED);
    expect(allowed.headers['access-control-allow-origin']).toBe(ALLOWED);

    for (const origin of ['https://evil.example.com', 'null', `${ALLOWED}.evil.example.com`]) {
      const simple = await http(app).get('/api/services').set('Origin', origin);
      expect(simple.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await http(app)
        .options('/api/auth/local')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'POST')
        .set('Access-Control-Request-Headers', 'content-type');
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });
});
