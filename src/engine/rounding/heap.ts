/**
 * A binary heap of receivers by index, the one that comes first on top;
 * `first` may change for the top only (the divisor methods' next quotient).
 *
 * @example
 * const votes = [5, 9, 7];
 * const heap = new Heap([0, 1, 2], (a, b) => (votes[a] ?? 0) > (votes[b] ?? 0));
 * heap.top(); // 1, the receiver with the most votes
 */
export class Heap {
  constructor(
    private readonly items: number[],
    private readonly first: (a: number, b: number) => boolean,
  ) {
    for (let i = (items.length >> 1) - 1; i >= 0; i--) this.siftDown(i);
  }

  top(): number {
    return this.items[0] ?? 0;
  }

  /** Takes the top out: the last item takes its place and sinks to where it belongs. */
  removeTop(): void {
    const last = this.items.pop();
    if (last === undefined || this.items.length === 0) return;
    this.items[0] = last;
    this.siftDown(0);
  }

  /** Whether no receiver is left. */
  isEmpty(): boolean {
    return this.items.length === 0;
  }

  /** Puts the top back in its place after its key changed. */
  settleTop(): void {
    this.siftDown(0);
  }

  private siftDown(start: number): void {
    const { items, first } = this;
    let i = start;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let best = i;
      if (left < items.length && first(items[left] ?? 0, items[best] ?? 0)) best = left;
      if (right < items.length && first(items[right] ?? 0, items[best] ?? 0)) best = right;
      if (best === i) return;
      [items[i], items[best]] = [items[best] ?? 0, items[i] ?? 0];
      i = best;
    }
  }
}
