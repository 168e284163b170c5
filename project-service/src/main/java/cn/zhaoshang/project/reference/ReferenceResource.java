package cn.zhaoshang.project.reference;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
@Tag(name = "Reference data", description = "Districts, industries, project categories, attraction methods, stages and tiers")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class ReferenceResource {

    private final ReferenceData reference;

    public ReferenceResource(ReferenceData reference) {
        this.reference = reference;
    }

    @GET
    @Path("/districts")
    @Operation(operationId = "listDistricts", summary = "Districts, counties and parks of the city (县区/园区)")
    public List<ReferenceEntry> districts() {
        return reference.districts();
    }

    @GET
    @Path("/industries")
    @Operation(operationId = "listIndustries", summary = "Industries and industrial chains (产业链)")
    public List<ReferenceEntry> industries() {
        return reference.industries();
    }

    @GET
    @Path("/categories")
    @Operation(operationId = "listCategories", summary = "Project categories (工业项目, 先进制造业 …)")
    public List<ReferenceEntry> categories() {
        return reference.categories();
    }

    @GET
    @Path("/attraction-methods")
    @Operation(operationId = "listAttractionMethods", summary = "How projects are attracted (招商方式)")
    public List<ReferenceEntry> attractionMethods() {
        return reference.attractionMethods();
    }

    @POST
    @Path("/districts")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addDistrict", summary = "Add a district or park")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferenceEntry.class)))
    public Response addDistrict(@NotNull @Valid NewReferenceEntry entry) {
        return created("/api/v1/districts", reference.addDistrict(entry));
    }

    @POST
    @Path("/industries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addIndustry", summary = "Add an industry or chain")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferenceEntry.class)))
    public Response addIndustry(@NotNull @Valid NewReferenceEntry entry) {
        return created("/api/v1/industries", reference.addIndustry(entry));
    }

    @POST
    @Path("/categories")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addCategory", summary = "Add a project category")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferenceEntry.class)))
    public Response addCategory(@NotNull @Valid NewReferenceEntry entry) {
        return created("/api/v1/categories", reference.addCategory(entry));
    }

    @POST
    @Path("/attraction-methods")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "addAttractionMethod", summary = "Add an attraction method")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferenceEntry.class)))
    public Response addAttractionMethod(@NotNull @Valid NewReferenceEntry entry) {
        return created("/api/v1/attraction-methods", reference.addAttractionMethod(entry));
    }

    private static Response created(String collection, ReferenceEntry entry) {
        return Response.created(URI.create(collection + "#" + entry.code())).entity(entry).build();
    }
}
