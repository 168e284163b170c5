package cn.zhaoshang.assist.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * Asks project-service for one project, with a timeout, a few retries and a circuit breaker so a slow or
 * absent project-service costs a submission seconds, not minutes. A 4xx answer means "no such project
 * for this caller" and is not retried; 5xx and I/O failures are.
 */
@ApplicationScoped
public class ProjectLookup {

    private final ProjectServiceClient client;

    public ProjectLookup(@RestClient ProjectServiceClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 6, failureRatio = 0.5, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<ProjectSnapshot> find(UUID id) {
        try {
            return Optional.of(client.project(id));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() < 500) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
