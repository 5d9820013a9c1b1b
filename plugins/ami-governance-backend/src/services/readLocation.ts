import { UrlReaderService } from '@backstage/backend-plugin-api';
import { readFile, stat } from 'node:fs/promises';
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

/** The text and, when the source says, when it was last modified (a file's mtime, a URL's Last-Modified). */
export async function readLocationWithDate(
  location: string,
  urlReader: UrlReaderService,
): Promise<{ text: string; lastModifiedAt?: Date }> {
  if (isUrl(location)) {
    const response = await urlReader.readUrl(location);
    return {
      text: (await response.buffer()).toString('utf8'),
      lastModifiedAt: response.lastModifiedAt,
    };
  }
  const path = resolve(location);
  const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
  return { text, lastModifiedAt: info.mtime };
}
