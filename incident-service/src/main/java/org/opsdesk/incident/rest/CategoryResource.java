package org.opsdesk.incident.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.opsdesk.incident.application.ReferenceDataService;
import org.opsdesk.incident.domain.reference.Category;

/** Incident categories (IN-4); an inactive category is refused for new incidents. */
@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Reference data")
public class CategoryResource {

    private final ReferenceDataService reference;

    CategoryResource(ReferenceDataService reference) {
        this.reference = reference;
    }

    public record CategoryRequest(@Pattern(regexp = ReferenceIds.PATTERN) String code, @NotBlank @Size(max = 200) String name,
                                  Boolean active) {
    }

    public record CategoryView(String code, String name, boolean active) {
        static CategoryView of(Category c) {
            return new CategoryView(c.code(), c.name(), c.active());
        }
    }

    @GET
    @RolesAllowed(Access.READ)
    @Operation(operationId = "listCategories", summary = "All categories")
    public List<CategoryView> list() {
        return reference.categories().stream().map(CategoryView::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Access.READ)
    @Operation(operationId = "getCategory")
    public CategoryView get(@PathParam("code") String code) {
        return CategoryView.of(reference.category(code));
    }

    @POST
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "createCategory", summary = "Add a category")
    @APIResponse(responseCode = "201", description = "Category created",
            headers = @Header(name = "Location", description = "the new category",
                               schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    public Response create(@Valid @NotNull CategoryRequest r, UriInfo uri) {
        Category category = reference.saveCategory(ReferenceIds.forCreate("code", r.code()), r.name(), r.active() == null || r.active(), true);
        return Response.created(uri.getAbsolutePathBuilder().path(category.code()).build()).entity(CategoryView.of(category)).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Access.ADMIN)
    @Operation(operationId = "updateCategory", summary = "Rename, deactivate or reactivate a category")
    public CategoryView update(@PathParam("code") String code, @Valid @NotNull CategoryRequest r) {
        return CategoryView.of(reference.saveCategory(ReferenceIds.forUpdate("code", code, r.code()), r.name(),
                r.active() == null || r.active(), false));
    }
}
