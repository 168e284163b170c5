package cn.zhaoshang.notify.delivery;

/** How one attempt went: sent, or failed with an HTTP status (-1: no answer) and the error. */
record SendResult(boolean sent, int httpStatus, String error, boolean refused) {

    /** What the delivery log says of a target that failed the address rules: nothing about what is behind it. */
    static final String REFUSED = "refused: the target is not allowed";

    static SendResult ok(int httpStatus) {
        return new SendResult(true, httpStatus, null, false);
    }

    static SendResult failed(int httpStatus, String error) {
        return new SendResult(false, httpStatus, error == null ? "unknown error" : error, false);
    }

    /** Never called: the target failed the address rules at the time of sending. Not retried. */
    static SendResult refusedTarget() {
        return new SendResult(false, -1, REFUSED, true);
    }

    boolean temporary() {
        return !sent && !refused && RetryPolicy.temporary(httpStatus);
    }
}
