package cn.zhaoshang.console.format;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatTest {

    @Test
    void instantsOnTheWireAreReadInBeijingTimeWithTheWeekday() {
        assertEquals("12月2日（周三）15:30", Beijing.time("2026-12-02T07:30:00Z", 2026));
        assertEquals("2027年1月1日（周五）00:30", Beijing.time("2026-12-31T16:30:00Z", 2026), "past midnight in Beijing: the next day and year");
        assertEquals("", Beijing.time(null, 2026));
        assertEquals("2026年10月12日", Beijing.date("2026-10-12"));
    }

    @Test
    void workingTimeLeftIsCountedInWorkingDaysOfSevenAndAHalfHours() {
        assertEquals("剩余 3小时59分钟", WorkingTimeLeft.words(239));
        assertEquals("剩余 3个工作日5小时59分钟", WorkingTimeLeft.words(3 * 450 + 359));
        assertEquals("剩余 1个工作日", WorkingTimeLeft.words(450));
        assertEquals("已超时 2小时10分钟", WorkingTimeLeft.words(-130));
        assertEquals("剩余 0分钟", WorkingTimeLeft.words(0));
        assertTrue(WorkingTimeLeft.dueSoon(224));
        assertFalse(WorkingTimeLeft.dueSoon(225));
        assertFalse(WorkingTimeLeft.dueSoon(-1));
        assertTrue(WorkingTimeLeft.overdue(-1));
    }
}
