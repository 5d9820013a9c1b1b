import { UrlReaderService } from '@backstage/backend-plugin-api';
import { open, readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';

const isUrl = (location: string) => /^https?:\/\//i.test(location);

/**
 * A location as readers of the portal are shown it: a URL as configured (without a user or password
 * in it), a local file by its name. Where the file sits on the server is for the administrators (the
 * log has it), not for everyone who can read the page.
 */
export function locationForReaders(location: string): string {
  if (isUrl(location)) return location.replace(/^(https?:\/\/)[^/@]*@/i, '$1');
  return basename(location);
}

/** A stored snapshot's source (`file:<location>`, `aws`, `push:<subject>`) as readers are shown it. */
export const snapshotSourceForReaders = (source: string) =>
  source.startsWith('file:')
    ? `file:${locationForReaders(source.slice('file:'.length))}`
    : source;

/** `text` with the location's server path (as configured and as resolved) replaced by its reader form. */
export function hideServerPath(text: string, location: string): string {
  if (isUrl(location)) return text;
  const shown = locationForReaders(location);
  return text.replaceAll(resolve(location), shown).replaceAll(location, shown);
}

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
  // One handle for the text and its date: the same file for both, and one error (from the open)
  // when it is missing, where a read and a stat side by side raced to fail first.
  const handle = await open(resolve(location), 'r');
  try {
    const text = await handle.readFile('utf8');
    const info = await handle.stat();
    return { text, lastModifiedAt: info.mtime };
  } finally {
    await handle.close();
  }
}
