package cn.zhaoshang.project.ledger;

import cn.zhaoshang.chassis.audit.AuditedChanges;
import cn.zhaoshang.chassis.security.Roles;
import cn.zhaoshang.chassis.spreadsheet.Download;
import cn.zhaoshang.chassis.spreadsheet.Workbook;
import cn.zhaoshang.project.reference.ReferenceData;
import cn.zhaoshang.project.registry.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.net.URI;
import java.util.UUID;

@Path("/api/v1/imports")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
@Tag(name = "Ledger import", description = "Import the office's project ledger (项目台账) from .xlsx or CSV: template, dry run, import")
@SecurityRequirement(name = "jwt")
@AuditedChanges
public class ImportResource {

    private final LedgerImports imports;
    private final ReferenceData reference;

    public ImportResource(LedgerImports imports, ReferenceData reference) {
        this.imports = imports;
        this.reference = reference;
    }

    /** The multipart form of an upload. */
    public static class Upload {
        @RestForm("file")
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary",
                description = ".xlsx, or CSV in UTF-8 or GBK; at most 64 MB and 100,000 rows")
        public FileUpload file;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "startImport", summary = "Upload a ledger: it is read through at once (a file that is no ledger gets a 4xx"
            + " problem in Chinese and nothing is kept), then every row is checked in the background (a dry run); follow it at"
            + " Location, read the rows' actions and problems, then ask for the import")
    @APIResponse(responseCode = "202", description = "Stored and being checked", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "413", description = "Over 64 MB or 100,000 rows, or a zip bomb")
    @APIResponse(responseCode = "415", description = "Not a spreadsheet: an old .xls, a macro-enabled or encrypted workbook, a binary")
    public Response start(Upload upload) {
        if (upload == null || upload.file == null) {
            throw new cn.zhaoshang.chassis.problem.InvalidInput("file", "attach the ledger as the form field 'file'");
        }
        ImportView job = imports.start(upload.file.uploadedFile(), upload.file.fileName());
        return Response.accepted(job).location(URI.create("/api/v1/imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "An import's status and progress, and how many rows create, update, leave unchanged or have problems")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "404", description = "No such import, or started by someone else")
    public ImportView get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    @GET
    @Path("/{id}/rows")
    @Operation(operationId = "listImportRows", summary = "Each data row's action (CREATE, UPDATE, UNCHANGED, INVALID), the columns it changes and its problems (row, column, a sentence in Chinese)")
    public Page<ImportRowView> rows(@PathParam("id") UUID id,
                                    @Parameter(description = "only the rows with problems")
                                    @QueryParam("problemsOnly") @DefaultValue("false") boolean problemsOnly,
                                    @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
                                    @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return imports.rows(id, problemsOnly, page, size);
    }

    @POST
    @Path("/{id}/apply")
    @Operation(operationId = "applyImport", summary = "Import a checked file with no problems, all rows or none, in the background;"
            + " rows are matched to projects by credit code and project name, so importing the same file again changes nothing")
    @APIResponse(responseCode = "202", description = "Being imported", content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "409", description = "Still being checked, rows have problems, or imported already")
    public Response apply(@PathParam("id") UUID id) {
        return Response.accepted(imports.apply(id)).location(URI.create("/api/v1/imports/" + id)).build();
    }

    @GET
    @Path("/template")
    @Produces(Workbook.MEDIA_TYPE)
    @Operation(operationId = "getImportTemplate", summary = "The ledger template (.xlsx) with drop-down lists of this system's districts, industries, categories, attraction methods and stages")
    @APIResponse(responseCode = "200", description = "The template", content = @Content(mediaType = Workbook.MEDIA_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    public Response template() throws IOException {
        byte[] file = LedgerTemplate.write(reference.districts(), reference.industries(), reference.categories(), reference.attractionMethods());
        return Download.xlsx(file, "项目台账导入模板.xlsx", "ledger-template.xlsx");
    }
}
