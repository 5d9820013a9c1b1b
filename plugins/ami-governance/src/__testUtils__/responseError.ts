import { ResponseError } from '@backstage/errors';

/** A ResponseError as the client throws it for a Backstage error body with this status and message. */
export async function responseError(status: number, message: string) {
  const body = {
    error: { name: 'Error', message },
    response: { statusCode: status },
  };
  return ResponseError.fromResponse(
    new Response(JSON.stringify(body), {
      status,
      statusText: 'Failed',
      headers: { 'Content-Type': 'application/json' },
    }),
  );
}
