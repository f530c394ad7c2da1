package dev.colony.pubsub;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A handler that keeps what it receives, for tests to wait on. */
final class Received implements MessageHandler {

    private final LinkedBlockingQueue<Message> messages = new LinkedBlockingQueue<>();

    @Override
    public void onMessage(Message message) {
        messages.add(message);
    }

    Message next(Duration timeout) throws InterruptedException {
        Message message = messages.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError("no message within " + timeout.toMillis() + " ms");
        }
        return message;
    }

    /** The payloads of the next {@code count} messages, as text. */
    List<String> texts(int count, Duration timeout) throws InterruptedException {
        List<String> texts = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (texts.size() < count) {
            Message message = messages.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("received " + texts.size() + " of " + count + " messages within " + timeout.toMillis() + " ms");
            }
            texts.add(text(message));
        }
        return texts;
    }

    /** Payloads received until (and without) the message whose payload is {@code sentinel}. */
    List<String> textsUntil(String sentinel, Duration timeout) throws InterruptedException {
        List<String> texts = new ArrayList<>();
        for (String text = text(next(timeout)); !text.equals(sentinel); text = text(next(timeout))) {
            texts.add(text);
        }
        return texts;
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    static String text(Message message) {
        return new String(message.payload(), StandardCharsets.UTF_8);
    }
}
