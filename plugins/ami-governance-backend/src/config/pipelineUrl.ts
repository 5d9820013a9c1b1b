/**
 * Where the pipeline that applies the config runs: a GitLab blob or raw URL of the config
 * (`https://host/group/project/-/blob/<ref>/config/ami_publishers.json`) gives the project's pipelines
 * on that ref. Other locations give nothing; `amiGovernance.config.pipelineUrl` overrides.
 */
export function pipelineUrlOf(
  configLocation: string,
  configured?: string,
): string | undefined {
  if (configured) return configured;
  const match = /^(https?:\/\/[^/]+\/.+?)\/-\/(?:blob|raw)\/([^/]+)\//.exec(
    configLocation,
  );
  if (!match) return undefined;
  const [, project, ref] = match;
  return `${project}/-/pipelines?ref=${encodeURIComponent(
    decodeURIComponent(ref),
  )}`;
}
