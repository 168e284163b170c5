package cn.zhaoshang.console.inbox;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.util.concurrent.Flow;

/**
 * Reads an upstream Server-Sent Events stream line by line and sends each complete event on to the browser: a
 * notification (whatever its kind) as {@code notification}, {@code token-expired} as itself, comments as comments so
 * a browser that left is noticed at the next keep-alive and the upstream stream is closed.
 */
final class SseRelay implements Flow.Subscriber<String> {

    static final String NOTIFICATION = "notification";

    private final SseEventSink sink;
    private final Sse sse;
    private Flow.Subscription subscription;
    private String id;
    private String name;
    private final StringBuilder data = new StringBuilder();

    SseRelay(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String line) {
        if (sink.isClosed()) {
            subscription.cancel();
            return;
        }
        if (line.isEmpty()) {
            dispatch();
        } else if (line.startsWith(":")) {
            send(sse.newEventBuilder().comment(line.substring(1).trim()).build());
        } else if (line.startsWith("id:")) {
            id = line.substring(3).trim();
        } else if (line.startsWith("event:")) {
            name = line.substring(6).trim();
        } else if (line.startsWith("data:")) {
            if (data.length() > 0) {
                data.append('\n');
            }
            data.append(line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5));
        }
    }

    private void dispatch() {
        if (data.length() > 0) {
            OutboundSseEvent.Builder event = sse.newEventBuilder()
                    .name("token-expired".equals(name) ? name : NOTIFICATION).data(data.toString());
            if (id != null) {
                event.id(id);
            }
            send(event.build());
        }
        id = null;
        name = null;
        data.setLength(0);
    }

    private void send(OutboundSseEvent event) {
        sink.send(event).whenComplete((ignored, failure) -> {
            if (failure != null) {
                subscription.cancel();
                sink.close();
            }
        });
    }

    @Override
    public void onError(Throwable throwable) {
        sink.close();
    }

    @Override
    public void onComplete() {
        sink.close();
    }

    /** The upstream answered without a stream (refused, or not reachable): end the browser's, which will retry. */
    void upstreamEnded(int status) {
        if (status != 200) {
            sink.close();
        }
    }
}
