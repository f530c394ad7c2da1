package dev.colony.protocol;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Turns protocol records into JSON bytes and back. Every message on the wire passes here, so it
 * bounds what a peer can make us parse: a byte limit checked before parsing, a nesting limit, and
 * errors that name the expected message and what is wrong with it. Thread-safe.
 *
 * <p>Unknown fields are ignored so that an older node reads a newer node's messages; missing or
 * invalid required fields are refused by the records' constructors.
 */
public final class JsonCodec {

    /** Control traffic is small; snapshots and code travel through the blob store. */
    public static final int DEFAULT_MAX_BYTES = 64 * 1024;
    private static final int MAX_NESTING = 32;

    private final ObjectMapper mapper;
    private final int maxBytes;

    public JsonCodec() {
        this(DEFAULT_MAX_BYTES);
    }

    public JsonCodec(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength(maxBytes)
                .build())
            .build();
        this.mapper = JsonMapper.builder(factory)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    }

    public int maxBytes() {
        return maxBytes;
    }

    public byte[] encode(Object message) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(message);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot encode " + message.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        checkSize(bytes.length, message.getClass());
        return bytes;
    }

    public <T> T decode(byte[] payload, Class<T> type) {
        if (payload == null || payload.length == 0) {
            throw new MalformedMessageException("malformed " + type.getSimpleName() + " message: the payload is empty", null);
        }
        checkSize(payload.length, type);
        try {
            return mapper.readValue(payload, type);
        } catch (JacksonException e) {
            throw new MalformedMessageException("malformed " + type.getSimpleName() + " message: " + describe(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a byte array: not expected
        }
    }

    private void checkSize(int length, Class<?> type) {
        if (length > maxBytes) {
            throw new OversizedMessageException(type.getSimpleName() + " message is " + length
                + " bytes; the limit is " + maxBytes + " (send large data through the blob store)");
        }
    }

    /** Jackson's own words without its hints and source dump, plus the field and place it failed at. */
    private static String describe(JacksonException e) {
        Throwable invalidField = e.getCause();
        String what = invalidField instanceof IllegalArgumentException ? invalidField.getMessage() : e.getOriginalMessage();
        what = what.lines().findFirst().orElse(what).replaceFirst(" \\(set DeserializationConfig.*", "");
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            what = "field '" + fieldPath(mapping) + "': " + what;
        }
        JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? what : what + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
