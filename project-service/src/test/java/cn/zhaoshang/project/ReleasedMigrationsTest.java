package cn.zhaoshang.project;

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
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "project_service"))
class ReleasedMigrationsTest {

    @Inject
    DataSource dataSource;

    @Test
    void releasedMigrationsAreNeverEdited() {
        ReleasedMigrations.assertUnchanged(dataSource, Map.of("1", -1953042835, "2", -597553329, "3", -1254741639, "4", -1181009143, "5", 429213544, "6", 1364000185));
    }
}
