// autocannon ships no types (and @types/autocannon is not in the lockfile): the part bench/api uses.
declare module 'autocannon' {
  interface RequestParams {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  }

  interface Request extends RequestParams {
    setupRequest?: (req: RequestParams) => RequestParams;
  }

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    /** Requests to send in all (then `duration` is ignored). */
    amount?: number;
    /** Seconds before a request counts as timed out (autocannon's default: 10). */
    timeout?: number;
    headers?: Record<string, string>;
    requests?: Request[];
  }

  interface Histogram {
    average: number;
    p50: number;
    p99: number;
    max: number;
    /** Of `requests`: how many were answered in all. */
    total?: number;
  }

  interface Result {
    non2xx: number;
    errors: number;
    timeouts: number;
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
  }

  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
