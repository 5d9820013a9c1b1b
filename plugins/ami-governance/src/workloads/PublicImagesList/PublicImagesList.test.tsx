import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AmiGovernanceApi } from '../../api/AmiGovernanceApi';
import { renderInPluginApp } from '../../__testUtils__/renderPage';
import { FakeSignalApi } from '../../__testUtils__/signals';
import {
  NOT_COLLECTED,
  PUBLIC_IMAGES_NOTE,
  publicImages,
  publicImagesAnswer,
} from '../../__testUtils__/workloadWorld';
import { PublicImagesList } from './PublicImagesList';

const NOW = new Date('2026-11-23T12:00:00Z');

function renderList(
  overrides: Partial<AmiGovernanceApi>,
  signalApi?: FakeSignalApi,
) {
  return renderInPluginApp(<PublicImagesList now={NOW} />, overrides, {
    signalApi,
  });
}

/** The backend over `count` public AMIs, its calls counted. */
function backend(count: number) {
  let images = publicImages(count);
  const getPublicImages = jest.fn(
    async (query: Parameters<AmiGovernanceApi['getPublicImages']>[0]) =>
      publicImagesAnswer(images, query),
  );
  return {
    getPublicImages,
    setCount: (n: number) => {
      images = publicImages(n);
    },
  };
}

describe('PublicImagesList', () => {
  it('lists the public AMIs with their age and the backend note, a page at a time', async () => {
    const { getPublicImages } = backend(25);
    await renderList({ getPublicImages });
    expect(await screen.findByText('shared-image-0')).toBeInTheDocument();
    expect(
      screen.getByText('Public AMIs published by member accounts'),
    ).toBeInTheDocument();
    expect(screen.getByText(PUBLIC_IMAGES_NOTE)).toBeInTheDocument();
    expect(screen.getByText('26 hours')).toBeInTheDocument();
    expect(screen.getByText('2 days')).toBeInTheDocument();
    expect(screen.getByText('ami-00000000000009000')).toBeInTheDocument();
    // The first page serves both the note and the table.
    expect(getPublicImages).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    expect(await screen.findByText('shared-image-20')).toBeInTheDocument();
    expect(screen.queryByText('shared-image-0')).toBeNull();
    expect(getPublicImages).toHaveBeenLastCalledWith({
      offset: '20',
      limit: '20',
    });
  });

  it('fetches again after a new workload collection', async () => {
    const signals = new FakeSignalApi();
    const { getPublicImages, setCount } = backend(0);
    await renderList({ getPublicImages }, signals);
    expect(
      await screen.findByText('No member account shares an AMI publicly.'),
    ).toBeInTheDocument();
    setCount(3);
    await signals.publish('ami-governance', { kind: 'workloads' });
    expect(await screen.findByText('shared-image-2')).toBeInTheDocument();
  });

  it("says nothing was collected yet in the backend's words", async () => {
    await renderList({
      getPublicImages: async () => ({
        ...NOT_COLLECTED,
        total: 0,
        offset: 0,
        limit: 20,
        items: [],
      }),
    });
    expect(
      await screen.findByText('No workloads collected yet'),
    ).toBeInTheDocument();
    expect(screen.getByText(NOT_COLLECTED.reason)).toBeInTheDocument();
  });

  it('names the error when the list cannot be loaded', async () => {
    await renderList({
      getPublicImages: async () => {
        throw new Error('public images are down');
      },
    });
    expect(
      await screen.findByText('Error: Could not load the public AMIs'),
    ).toBeInTheDocument();
    expect(screen.getByText('public images are down')).toBeInTheDocument();
  });

  it('warns when the last collection failed', async () => {
    await renderList({
      getPublicImages: async query => ({
        ...publicImagesAnswer(publicImages(2), query),
        collectionError: 'throttled',
      }),
    });
    await waitFor(() =>
      expect(
        screen.getByText(/last workload collection failed \(throttled\)/),
      ).toBeInTheDocument(),
    );
    expect(screen.getByText('shared-image-1')).toBeInTheDocument();
  });
});
