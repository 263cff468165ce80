package io.newsstream.topology;

import io.newsstream.model.RejectReason;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The safety net for unexpected exceptions in any processor: Kafka's log-and-continue handler,
 * which writes the failing task's input record to {@code errors.dead.letter.queue.topic.name}
 * with the {@code __streams.errors.*} headers, plus newsstream's own {@link DeadLetterHeaders}
 * ({@code processing_error}), so every record on the dead-letter topic carries
 * {@code newsstream.error.reason}. The record keeps the article's {@link IngestionTime} header
 * and is stamped with it when present.
 */
public final class DeadLetteringProcessingExceptionHandler extends LogAndContinueProcessingExceptionHandler {

    @Override
    public Response handleError(final ErrorHandlerContext context, final Record<?, ?> record, final Exception exception) {
        final Response response = super.handleError(context, record, exception);
        final List<ProducerRecord<byte[], byte[]>> deadLetters = new ArrayList<>();
        for (final ProducerRecord<byte[], byte[]> deadLetter : response.deadLetterQueueRecords()) {
            DeadLetterHeaders.addReason(deadLetter.headers(), RejectReason.PROCESSING_ERROR,
                    "unexpected " + exception.getClass().getSimpleName() + " in processor "
                            + context.processorNodeId() + ": " + exception.getMessage());
            DeadLetterHeaders.addSource(deadLetter.headers(), context.topic(), context.partition(), context.offset());
            deadLetters.add(withIngestionTime(deadLetter));
        }
        return response.result() == Result.RESUME ? Response.resume(deadLetters) : Response.fail(deadLetters);
    }

    /**
     * Kafka stamps the record with the failing record's timestamp, the event time after intake: a
     * backfilled article's would be older than the topic's retention and deleted right away.
     */
    private static ProducerRecord<byte[], byte[]> withIngestionTime(final ProducerRecord<byte[], byte[]> deadLetter) {
        return IngestionTime.from(deadLetter.headers())
                .map(ingestedAt -> new ProducerRecord<>(deadLetter.topic(), deadLetter.partition(),
                        ingestedAt.toEpochMilli(), deadLetter.key(), deadLetter.value(), deadLetter.headers()))
                .orElse(deadLetter);
    }
}
