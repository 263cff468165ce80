package io.newsstream.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits a byte stream into lines on {@code '\n'} bytes without decoding anything, so a line that is
 * not valid UTF-8 comes out byte for byte. A {@code '\r'} just before the {@code '\n'} is part of the
 * line ending and removed. Lines holding only spaces, tabs or nothing are skipped. Reads in chunks;
 * only the current line is held in memory.
 */
final class ByteLines implements Iterator<ByteLines.Line> {

    /** One non-blank line and its 1-based line number in the stream. */
    record Line(long number, byte[] bytes) {
    }

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final String origin;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean endOfStream;
    private long lineNumber;
    private byte[] line = new byte[256];
    private int lineLength;
    private Line next;

    ByteLines(final InputStream in, final String origin) {
        this.in = in;
        this.origin = origin;
    }

    @Override
    public boolean hasNext() {
        while (next == null && readLine()) {
            if (!isBlank()) {
                next = new Line(lineNumber, Arrays.copyOf(line, lineLength));
            }
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        final Line result = next;
        next = null;
        return result;
    }

    /** Reads the next physical line into {@code line}; false when the stream has ended. */
    private boolean readLine() {
        lineLength = 0;
        boolean sawAnything = false;
        while (true) {
            if (position == limit && !fill()) {
                if (sawAnything) {
                    endLine();
                    return true;
                }
                return false;
            }
            sawAnything = true;
            int end = position;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            append(position, end);
            if (end < limit) {
                position = end + 1;
                endLine();
                return true;
            }
            position = limit;
        }
    }

    private void endLine() {
        lineNumber++;
        if (lineLength > 0 && line[lineLength - 1] == '\r') {
            lineLength--;
        }
    }

    private boolean fill() {
        if (endOfStream) {
            return false;
        }
        try {
            int n;
            do {
                n = in.read(chunk, 0, chunk.length);
            } while (n == 0);
            if (n < 0) {
                endOfStream = true;
                return false;
            }
            position = 0;
            limit = n;
            return true;
        } catch (final IOException e) {
            throw new UncheckedIOException(origin + ": read failed after line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private void append(final int from, final int to) {
        final int count = to - from;
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(chunk, from, line, lineLength, count);
        lineLength += count;
    }

    private boolean isBlank() {
        for (int i = 0; i < lineLength; i++) {
            final byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
