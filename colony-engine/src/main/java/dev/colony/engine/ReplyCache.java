package dev.colony.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/** The latest replies by request id, so a repeated request gets its first answer and is not acted on twice. */
final class ReplyCache {

    private final Map<String, byte[]> replies;

    ReplyCache(int capacity) {
        this.replies = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized byte[] get(String requestId) {
        return replies.get(requestId);
    }

    synchronized void put(String requestId, byte[] reply) {
        replies.put(requestId, reply);
    }
}
