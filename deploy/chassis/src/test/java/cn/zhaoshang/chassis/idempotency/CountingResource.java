package cn.zhaoshang.chassis.idempotency;

import cn.zhaoshang.chassis.http.Revalidated;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A creating call that counts its effects, for the idempotency and revalidation tests of the bare chassis. */
@Path("/api/v1/test/counters")
@RolesAllowed({Roles.ENTERPRISE, Roles.ADMIN})
public class CountingResource {

    static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();
    /** The next effect fails with a 500 before anything is counted. */
    static final AtomicBoolean FAIL_NEXT = new AtomicBoolean();

    public record Increment(String name) {
    }

    public record Count(String name, int count) {
    }

    @POST
    @Idempotent
    public Response increment(Increment request) throws InterruptedException {
        Thread.sleep(200); // long enough for racing retries to arrive while it runs
        if (FAIL_NEXT.getAndSet(false)) {
            throw new IllegalStateException("a failure on the server's side");
        }
        int count = COUNTS.computeIfAbsent(request.name(), n -> new AtomicInteger()).incrementAndGet();
        return Response.created(URI.create("/api/v1/test/counters/" + request.name()))
                .entity(new Count(request.name(), count)).build();
    }

    @GET
    @Path("/{name}")
    @Revalidated
    public Count read(@PathParam("name") String name) {
        return new Count(name, COUNTS.getOrDefault(name, new AtomicInteger()).get());
    }
}
