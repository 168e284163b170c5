package cn.zhaoshang.console.admin;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CalendarFormTest {

    @Test
    void oneDayALineBecomesTheArrangementTheServiceTakes() {
        CalendarForm.Read read = CalendarForm.read(" 国务院办公厅关于2027年部分节假日安排的通知 ",
                "2027-01-01 元旦\n\n2027-02-06  春节\r\n", "2027-02-14 春节调休");
        assertNull(read.problem());
        assertEquals("国务院办公厅关于2027年部分节假日安排的通知", read.body().get("title"));
        assertEquals(List.of(Map.of("date", "2027-01-01", "name", "元旦"), Map.of("date", "2027-02-06", "name", "春节")),
                read.body().get("holidays"));
        assertEquals(List.of(Map.of("date", "2027-02-14", "name", "春节调休")), read.body().get("workdays"));
    }

    @Test
    void aLineThatCannotBeReadIsNamedAndNothingIsSent() {
        CalendarForm.Read read = CalendarForm.read("t", "2027-01-01 元旦\n1月2日 元旦", "");
        assertNull(read.body());
        assertEquals("放假日期第2行「1月2日 元旦」的日期看不懂：请写成 2027-01-01 元旦 这样，一行一天。", read.problem());
        assertEquals("调休上班日期第1行「2027-02-14」缺少名称：请在日期后写上节日名称，如 2027-01-01 元旦。",
                CalendarForm.read("t", "", "2027-02-14").problem());
    }
}
