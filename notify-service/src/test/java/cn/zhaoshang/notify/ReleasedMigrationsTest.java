package cn.zhaoshang.notify;

import cn.zhaoshang.testsupport.RealInfrastructure;
import cn.zhaoshang.testsupport.ReleasedMigrations;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

/** The migrations of the released versions, as Flyway recorded them then: an existing database upgrades without manual steps. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify_service"))
class ReleasedMigrationsTest {

    @Inject
    DataSource dataSource;

    @Test
    void releasedMigrationsAreNeverEdited() {
        ReleasedMigrations.assertUnchanged(dataSource, Map.of("1", -984938132, "2", -1631063941, "3", 1758151777, "4", 1364000185));
    }
}
