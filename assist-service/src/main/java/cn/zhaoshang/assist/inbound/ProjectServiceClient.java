package cn.zhaoshang.assist.inbound;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/** project-service's project API, called with the caller's own token (propagated), so it sees what they may see. */
@RegisterRestClient(configKey = "project-service")
@RegisterClientHeaders
@Path("/api/v1/projects")
public interface ProjectServiceClient {

    @GET
    @Path("/{id}")
    ProjectSnapshot project(@PathParam("id") UUID id);
}
