package io.newsstream.topology.serde;

import static io.newsstream.topology.serde.BinarySerde.readBytes;
import static io.newsstream.topology.serde.BinarySerde.readString;
import static io.newsstream.topology.serde.BinarySerde.readVarInt;
import static io.newsstream.topology.serde.BinarySerde.writeBytes;
import static io.newsstream.topology.serde.BinarySerde.writeString;
import static io.newsstream.topology.serde.BinarySerde.writeVarInt;

import io.newsstream.dedup.near.NearCandidate;
import io.newsstream.dedup.near.NearFingerprint;
import io.newsstream.dedup.near.NearMatch;
import io.newsstream.topology.IntakeRef;
import io.newsstream.topology.NearAnswer;
import io.newsstream.topology.NearArticle;
import io.newsstream.topology.NearBand;
import io.newsstream.topology.NearLateOriginal;
import io.newsstream.topology.NearProbe;
import io.newsstream.topology.NearRemembered;
import io.newsstream.topology.NearVerdictInput;
import io.newsstream.topology.NearVerdictState;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary serdes of the near-duplicate stage's internal values (probes, answers, remembered
 * signatures, verdict state): they are written several times per article, and JSON would spend a
 * third more bytes on the signature alone (base64) plus every field name. Instants are epoch
 * milliseconds (event times are millisecond-precise). The article waiting for its verdict is
 * stored as {@link JsonSerdes#PENDING_ARTICLE} JSON, so it has one format everywhere.
 */
public final class NearSerdes {
    private static final int VERSION = 1;
    private static final byte ANSWER = 2;
    private static final byte LATE_ORIGINAL = 3;
    /** Version 2 added the intake record (version 1 was the bare {@code NearCandidate}). */
    private static final int REMEMBERED_VERSION = 2;
    /** Version 2 added {@code heldUntil}; version 3 moved the article to a store of its own. */
    private static final int VERDICT_STATE_VERSION = 3;

    /** An article remembered for verification (value of the {@code dedup-near-signatures} store). */
    public static final BinarySerde<NearRemembered> NEAR_REMEMBERED = new BinarySerde<>(NearRemembered.class,
            REMEMBERED_VERSION,
            (out, remembered) -> {
                writeRef(out, remembered.ref());
                writeCandidate(out, remembered.candidate());
            },
            in -> new NearRemembered(readRef(in), readCandidate(in)));

    /** Value of {@code near-probes-by-band}. */
    public static final BinarySerde<NearProbe> NEAR_PROBE = new BinarySerde<>(NearProbe.class, VERSION,
            (out, probe) -> {
                writeRef(out, probe.ref());
                writeVarInt(out, probe.partition());
                writeCandidate(out, probe.candidate());
                writeVarInt(out, probe.bands().size());
                for (final NearBand band : probe.bands()) {
                    writeVarInt(out, band.index());
                    writeString(out, band.key());
                }
            },
            in -> {
                final IntakeRef ref = readRef(in);
                final int partition = readVarInt(in);
                final NearCandidate candidate = readCandidate(in);
                final int count = readVarInt(in);
                final List<NearBand> bands = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    bands.add(new NearBand(readVarInt(in), readString(in)));
                }
                return new NearProbe(ref, partition, candidate, bands);
            });

    /**
     * Value of {@code near-answers-by-id}: a {@link NearAnswer} or {@link NearLateOriginal}. The article
     * itself ({@link NearArticle}) never travels, so it has no encoding here. (Kind 1 was the article,
     * on a topic {@code near-articles-by-id} that is gone; 2 and 3 are unchanged.)
     */
    public static final BinarySerde<NearVerdictInput> NEAR_REPLY = new BinarySerde<>(NearVerdictInput.class,
            VERSION,
            (out, input) -> {
                if (input instanceof NearAnswer answer) {
                    out.writeByte(ANSWER);
                    writeString(out, answer.id());
                    writeRef(out, answer.ref());
                    out.writeLong(answer.answered());
                    writeMatch(out, answer.original());
                } else if (input instanceof NearLateOriginal late) {
                    out.writeByte(LATE_ORIGINAL);
                    writeString(out, late.id());
                    writeRef(out, late.ref());
                    writeMatch(out, late.original());
                } else {
                    throw new IllegalArgumentException("only answers and late originals travel, not " + input);
                }
            },
            in -> {
                final byte kind = in.readByte();
                if (kind == ANSWER) {
                    return new NearAnswer(readString(in), readRef(in), in.readLong(), readMatch(in));
                }
                if (kind == LATE_ORIGINAL) {
                    return new NearLateOriginal(readString(in), readRef(in), readMatch(in));
                }
                throw new IOException("unknown near reply kind " + kind);
            });

    /** Value of the {@code dedup-near-verdicts} store. */
    public static final BinarySerde<NearVerdictState> NEAR_VERDICT_STATE = new BinarySerde<>(NearVerdictState.class,
            VERDICT_STATE_VERSION,
            (out, state) -> {
                out.writeLong(state.answered());
                out.writeInt(state.bands());
                writeMatch(out, state.original());
                out.writeLong(state.heldUntil());
            },
            in -> new NearVerdictState(in.readLong(), in.readInt(), readMatch(in), in.readLong()));

    private NearSerdes() {
    }

    private static void writeCandidate(final DataOutput out, final NearCandidate candidate) throws IOException {
        writeString(out, candidate.id());
        out.writeLong(candidate.eventTime().toEpochMilli());
        writeVarInt(out, candidate.fingerprint().shingles());
        writeBytes(out, candidate.fingerprint().signature());
    }

    private static NearCandidate readCandidate(final DataInput in) throws IOException {
        final String id = readString(in);
        final Instant eventTime = Instant.ofEpochMilli(in.readLong());
        final int shingles = readVarInt(in);
        return new NearCandidate(id, eventTime, new NearFingerprint(readBytes(in), shingles));
    }

    private static void writeRef(final DataOutput out, final IntakeRef ref) throws IOException {
        writeVarInt(out, ref.partition());
        out.writeLong(ref.offset());
    }

    private static IntakeRef readRef(final DataInput in) throws IOException {
        return new IntakeRef(readVarInt(in), in.readLong());
    }

    private static void writeMatch(final DataOutput out, final NearMatch match) throws IOException {
        out.writeBoolean(match != null);
        if (match != null) {
            writeString(out, match.id());
            out.writeLong(match.eventTime().toEpochMilli());
            out.writeDouble(match.similarity());
        }
    }

    private static NearMatch readMatch(final DataInput in) throws IOException {
        return in.readBoolean() ? new NearMatch(readString(in), Instant.ofEpochMilli(in.readLong()), in.readDouble()) : null;
    }
}
