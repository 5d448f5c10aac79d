#!/usr/bin/env node
// Bounded loopback load, in a process of its own (the server's event loop is not the client's): N clients
// on keep-alive connections send requests one after the other for S seconds, then stop. Prints one JSON
// line: requests/s, p50, p99 (ms), non-2xx answers, errors. Argument: a JSON spec
// { base, clients, seconds, requests: [{ method, path, headers, body }] } — client i sends
// requests[i % length] then, answer by answer, the next ones of its own list (`perClient: true`: client i
// cycles through requests[i] alone, a list of steps).
const http = require('node:http');
const { performance } = require('node:perf_hooks');

const spec = JSON.parse(process.argv[2]);
const url = new URL(spec.base);
const agent = new http.Agent({ keepAlive: true, maxSockets: spec.clients });

function send({ method = 'GET', path, headers = {}, body }) {
  return new Promise((resolve) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        method,
        path,
        agent,
        headers: {
          accept: 'application/json',
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...headers,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode));
      }
    );
    request.on('error', () => resolve(0));
    if (payload) request.write(payload);
    request.end();
  });
}

async function main() {
  const latencies = [];
  let non2xx = 0;
  let errors = 0;
  const end = performance.now() + spec.seconds * 1000;
  const client = async (index) => {
    const steps = spec.perClient ? spec.requests[index % spec.requests.length] : [spec.requests[index % spec.requests.length]];
    let step = 0;
    while (performance.now() < end) {
      const t0 = performance.now();
      const status = await send(steps[step % steps.length]);
      latencies.push(performance.now() - t0);
      if (status === 0) errors += 1;
      else if (status < 200 || status >= 300) non2xx += 1;
      step += 1;
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: spec.clients }, (_, index) => client(index)));
  const seconds = (performance.now() - begin) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? NaN;
  console.log(
    JSON.stringify({
      requests: latencies.length,
      perSecond: latencies.length / seconds,
      p50: at(0.5),
      p99: at(0.99),
      non2xx,
      errors,
    })
  );
  agent.destroy();
}

main();
