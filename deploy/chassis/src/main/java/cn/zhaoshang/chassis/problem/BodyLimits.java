package cn.zhaoshang.chassis.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * Request body limits. Every body is held to {@code requests}; paths that take file uploads (a service's
 * {@code upload-paths}) are held to the HTTP layer's {@code quarkus.http.limits.max-body-size} instead, which such a
 * service raises to its largest upload.
 */
@ConfigMapping(prefix = "chassis.body-limit")
public interface BodyLimits {

    @WithDefault("1M")
    MemorySize requests();

    /** Path prefixes of upload endpoints, e.g. /api/v1/imports. */
    Optional<List<String>> uploadPaths();
}
