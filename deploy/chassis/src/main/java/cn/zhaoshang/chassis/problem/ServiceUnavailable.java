package cn.zhaoshang.chassis.problem;

/** 503: something this request needs (another service) cannot be reached now; trying again later may work. */
public class ServiceUnavailable extends RuntimeException {
    public ServiceUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
