package cn.zhaoshang.console.api;

/**
 * Turns a service's problem into a sentence a person understands, with what to do next. The services' own details
 * are kept when they are already Chinese (they name the field or the rule); English details from a service are
 * replaced by the sentence for their status, so nobody reads "Unprocessable Entity".
 */
public final class ProblemSentences {

    private ProblemSentences() {
    }

    public static String of(ApiProblem problem) {
        String own = chinese(problem.detail()) && !repeatsAViolation(problem) ? problem.detail() : null;
        String fields = problem.violations().isEmpty() ? "" : "（" + String.join("；", problem.violations().stream().distinct().toList()) + "）";
        switch (problem.status()) {
            case 0:
                return problem.service().label() + "暂时没有响应，您的操作没有提交。请稍后重试；如果一直如此，请联系系统管理员。";
            case 400:
                return "填写的内容有误" + fields + (own == null ? "" : "：" + own) + "。请修改后再提交。";
            case 401:
                return "登录已过期，请重新登录后再操作。";
            case 403:
                return "您没有权限进行这项操作" + (own == null ? "" : "：" + own) + "。如需办理，请联系项目专班或管理员。";
            case 404:
                return "没有找到这条记录，它可能已被删除，或不在您的可见范围内。请返回列表查看。";
            case 409:
            case 412:
                return "这条记录刚刚被其他人更新" + (own == null ? "" : "（" + own + "）") + "，您的操作没有生效。请刷新页面查看最新状态后再操作。";
            case 413:
                return "提交的内容太长，请精简后再提交。";
            case 422:
                return "这项操作现在不能进行" + (own == null ? "" : "：" + own) + "。请查看当前状态后再试。";
            case 429:
                return "操作太频繁，请稍等一分钟再试。";
            default:
                if (problem.status() >= 500) {
                    return problem.service().label() + "出现故障，您的操作可能没有完成。请稍后刷新查看；如果仍有问题，请联系系统管理员。";
                }
                return "操作没有完成" + (own == null ? "" : "：" + own) + "。请稍后重试。";
        }
    }

    private static final java.util.Map<String, String> FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("title", "标题"), java.util.Map.entry("description", "问题描述"),
            java.util.Map.entry("category", "问题类别"), java.util.Map.entry("contact", "联系人"),
            java.util.Map.entry("blocksMilestone", "影响的节点"), java.util.Map.entry("body", "内容"),
            java.util.Map.entry("reason", "原因"), java.util.Map.entry("resolution", "办结说明"),
            java.util.Map.entry("rating", "评价星级"), java.util.Map.entry("comment", "评价意见"),
            java.util.Map.entry("assignee", "交办对象"), java.util.Map.entry("note", "说明"),
            java.util.Map.entry("waitingOn", "等待对象"), java.util.Map.entry("department", "部门"),
            java.util.Map.entry("meetingOn", "会办日期"), java.util.Map.entry("topic", "会办议题"),
            java.util.Map.entry("decision", "会办决定"), java.util.Map.entry("responseAmount", "受理时限"),
            java.util.Map.entry("resolutionAmount", "办结时限"), java.util.Map.entry("holidays", "放假日期"),
            java.util.Map.entry("workdays", "调休上班日期"));

    /** One field the service refused, in the form's words: 「标题不能为空」. */
    static String violation(String field, String message) {
        String name = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        String label = FIELDS.getOrDefault(name, name);
        if (chinese(message)) {
            return label + "：" + message;
        }
        if (message.startsWith("must not be blank") || message.startsWith("must not be null") || message.contains("visible character")) {
            return label + "不能为空";
        }
        if (message.startsWith("size must be between") || message.startsWith("length must be")) {
            java.util.List<String> bounds = java.util.regex.Pattern.compile("\\d+").matcher(message).results()
                    .map(java.util.regex.MatchResult::group).toList();
            return label + "长度不符合要求" + (bounds.size() == 2 ? "（" + bounds.get(0) + "–" + bounds.get(1) + "个字）" : "");
        }
        if (message.startsWith("must be less than or equal to") || message.startsWith("must be greater than or equal to")) {
            return label + "超出允许范围";
        }
        return label + "：" + message;
    }

    /**
     * True when the text was written for a person in Chinese: at least as many Chinese characters as Latin letters
     * (an English rule that quotes a holiday's name, 「(春节) is a statutory holiday」, is not).
     */
    static boolean chinese(String text) {
        if (text == null) {
            return false;
        }
        long han = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        long latin = text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        return han > 0 && han >= latin;
    }

    /** The detail only says again what the listed fields already say. */
    private static boolean repeatsAViolation(ApiProblem problem) {
        return problem.violations().stream().anyMatch(v -> problem.detail().contains(v.substring(v.indexOf('：') + 1)));
    }
}
