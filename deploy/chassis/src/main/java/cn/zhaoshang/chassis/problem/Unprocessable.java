package cn.zhaoshang.chassis.problem;

/** 422: well-formed, but refers to something that cannot take it (an unknown or terminated project). */
public class Unprocessable extends RuntimeException {
    public Unprocessable(String message) {
        super(message);
    }
}
