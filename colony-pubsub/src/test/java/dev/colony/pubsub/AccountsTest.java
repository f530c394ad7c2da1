package dev.colony.pubsub;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountsTest {

    @Test
    void authenticatesGrantedCredentialsWithTheirRoleOnly() {
        Accounts accounts = new Accounts();
        accounts.grant(new Credentials("colony", "s3cret"), Role.CLUSTER);
        accounts.grant(new Credentials("program-p1", "p1"), Role.PROGRAM);

        assertThat(accounts.authenticate("colony", "s3cret".getBytes(UTF_8))).contains(Role.CLUSTER);
        assertThat(accounts.authenticate("program-p1", "p1".getBytes(UTF_8))).contains(Role.PROGRAM);
        assertThat(accounts.authenticate("colony", "p1".getBytes(UTF_8))).isEmpty();
        assertThat(accounts.authenticate("colony", null)).isEmpty();
        assertThat(accounts.authenticate(null, "s3cret".getBytes(UTF_8))).isEmpty();
        accounts.revoke("program-p1");
        assertThat(accounts.authenticate("program-p1", "p1".getBytes(UTF_8))).isEmpty();
    }

    @Test
    void rolesGrantSystemTopicsToTheClusterOnly() {
        assertThat(Role.CLUSTER.topicFilters()).containsExactly("colony/#", "user/#");
        assertThat(Role.PROGRAM.topicFilters()).containsExactly("user/#");
        assertThat(new Credentials("u", "hidden").toString()).doesNotContain("hidden");
    }
}
