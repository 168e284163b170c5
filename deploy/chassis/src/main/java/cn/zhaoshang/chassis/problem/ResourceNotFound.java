package cn.zhaoshang.chassis.problem;

/** 404: the object does not exist, or the caller may not know that it does. */
public class ResourceNotFound extends RuntimeException {
    public ResourceNotFound(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
