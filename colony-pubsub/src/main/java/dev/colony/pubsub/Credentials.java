package dev.colony.pubsub;

import java.util.Objects;

/** An MQTT username and password. {@link #toString()} hides the password so it stays out of logs. */
public record Credentials(String username, String password) {

    public Credentials {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        if (username.isEmpty() || password.isEmpty()) {
            throw new IllegalArgumentException("username and password must not be empty");
        }
    }

    @Override
    public String toString() {
        return "Credentials[" + username + ", ****]";
    }
}
