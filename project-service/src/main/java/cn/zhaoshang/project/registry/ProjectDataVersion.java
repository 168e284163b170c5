package cn.zhaoshang.project.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A number that moves on with every statement writing projects, enterprises, milestones, monthly reports or targets
 * (database triggers, V12__data_version.sql), what the service's caches are keyed by. A change is seen at once by
 * every replica; one whose number was drawn before a cache read but committed after it is not, which is why cached
 * answers also have a maximum age. Plain JDBC: it is read on every list request, where Hibernate's handling of a
 * native query cost more than the query.
 */
@ApplicationScoped
public class ProjectDataVersion {

    private final DataSource dataSource;

    public ProjectDataVersion(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long current() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select last_value from project_data_version")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new PersistenceException("could not read the data version", e);
        }
    }
}
