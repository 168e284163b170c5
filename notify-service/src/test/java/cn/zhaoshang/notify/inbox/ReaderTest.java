package cn.zhaoshang.notify.inbox;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Whose a notification in hand is: the rule a live stream applies to what the replica's look carried. */
class ReaderTest {

    private static final Reader MEMBER = new Reader("zhang.wei", Optional.empty(), Optional.of("etdz"), false, false);
    private static final Reader ENTERPRISE = new Reader("tongling", Optional.of("91320800MA20TL004Y"), Optional.empty(), false, false);
    private static final Reader SUPERVISOR = new Reader("wang.jun", Optional.empty(), Optional.of("etdz"), true, false);
    private static final Reader CITY = new Reader("zhao.lei", Optional.empty(), Optional.empty(), true, true);

    @Test
    void eachAudienceReachesItsOwnAndNobodyElse() {
        Set<String> team = Set.of("li.na", "zhang.wei");
        assertThat(MEMBER.concerns(Audience.PROJECT_TEAM, "p1", team)).isTrue();
        assertThat(SUPERVISOR.concerns(Audience.PROJECT_TEAM, "p1", team)).as("not on the team").isFalse();
        assertThat(ENTERPRISE.concerns(Audience.ENTERPRISE, "91320800MA20TL004Y", Set.of())).isTrue();
        assertThat(ENTERPRISE.concerns(Audience.ENTERPRISE, "91320803MA1XKB802Y", Set.of())).isFalse();
        assertThat(MEMBER.concerns(Audience.ENTERPRISE, "91320800MA20TL004Y", Set.of())).isFalse();
        assertThat(MEMBER.concerns(Audience.USER, "zhang.wei", Set.of())).isTrue();
        assertThat(MEMBER.concerns(Audience.USER, "li.na", Set.of())).isFalse();
        assertThat(SUPERVISOR.concerns(Audience.DISTRICT_SUPERVISORS, "etdz", Set.of())).isTrue();
        assertThat(SUPERVISOR.concerns(Audience.DISTRICT_SUPERVISORS, "xuyi", Set.of())).isFalse();
        assertThat(MEMBER.concerns(Audience.DISTRICT_SUPERVISORS, "etdz", Set.of())).as("in the district, no supervisor").isFalse();
        assertThat(CITY.concerns(Audience.DISTRICT_SUPERVISORS, "xuyi", Set.of())).as("city-wide").isTrue();
    }
}
