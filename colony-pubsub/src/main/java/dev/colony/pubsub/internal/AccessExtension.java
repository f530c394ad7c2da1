package dev.colony.pubsub.internal;

import com.hivemq.extension.sdk.api.ExtensionMain;
import com.hivemq.extension.sdk.api.auth.SimpleAuthenticator;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthInput;
import com.hivemq.extension.sdk.api.auth.parameter.SimpleAuthOutput;
import com.hivemq.extension.sdk.api.auth.parameter.TopicPermission;
import com.hivemq.extension.sdk.api.packets.auth.DefaultAuthorizationBehaviour;
import com.hivemq.extension.sdk.api.packets.auth.ModifiableDefaultPermissions;
import com.hivemq.extension.sdk.api.packets.connect.ConnackReasonCode;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStartOutput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopInput;
import com.hivemq.extension.sdk.api.parameter.ExtensionStopOutput;
import com.hivemq.extension.sdk.api.services.Services;
import com.hivemq.extension.sdk.api.services.builder.Builders;
import dev.colony.pubsub.Accounts;
import dev.colony.pubsub.Role;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The embedded broker's gatekeeper, an in-process HiveMQ extension: a connection must present a
 * username and password known to {@link Accounts}, and gets its role's topic filters as its only
 * permissions (HiveMQ denies everything else: SUBACK/PUBACK with NOT_AUTHORIZED).
 */
public final class AccessExtension implements ExtensionMain {

    private final Accounts accounts;

    public AccessExtension(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void extensionStart(ExtensionStartInput input, ExtensionStartOutput output) {
        SimpleAuthenticator authenticator = this::authenticate;
        Services.securityRegistry().setAuthenticatorProvider(providerInput -> authenticator);
    }

    @Override
    public void extensionStop(ExtensionStopInput input, ExtensionStopOutput output) {
        // nothing to release: the accounts belong to the Broker
    }

    private void authenticate(SimpleAuthInput input, SimpleAuthOutput output) {
        Optional<String> username = input.getConnectPacket().getUserName();
        byte[] password = input.getConnectPacket().getPassword().map(AccessExtension::bytes).orElse(null);
        Optional<Role> role = username.flatMap(name -> accounts.authenticate(name, password));
        if (role.isEmpty()) {
            output.failAuthentication(ConnackReasonCode.BAD_USER_NAME_OR_PASSWORD, "unknown username or wrong password");
            return;
        }
        ModifiableDefaultPermissions permissions = output.getDefaultPermissions();
        for (String filter : role.get().topicFilters()) {
            permissions.add(Builders.topicPermission().topicFilter(filter).type(TopicPermission.PermissionType.ALLOW).build());
        }
        permissions.setDefaultBehaviour(DefaultAuthorizationBehaviour.DENY);
        output.authenticateSuccessfully();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
