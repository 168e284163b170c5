package cn.zhaoshang.console.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProblemSentencesTest {

    @Test
    void refusedFieldsAreNamedInTheFormsWordsOnce() {
        ApiProblem problem = new ApiProblem(Service.ASSIST, 400, "Bad Request", null, List.of(
                ProblemSentences.violation("submit.request.title", "must not be blank"),
                ProblemSentences.violation("title", "must contain a visible character")));
        assertEquals("填写的内容有误（标题不能为空）。请修改后再提交。", problem.sentence());
        assertEquals("标题长度不符合要求（1–200个字）", ProblemSentences.violation("title", "size must be between 1 and 200"));
    }

    @Test
    void anEnglishRuleQuotingAChineseNameIsNotTakenForChineseNorSaidTwice() {
        String rule = "2027-02-05 (春节) is a statutory holiday on a weekday; the arrangement must give it off";
        ApiProblem problem = new ApiProblem(Service.ASSIST, 400, "Bad Request", "holidays: " + rule,
                List.of(ProblemSentences.violation("holidays", rule)));
        assertEquals("填写的内容有误（放假日期：" + rule + "）。请修改后再提交。", problem.sentence());
    }

    @Test
    void aChineseDetailFromTheServiceIsKeptAnEnglishOneIsReplaced() {
        assertEquals("这项操作现在不能进行：项目已终止。请查看当前状态后再试。",
                new ApiProblem(Service.ASSIST, 422, "Unprocessable", "项目已终止", List.of()).sentence());
        assertEquals("这条记录刚刚被其他人更新，您的操作没有生效。请刷新页面查看最新状态后再操作。",
                new ApiProblem(Service.ASSIST, 409, "Conflict", "ticket is ACCEPTED, cannot accept", List.of()).sentence());
        assertEquals("帮办服务暂时没有响应，您的操作没有提交。请稍后重试；如果一直如此，请联系系统管理员。",
                new ApiProblem(Service.ASSIST, 0, "no answer", "Connection refused", List.of()).sentence());
        assertEquals("消息服务出现故障，您的操作可能没有完成。请稍后刷新查看；如果仍有问题，请联系系统管理员。",
                new ApiProblem(Service.NOTIFY, 503, "Service Unavailable", null, List.of()).sentence());
    }
}
