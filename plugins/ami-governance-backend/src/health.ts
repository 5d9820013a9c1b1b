// What the plugin's /health says, for a backend that wants its readiness endpoint to say it too.
// The running plugin registers its check here; one process runs one plugin instance.
let check: (() => string[]) | undefined;

/** Called by the plugin when it starts. */
export function registerHealthCheck(fn: () => string[]) {
  check = fn;
}

/**
 * Why the plugin is degraded (no config ever loaded, database unreachable): empty when healthy or not
 * started. For a `coreServices.rootHealth` factory in the backend, as packages/backend shows.
 * @public
 */
export function amiGovernanceHealthProblems(): string[] {
  return check?.() ?? [];
}
