package cn.zhaoshang.notify.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A notification as a live stream sends it: its sequence number as the event id, its kind as the name, its JSON. */
record StreamEvent(long sequence, String kind, String json) {

    static StreamEvent of(NotificationView view, ObjectMapper mapper) {
        try {
            return new StreamEvent(view.sequence(), view.kind(), mapper.writeValueAsString(view));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification view could not be written as JSON", e);
        }
    }
}
