package cn.zhaoshang.chassis.audit;

import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** A change through an audited resource, for AuditedChangesTest: "refuse" is written, then refused. */
@Path("/api/v1/test/notes")
@RolesAllowed(Roles.ADMIN)
@AuditedChanges
public class NoteResource {

    private final EntityManager entityManager;

    public NoteResource(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public record Note(String text) {
    }

    @POST
    public Response write(Note note) {
        Number id = (Number) entityManager.createNativeQuery("insert into test_note (text) values (?1) returning id")
                .setParameter(1, note.text()).getSingleResult();
        if ("refuse".equals(note.text())) {
            throw new Conflict("refused after writing");
        }
        return Response.created(URI.create("/api/v1/test/notes/" + id)).build();
    }
}
