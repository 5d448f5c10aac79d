import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';

let app: Core.Strapi;
const dist = path.join(__dirname, '..', '..', 'admin', 'dist');

beforeAll(async () => {
  app = await startStrapi();
});
afterAll(stopStrapi);

describe('the console is served by Strapi at /console', () => {
  it('has been built (npm test builds it first)', () => {
    expect(fs.existsSync(path.join(dist, 'index.html'))).toBe(true);
  });

  it('serves index.html at /console/ and for the console routes, in Italian', async () => {
    for (const url of ['/console/', '/console/services', '/console/services/abc/show']) {
      const response = await http(app).get(url);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.text).toContain('lang="it"');
    }
    expect((await http(app).get('/console')).status).toBe(302);
  });

  it('sends a content security policy without inline scripts', async () => {
    const csp = (await http(app).get('/console/')).headers['content-security-policy'];
    expect(csp).toContain("script-src 'self' 'unsafe-eval'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('serves the built assets', async () => {
    const index = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(index)?.[1];
    expect(script).toBeDefined();
    const response = await http(app).get(script as string);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('javascript');
  });

  it('leaves the API alone', async () => {
    expect((await http(app).get('/api/municipalities')).status).toBe(200);
  });
});
