/**
 * Runs a long job in slices so the host it shares stays responsive: work happens in steps,
 * and before each step the slicer yields to the event loop if the step would push the current
 * slice past its budget. It keeps the figures (slices, the longest one) that the benchmark and
 * the views report.
 */
export interface SlicerOptions {
  /** Longest stretch of work between two yields, in milliseconds, as far as it can be foreseen. */
  budgetMs?: number;
  now?: () => number;
  /** Gives the event loop a turn. */
  yieldToHost?: () => Promise<void>;
  /**
   * A second clock, of this thread's CPU time, for figures that other processes on a busy machine
   * do not inflate (the benchmark passes one; scheduling always follows `now`).
   */
  cpuNow?: () => number;
}

const defaultNow = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export class Slicer {
  readonly budgetMs: number;
  private readonly now: () => number;
  private readonly yieldToHost: () => Promise<void>;
  private readonly cpuNow: (() => number) | undefined;
  private sliceStart: number;
  private sliceStartCpu = 0;
  /** When the last step ended: a slice that ends at an await ends there, not when the await returns. */
  private lastEnd: number;
  private lastEndCpu = 0;
  /** A running estimate of one step, so a step that would overrun waits for the next slice. */
  private stepEstimate = 0;
  slices = 0;
  steps = 0;
  longestSliceMs = 0;
  longestStepMs = 0;
  /** The same two figures in CPU time, where a CPU clock was given. */
  longestSliceCpuMs = 0;
  longestStepCpuMs = 0;
  /** Every slice's length (wall clock), for percentiles. */
  private readonly sliceLengths: number[] = [];

  constructor(options: SlicerOptions = {}) {
    // Well under the 50 ms a host may block: a step longer than foreseen still fits.
    this.budgetMs = options.budgetMs ?? 25;
    this.now = options.now ?? defaultNow;
    this.yieldToHost = options.yieldToHost ?? defaultYield;
    this.cpuNow = options.cpuNow;
    this.sliceStart = this.now();
    this.lastEnd = this.sliceStart;
    this.sliceStartCpu = this.lastEndCpu = this.cpuNow?.() ?? 0;
  }

  /** Runs one synchronous step, yielding first where the step would not fit in this slice. */
  async step<R>(work: () => R): Promise<R> {
    const elapsed = this.now() - this.sliceStart;
    if (elapsed > 0 && elapsed + this.stepEstimate > this.budgetMs) await this.yield();
    const started = this.now();
    const startedCpu = this.cpuNow?.() ?? 0;
    const result = work();
    this.lastEnd = this.now();
    this.lastEndCpu = this.cpuNow?.() ?? 0;
    const took = this.lastEnd - started;
    this.steps++;
    this.longestStepMs = Math.max(this.longestStepMs, took);
    this.longestStepCpuMs = Math.max(this.longestStepCpuMs, this.lastEndCpu - startedCpu);
    // Leans towards recent steps: the sizes of neighbouring sources are alike more often than not.
    this.stepEstimate = this.steps === 1 ? took : this.stepEstimate * 0.7 + took * 0.3;
    return result;
  }

  /** Yields now and starts a new slice. */
  async yield(): Promise<void> {
    this.endSlice(this.now(), this.cpuNow?.() ?? 0);
    await this.yieldToHost();
    this.startSlice();
  }

  /** The caller awaited something (I/O) and so gave the event loop its turn: a new slice starts. */
  resumed(): void {
    this.endSlice(this.lastEnd, this.lastEndCpu);
    this.startSlice();
  }

  /** Ends the work: records the last slice. */
  finish(): void {
    this.endSlice(this.lastEnd, this.lastEndCpu);
  }

  /** The slice length that a share `p` (0..1) of slices do not exceed. */
  percentile(p: number): number {
    if (!this.sliceLengths.length) return 0;
    const sorted = [...this.sliceLengths].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] as number;
  }

  private startSlice(): void {
    this.sliceStart = this.lastEnd = this.now();
    this.sliceStartCpu = this.lastEndCpu = this.cpuNow?.() ?? 0;
  }

  private endSlice(end: number, endCpu: number): void {
    const length = end - this.sliceStart;
    if (length <= 0) return;
    this.slices++;
    this.sliceLengths.push(length);
    this.longestSliceMs = Math.max(this.longestSliceMs, length);
    this.longestSliceCpuMs = Math.max(this.longestSliceCpuMs, endCpu - this.sliceStartCpu);
  }
}

/** A cancellation flag that the editor's token or a test can raise. */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}
