package cn.zhaoshang.notify.delivery;

/** How one attempt went: sent, or failed with an HTTP status (-1: no answer) and the error. */
record SendResult(boolean sent, int httpStatus, String error) {

    static SendResult ok(int httpStatus) {
        return new SendResult(true, httpStatus, null);
    }

    static SendResult failed(int httpStatus, String error) {
        return new SendResult(false, httpStatus, error == null ? "unknown error" : error);
    }

    boolean temporary() {
        return !sent && RetryPolicy.temporary(httpStatus);
    }
}
