import * as assert from 'node:assert/strict';
import { Slicer } from '../../src/core/schedule';

describe('Slicer', () => {
  it('yields before a step that would overrun the budget', async () => {
    let clock = 0;
    let yields = 0;
    const slicer = new Slicer({ budgetMs: 50, now: () => clock, yieldToHost: async () => { yields++; } });
    for (let i = 0; i < 10; i++) await slicer.step(() => { clock += 20; });
    slicer.finish();
    // 20 ms steps in a 50 ms budget: two steps a slice.
    assert.equal(yields, 4);
    assert.equal(slicer.slices, 5);
    assert.equal(slicer.longestSliceMs, 40);
    assert.equal(slicer.steps, 10);
  });

  it('records a step longer than the budget as the longest slice', async () => {
    let clock = 0;
    const slicer = new Slicer({ budgetMs: 8, now: () => clock, yieldToHost: async () => undefined });
    await slicer.step(() => { clock += 5; });
    await slicer.step(() => { clock += 30; });
    slicer.finish();
    assert.equal(slicer.longestStepMs, 30);
    assert.equal(slicer.longestSliceMs, 30);
  });

  it('does not count time spent awaiting I/O between steps as a slice', async () => {
    let clock = 0;
    const slicer = new Slicer({ budgetMs: 50, now: () => clock, yieldToHost: async () => undefined });
    await slicer.step(() => { clock += 10; });
    clock += 500; // an await on a file read: the event loop was free
    slicer.resumed();
    await slicer.step(() => { clock += 12; });
    slicer.finish();
    assert.equal(slicer.longestSliceMs, 12);
    assert.equal(slicer.slices, 2);
  });

  it('keeps CPU-time figures beside wall-clock ones when given a CPU clock', async () => {
    let clock = 0;
    let cpu = 0;
    const slicer = new Slicer({ budgetMs: 50, now: () => clock, cpuNow: () => cpu, yieldToHost: async () => undefined });
    await slicer.step(() => { clock += 30; cpu += 8; });
    slicer.finish();
    assert.equal(slicer.longestSliceMs, 30);
    assert.equal(slicer.longestSliceCpuMs, 8);
    assert.equal(slicer.longestStepCpuMs, 8);
  });

  it('returns what the step returns', async () => {
    const slicer = new Slicer();
    assert.equal(await slicer.step(() => 42), 42);
  });
});
