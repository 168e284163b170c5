package cn.zhaoshang.console.inbox;

import cn.zhaoshang.console.api.Apis;
import cn.zhaoshang.console.api.Service;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.Map;

/**
 * The person's live notifications for the page's script: the console opens notify-service's stream with the user's
 * token (which never reaches the browser) and relays each notification as an event named {@code notification}, its
 * sequence as the event id, so the browser's EventSource resumes with Last-Event-ID after a break.
 */
@Path("/live")
public class LiveRelay {

    @Inject
    Apis apis;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void relay(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId) {
        Map<String, String> resume = lastEventId != null && lastEventId.matches("\\d{1,19}")
                ? Map.of("Last-Event-ID", lastEventId) : Map.of();
        SseRelay relay = new SseRelay(sink, sse);
        apis.stream(Service.NOTIFY, "/api/v1/notifications/stream", resume, relay).thenAccept(relay::upstreamEnded);
    }
}
