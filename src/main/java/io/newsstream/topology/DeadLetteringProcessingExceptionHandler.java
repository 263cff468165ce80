package io.newsstream.topology;

import io.newsstream.model.RejectReason;
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
 * {@code newsstream.error.reason}.
 */
public final class DeadLetteringProcessingExceptionHandler extends LogAndContinueProcessingExceptionHandler {

    @Override
    public Response handleError(final ErrorHandlerContext context, final Record<?, ?> record, final Exception exception) {
        final Response response = super.handleError(context, record, exception);
        final List<ProducerRecord<byte[], byte[]>> deadLetters = response.deadLetterQueueRecords();
        for (final ProducerRecord<byte[], byte[]> deadLetter : deadLetters) {
            DeadLetterHeaders.addReason(deadLetter.headers(), RejectReason.PROCESSING_ERROR,
                    "unexpected " + exception.getClass().getSimpleName() + " in processor "
                            + context.processorNodeId() + ": " + exception.getMessage());
            DeadLetterHeaders.addSource(deadLetter.headers(), context.topic(), context.partition(), context.offset());
        }
        return response;
    }
}
