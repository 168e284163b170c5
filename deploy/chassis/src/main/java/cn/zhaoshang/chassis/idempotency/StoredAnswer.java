package cn.zhaoshang.chassis.idempotency;

import jakarta.ws.rs.core.Response;

/** The first answer to a request with an {@code Idempotency-Key}, as kept for its retries. */
record StoredAnswer(int status, String contentType, String location, String etag, String body) {

    /** The answer again, marked as a replay so a client can tell. */
    Response replay() {
        Response.ResponseBuilder answer = Response.status(status).header(IdempotencyFilter.REPLAYED, "true");
        if (body != null) {
            answer.entity(body).type(contentType);
        }
        if (location != null) {
            answer.header("Location", location);
        }
        if (etag != null) {
            answer.header("ETag", etag);
        }
        return answer.build();
    }
}
