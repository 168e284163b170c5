package cn.zhaoshang.chassis.problem;

/** 400 naming the offending field, for rules that bean validation annotations cannot express. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
