package cn.zhaoshang.assist;

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
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "assist_service"))
class ReleasedMigrationsTest {

    @Inject
    DataSource dataSource;

    @Test
    void releasedMigrationsAreNeverEdited() {
        ReleasedMigrations.assertUnchanged(dataSource, Map.of("1", 398325565, "2", 360581432, "3", -784646023, "4", -895997163, "5", 1471049286, "6", 1364000185));
    }
}
