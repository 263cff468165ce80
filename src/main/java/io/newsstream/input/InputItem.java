package io.newsstream.input;

/**
 * One thing read from the inputs, in input order: either a record to publish or process, or an
 * input that could not be read, with the reason.
 */
public sealed interface InputItem permits InputRecord, RejectedInput {

    /** Where it came from: a path, {@code path:LINE} for a line of a .jsonl file, {@code stdin:LINE}. */
    String origin();
}
