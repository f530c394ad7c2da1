package dev.colony.protocol;

/**
 * What a joining engine needs: where the broker is and how to log in to it, the key snapshots are
 * signed with (engines that move programs between them share it), and how often to report.
 *
 * @param snapshotKey hex; a secret, like the passwords: this reply goes only to a holder of the cluster token
 */
public record JoinReply(String engineId, MqttAccess mqtt, String snapshotKey, long heartbeatMillis) {
    public JoinReply {
        Topics.requireId(engineId);
        Fields.present(mqtt, "mqtt");
        Fields.text(snapshotKey, "snapshotKey");
        if (heartbeatMillis < 1) {
            throw new IllegalArgumentException("heartbeatMillis must be 1 or more: " + heartbeatMillis);
        }
    }

    @Override
    public String toString() {
        return "JoinReply[engineId=" + engineId + ", mqtt=" + mqtt + ", heartbeatMillis=" + heartbeatMillis + "]";
    }

    /** The broker, with the cluster's account (system and user topics) and the programs' (user topics only). */
    public record MqttAccess(String host, int port, Account cluster, Account program) {
        public MqttAccess {
            Fields.text(host, "host");
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be 1-65535: " + port);
            }
            Fields.present(cluster, "cluster");
            Fields.present(program, "program");
        }
    }

    public record Account(String username, String password) {
        public Account {
            Fields.text(username, "username");
            Fields.present(password, "password");
        }

        @Override
        public String toString() {
            return "Account[username=" + username + "]";
        }
    }
}
