package cn.zhaoshang.project.ledger;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "project.ledger")
public interface LedgerSettings {

    /** The most data rows one file may have; larger ledgers are split. */
    @WithDefault("100000")
    int maxRows();

    /** A job whose worker has not reported for this long is taken up again (its worker is gone). */
    @WithDefault("60s")
    Duration staleAfter();

    /** How often each replica looks for a job to take up (the scheduler reads it as project.ledger.poll-interval). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows per progress report (and per flush of the import's persistence context). */
    @WithDefault("100")
    int chunk();
}
