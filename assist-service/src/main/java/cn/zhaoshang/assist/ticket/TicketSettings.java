package cn.zhaoshang.assist.ticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How tickets close and wait. */
@ConfigMapping(prefix = "assist")
public interface TicketSettings {

    AutoClose autoClose();

    DepartmentWait departmentWait();

    interface AutoClose {
        /** A resolved ticket the enterprise neither confirms nor reopens closes itself after this many working days. */
        @WithDefault("3")
        int workingDays();
    }

    interface DepartmentWait {
        /** The limit of a wait on an outside department, in working time ({@code 8h}, {@code 3d}); overruns show in the statistics. */
        @WithDefault("3d")
        String limit();
    }
}
