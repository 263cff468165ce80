package io.newsstream.produce;

import io.newsstream.input.RejectedInput;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows the user how publishing goes. On an interactive terminal: one self-rewriting status line
 * (records sent, rate, rejected), redrawn at most ten times a second. Otherwise (a pipe, a log file,
 * CI): one log line every {@code logInterval}. Rejections and send failures are always written to
 * {@code err}, one line each.
 */
public final class ProgressReporter implements PublishListener {
    private static final Logger log = LoggerFactory.getLogger(ProgressReporter.class);
    private static final long REDRAW_NANOS = Duration.ofMillis(100).toNanos();

    private final PrintWriter err;
    private final boolean interactive;
    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private long lastReportNanos;
    private int barWidth;

    /**
     * @param err         where rejections and, when interactive, the status line go
     * @param interactive true when {@code err} is a terminal ({@code System.console() != null})
     * @param logInterval how often to log progress when not interactive
     * @param nanoClock   the time source, {@link System#nanoTime} outside tests
     */
    public ProgressReporter(final PrintWriter err, final boolean interactive, final Duration logInterval,
                            final LongSupplier nanoClock) {
        this.err = err;
        this.interactive = interactive;
        this.intervalNanos = interactive ? REDRAW_NANOS : logInterval.toNanos();
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.lastReportNanos = startNanos;
    }

    @Override
    public synchronized void rejected(final RejectedInput input) {
        message("rejected " + input.describe());
    }

    @Override
    public synchronized void sendFailed(final String origin, final Exception cause) {
        message("send failed " + origin + ": " + cause.getMessage());
    }

    @Override
    public synchronized void progress(final long submitted, final long rejected) {
        final long now = nanoClock.getAsLong();
        if (now - lastReportNanos < intervalNanos) {
            return;
        }
        lastReportNanos = now;
        final String status = status(submitted, rejected, now);
        if (interactive) {
            final String line = "\r" + status + " ".repeat(Math.max(0, barWidth - status.length()));
            barWidth = status.length();
            err.print(line);
            err.flush();
        } else {
            log.info("Produce progress: {}", status);
        }
    }

    /** Clears the status line so the caller's final summary starts on a clean line. */
    public synchronized void finish() {
        clearBar();
        err.flush();
    }

    private String status(final long submitted, final long rejected, final long now) {
        final double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        return String.format(Locale.ROOT, "%,d records sent (%,.0f/s), %,d rejected", submitted, submitted / seconds, rejected);
    }

    private void message(final String line) {
        clearBar();
        err.println(line);
        err.flush();
    }

    private void clearBar() {
        if (barWidth > 0) {
            err.print("\r" + " ".repeat(barWidth) + "\r");
            barWidth = 0;
        }
    }
}
