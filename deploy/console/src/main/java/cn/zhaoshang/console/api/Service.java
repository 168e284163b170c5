package cn.zhaoshang.console.api;

/** The three services the console calls, and what a person calls each when it does not answer. */
public enum Service {
    PROJECT("项目服务"), ASSIST("帮办服务"), NOTIFY("消息服务");

    private final String label;

    Service(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
