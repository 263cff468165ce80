package io.newsstream.produce;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.input.RejectedInput;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {
    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    private ProgressReporter reporter(final boolean interactive) {
        return new ProgressReporter(new PrintWriter(err, true), interactive, Duration.ofSeconds(10), nanos::get);
    }

    @Test
    void terminalStatusLineShowsCountAndRateAndIsRedrawnAtMostTenTimesASecond() {
        final ProgressReporter progress = reporter(true);

        nanos.set(Duration.ofMillis(50).toNanos());
        progress.progress(10, 0);
        assertThat(err.toString()).as("too soon to draw").isEmpty();

        nanos.set(Duration.ofSeconds(2).toNanos());
        progress.progress(1_000, 1);
        assertThat(err.toString()).isEqualTo("\r1,000 records sent (500/s), 1 rejected");
    }

    @Test
    void rejectionClearsTheStatusLineThenPrintsOneLine() {
        final ProgressReporter progress = reporter(true);
        nanos.set(Duration.ofSeconds(1).toNanos());
        progress.progress(5, 0);
        err.getBuffer().setLength(0);

        progress.rejected(new RejectedInput("a.txt", "not valid UTF-8"));
        progress.finish();

        final String blank = " ".repeat("5 records sent (5/s), 0 rejected".length());
        assertThat(err.toString()).isEqualTo("\r" + blank + "\r" + "rejected a.txt: not valid UTF-8" + System.lineSeparator());
    }

    @Test
    void withoutTerminalNothingIsDrawnButRejectionsAreStillReported() {
        final ProgressReporter progress = reporter(false);

        nanos.set(Duration.ofSeconds(11).toNanos());
        progress.progress(100, 0);
        progress.sendFailed("b.json", new IllegalStateException("broker refused"));
        progress.finish();

        assertThat(err.toString()).isEqualTo("send failed b.json: broker refused" + System.lineSeparator());
    }
}
