import { UrlReaderService } from '@backstage/backend-plugin-api';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const isUrl = (location: string) => /^https?:\/\//i.test(location);

/**
 * Reads a file path (relative to the backend's working directory, as catalog file locations are) or
 * any URL a configured UrlReader can read, such as a GitLab blob URL.
 */
export async function readLocation(
  location: string,
  urlReader: UrlReaderService,
): Promise<string> {
  if (isUrl(location)) {
    const response = await urlReader.readUrl(location);
    return (await response.buffer()).toString('utf8');
  }
  return readFile(resolve(location), 'utf8');
}
