/**
 * The in-memory organization (fakeOrganization.ts) behind a local HTTP server speaking the
 * Organizations wire protocol (AWS JSON 1.1: POST /, `X-Amz-Target: AWSOrganizationsV20161128.<Op>`,
 * errors as `{"__type": …}`), so a real OrganizationsClient reaches it through
 * AWS_ENDPOINT_URL_ORGANIZATIONS with the SDK's own serialization, signing and error decoding.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import {
  CallLog,
  CommandName,
  fakeHandlers,
  FakeOrganization,
  Wrap,
} from './fakeOrganization';

const TARGET_PREFIX = 'AWSOrganizationsV20161128.';

/** Timestamps travel as epoch seconds in this protocol. */
function wire(value: unknown): unknown {
  if (value instanceof Date) return value.getTime() / 1000;
  if (Array.isArray(value)) return value.map(wire);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k, v]) => v !== undefined && k !== '$metadata')
        .map(([k, v]) => [k, wire(v)]),
    );
  return value;
}

export async function startOrganizationsHttpFake(
  org: FakeOrganization,
  wrap: Wrap = (_name, handler) => handler,
): Promise<{ url: string; log: CallLog; close(): Promise<void> }> {
  const handlers = fakeHandlers(org) as Record<string, (input: any) => unknown>;
  const log: CallLog = { counts: {}, inputs: [] };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      const name = String(req.headers['x-amz-target'] ?? '').replace(
        TARGET_PREFIX,
        '',
      ) as CommandName;
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
        res.end(JSON.stringify(payload));
      };
      if (!handlers[name])
        return reply(400, {
          __type: 'UnknownOperationException',
          message: name,
        });
      const input = body ? JSON.parse(body) : {};
      log.counts[name] = (log.counts[name] ?? 0) + 1;
      log.inputs.push({ name, input });
      try {
        return reply(200, wire(wrap(name, handlers[name])(input)));
      } catch (e) {
        const error = e as Error & {
          $metadata?: { httpStatusCode?: number };
          Reason?: string;
        };
        return reply(error.$metadata?.httpStatusCode ?? 400, {
          __type: error.name,
          message: error.message,
          ...(error.Reason ? { Reason: error.Reason } : {}),
        });
      }
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise(resolve => server.close(() => resolve())),
  };
}
