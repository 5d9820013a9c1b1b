import type {
  SignalApi,
  SignalSubscriber,
} from '@backstage/plugin-signals-react';
import { act } from '@testing-library/react';

/** The message type of the signal API (`JsonObject` of `@backstage/types`). */
type JsonObject = Parameters<SignalApi['subscribe']>[1] extends (
  message: infer M,
) => void
  ? M
  : never;

/** A signal API whose messages the test pushes itself. */
export class FakeSignalApi implements SignalApi {
  private readonly listeners = new Map<string, Set<(m: JsonObject) => void>>();

  subscribe<TMessage extends JsonObject = JsonObject>(
    channel: string,
    onMessage: (message: TMessage) => void,
  ): SignalSubscriber {
    const listeners = this.listeners.get(channel) ?? new Set();
    const listener = onMessage as (m: JsonObject) => void;
    listeners.add(listener);
    this.listeners.set(channel, listeners);
    return { unsubscribe: () => listeners.delete(listener) };
  }

  /** How many components listen on `channel` now. */
  subscriberCount(channel: string): number {
    return this.listeners.get(channel)?.size ?? 0;
  }

  /** Delivers a copy of `message` to every subscriber of `channel`, as the backend's push would. */
  async publish(channel: string, message: JsonObject): Promise<void> {
    await this.publishTogether(channel, [message]);
  }

  /** Delivers several messages at once, before React renders, as a snapshot push does (`status`, `workloads`). */
  async publishTogether(
    channel: string,
    messages: JsonObject[],
  ): Promise<void> {
    await act(async () => {
      for (const message of messages)
        for (const listener of this.listeners.get(channel) ?? []) {
          listener({ ...message });
        }
    });
  }
}
