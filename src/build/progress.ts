/**
 * Progress for long builds on a terminal: "Parsing articles 4,210/10,000".
 * Silent when stderr is not a terminal or CI is set, and for small stages.
 */
const MIN_ITEMS = 300;

export class Progress {
  private label = "";
  private total = 0;
  private last = 0;
  private readonly enabled: boolean;

  constructor(wanted: boolean) {
    this.enabled = wanted && process.stderr.isTTY === true && !process.env.CI;
  }

  stage(label: string, total: number): void {
    this.label = label;
    this.total = total;
    this.last = 0;
  }

  tick(done: number): void {
    if (!this.enabled || this.total < MIN_ITEMS) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    process.stderr.write(`\r${this.label} ${done.toLocaleString("en")}/${this.total.toLocaleString("en")}\x1b[K`);
  }

  done(): void {
    if (this.enabled && this.total >= MIN_ITEMS) process.stderr.write(`\r\x1b[K`);
  }
}
