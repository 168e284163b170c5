package cn.zhaoshang.project.reference;

import cn.zhaoshang.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/v1")
@RolesAllowed({Roles.ENTERPRISE, Roles.STAFF, Roles.SUPERVISOR, Roles.ADMIN})
@Tag(name = "Reference data")
@SecurityRequirement(name = "jwt")
public class ReferenceResource {

    private final ReferenceData reference;

    public ReferenceResource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Path("/districts")
    @Operation(summary = "Districts, counties and parks of the city (县区/园区)")
    public List<ReferenceEntry> districts() {
        return reference.districts();
    }

    @GET
    @Path("/industries")
    @Operation(summary = "Industries and industrial chains (产业链)")
    public List<ReferenceEntry> industries() {
        return reference.industries();
    }

    @GET
    @Path("/categories")
    @Operation(summary = "Project categories (工业项目, 先进制造业 …)")
    public List<ReferenceEntry> categories() {
        return reference.categories();
    }

    @GET
    @Path("/attraction-methods")
    @Operation(summary = "How projects are attracted (招商方式)")
    public List<ReferenceEntry> attractionMethods() {
        return reference.attractionMethods();
    }

    @POST
    @Path("/districts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a district or park")
    public Response addDistrict(@NotNull @Valid NewReferenceEntry entry) {
        return created("/api/v1/districts", reference.addDistrict(entry));
    }

    @POST
    @Path("/industries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an industry or chain")
    public Response addIndustry(@NotNull @Valid NewReferenceEntry entry) {
        return created("/api/v1/industries", reference.addIndustry(entry));
    }

    @POST
    @Path("/categories")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a project category")
    public Response addCategory(@NotNull @Valid NewReferenceEntry entry) {
        return created("/api/v1/categories", reference.addCategory(entry));
    }

    @POST
    @Path("/attraction-methods")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add an attraction method")
    public Response addAttractionMethod(@NotNull @Valid NewReferenceEntry entry) {
        return created("/api/v1/attraction-methods", reference.addAttractionMethod(entry));
    }

    private static Response created(String collection, ReferenceEntry entry) {
        return Response.created(URI.create(collection + "#" + entry.code())).entity(entry).build();
    }
}
