package dev.colony.engine;

import dev.colony.gfs.BlobHashes;
import dev.colony.gfs.BlobStore;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/**
 * The coordinator's blob store over HTTP ({@code PUT/GET /api/cluster/blobs/{sha256}}), for engines
 * in other processes. What comes back is checked against its name: a blob is trusted for its hash,
 * not for the connection it came over.
 */
final class HttpBlobStore implements BlobStore {

    private final CoordinatorEndpoint coordinator;

    HttpBlobStore(CoordinatorEndpoint coordinator) {
        this.coordinator = coordinator;
    }

    @Override
    public String put(byte[] bytes) {
        String hash = BlobHashes.of(bytes);
        upload(hash, bytes);
        return hash;
    }

    @Override
    public void put(String hash, byte[] bytes) {
        BlobHashes.requireMatch(hash, bytes);
        upload(hash, bytes);
    }

    @Override
    public Optional<byte[]> get(String hash) {
        HttpResponse<byte[]> response = coordinator.send(coordinator.request(path(BlobHashes.require(hash))).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new EngineException("cannot read blob " + hash + ": " + coordinator.describeFailure(response));
        }
        BlobHashes.requireMatch(hash, response.body()); // what came over the wire may be damaged
        return Optional.of(response.body());
    }

    @Override
    public boolean exists(String hash) {
        return get(hash).isPresent();
    }

    private void upload(String hash, byte[] bytes) {
        HttpResponse<byte[]> response = coordinator.send(coordinator.request(path(hash))
            .header("Content-Type", "application/octet-stream")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes))
            .build());
        if (response.statusCode() / 100 != 2) {
            throw new EngineException("cannot store blob " + hash + ": " + coordinator.describeFailure(response));
        }
    }

    private static String path(String hash) {
        return "/api/cluster/blobs/" + hash;
    }
}
