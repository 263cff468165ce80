package io.newsstream.topology.serde;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A compact binary format for one internal value type (repartition topics and stores that only
 * newsstream reads): a format version byte, then the fields as {@link Writer} writes them. A null
 * value stays null; anything that cannot be written or read throws {@link SerializationException}
 * naming the type. Stateless and thread-safe.
 */
public final class BinarySerde<T> implements Serde<T> {
    /** Writes one value's fields. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(DataOutput out, T value) throws IOException;
    }

    /** Reads one value's fields, in the order {@link Writer} wrote them. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(DataInput in) throws IOException;
    }

    private final String typeName;
    private final byte version;
    private final Writer<T> writer;
    private final Reader<T> reader;

    public BinarySerde(final Class<T> type, final int version, final Writer<T> writer, final Reader<T> reader) {
        this.typeName = Objects.requireNonNull(type, "type").getSimpleName();
        if (version < 0 || version > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("version must fit a byte, got " + version);
        }
        this.version = (byte) version;
        this.writer = Objects.requireNonNull(writer, "writer");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            try {
                final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
                final DataOutputStream out = new DataOutputStream(bytes);
                out.writeByte(version);
                writer.write(out, value);
                return bytes.toByteArray();
            } catch (final IOException | RuntimeException e) {
                throw new SerializationException("cannot write " + typeName + " for topic " + topic + ": " + e, e);
            }
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            try {
                final DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
                final byte found = in.readByte();
                if (found != version) {
                    throw new IOException("format version " + found + ", expected " + version);
                }
                final T value = reader.read(in);
                if (in.available() > 0) {
                    throw new IOException(in.available() + " trailing bytes");
                }
                return value;
            } catch (final IOException | RuntimeException e) {
                throw new SerializationException("cannot read " + typeName + " from topic " + topic + ": " + e, e);
            }
        };
    }

    /** An unsigned LEB128 varint: one byte below 128. */
    public static void writeVarInt(final DataOutput out, final int value) throws IOException {
        if (value < 0) {
            throw new IOException("negative varint " + value);
        }
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    public static int readVarInt(final DataInput in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            final int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    throw new IOException("varint overflow");
                }
                return value;
            }
        }
        throw new IOException("varint too long");
    }

    /** UTF-8 with a varint length. */
    public static void writeString(final DataOutput out, final String value) throws IOException {
        writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
    }

    public static String readString(final DataInput in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** Bytes with a varint length. */
    public static void writeBytes(final DataOutput out, final byte[] value) throws IOException {
        writeVarInt(out, value.length);
        out.write(value);
    }

    public static byte[] readBytes(final DataInput in) throws IOException {
        final byte[] bytes = new byte[readVarInt(in)];
        in.readFully(bytes);
        return bytes;
    }
}
