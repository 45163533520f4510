// Progress on stderr: on a terminal a one-line bar redrawn in place (count, articles/s, ETA); otherwise a
// plain line every few seconds, so logs stay readable; nothing at all with --quiet. The total is in
// bytes, known up front from file sizes, since the number of JSON Lines records is not.

export type ProgressMode = 'bar' | 'lines' | 'off';

const BAR_REDRAW_MS = 100;
const PLAIN_EVERY_MS = 5000;
const BAR_WIDTH = 24;

export class Progress {
  private totalBytes = 0;
  private doneBytes = 0;
  private articles = 0;
  private readonly started = performance.now();
  private lastDraw = 0;
  private drawn = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly mode: ProgressMode,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    if (mode === 'lines') {
      this.timer = setInterval(() => this.stream.write(this.line() + '\n'), PLAIN_EVERY_MS);
      this.timer.unref();
    }
  }

  static forStream(stream: NodeJS.WriteStream, quiet: boolean): Progress {
    return new Progress(quiet ? 'off' : stream.isTTY ? 'bar' : 'lines', stream);
  }

  setTotalBytes(bytes: number): void {
    this.totalBytes = bytes;
  }

  advance(bytes: number, articles: number): void {
    this.doneBytes += bytes;
    this.articles += articles;
    if (this.mode === 'bar' && performance.now() - this.lastDraw >= BAR_REDRAW_MS) this.draw();
  }

  /** Writes a whole line (an error report) without tearing the bar. */
  log(line: string): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.stream.write(line + '\n');
    if (this.drawn) this.draw();
  }

  finish(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.drawn) this.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(): void {
    this.lastDraw = performance.now();
    const fraction = this.totalBytes > 0 ? Math.min(1, this.doneBytes / this.totalBytes) : 0;
    const filled = Math.round(fraction * BAR_WIDTH);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
    const width = this.stream.columns ?? 80;
    this.stream.write(`\r\x1b[K${`${bar} ${this.line()}`.slice(0, width - 1)}`);
    this.drawn = true;
  }

  private line(): string {
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.articles / seconds : 0;
    const fraction = this.totalBytes > 0 ? this.doneBytes / this.totalBytes : 0;
    const eta = fraction > 0 && fraction < 1 ? (seconds * (1 - fraction)) / fraction : null;
    const percent = `${Math.floor(Math.min(1, fraction) * 100)}%`;
    return `${percent} ${this.articles} articles, ${rate.toFixed(1)}/s, ETA ${eta === null ? '-' : clock(eta)}`;
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}
