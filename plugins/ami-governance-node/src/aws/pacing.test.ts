import { Pace } from './pacing';

/** A clock that only moves when told to or when the pace sleeps. */
function fakeTime() {
  let now = 1000;
  const waits: number[] = [];
  return {
    clock: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
    advance: (ms: number) => {
      now += ms;
    },
    waits,
  };
}

describe('Pace', () => {
  it('does not wait until the API throttles', async () => {
    const t = fakeTime();
    const pace = new Pace(100, 5000, t.sleep, t.clock);
    for (let i = 0; i < 3; i++) pace.succeeded(await pace.turn());
    expect(t.waits).toEqual([]);
    expect(pace.gap).toBe(0);
  });

  it('without successes to measure, starts at the first gap and grows by half once per episode', async () => {
    const t = fakeTime();
    const pace = new Pace(100, 5000, t.sleep, t.clock);
    const sent = await Promise.all([pace.turn(), pace.turn(), pace.turn()]);
    // All three were in flight together: only the first throttle counts.
    sent.forEach(s => pace.throttled(s));
    expect(pace.gap).toBe(100);

    t.advance(10);
    const next = await pace.turn();
    await pace.turn();
    expect(t.waits).toEqual([100]);
    pace.throttled(next);
    expect(pace.gap).toBe(150);
  });

  it('paces just under the interval at which calls succeeded', async () => {
    const t = fakeTime();
    const pace = new Pace(10, 5000, t.sleep, t.clock);
    // Ten successes 40 ms apart: the API grants 25 calls a second.
    for (let i = 0; i < 10; i++) {
      pace.succeeded(await pace.turn());
      t.advance(40);
    }
    const gaps: number[] = [];
    for (let i = 0; i < 6; i++) {
      t.advance(1);
      pace.throttled(await pace.turn());
      gaps.push(Math.round(pace.gap * 100) / 100);
    }
    // Half as wide again each time (from the first gap, 10) up to 40 ms + 5%, and no wider after.
    expect(gaps).toEqual([10, 15, 22.5, 33.75, 42, 42]);
  });

  it('narrows the gap by 1% a success, down to none, and caps it', async () => {
    const t = fakeTime();
    const pace = new Pace(100, 200, t.sleep, t.clock);
    for (let i = 0; i < 3; i++) {
      pace.throttled(await pace.turn());
      t.advance(1);
    }
    expect(pace.gap).toBe(200);
    pace.succeeded(t.clock());
    expect(pace.gap).toBeCloseTo(198);
    for (let i = 0; i < 600; i++) pace.succeeded(t.clock());
    expect(pace.gap).toBe(0);
  });
});
