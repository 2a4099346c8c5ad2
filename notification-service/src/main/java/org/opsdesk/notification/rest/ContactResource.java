package org.opsdesk.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.opsdesk.notification.application.ContactService;
import org.opsdesk.notification.domain.Channel;
import org.opsdesk.notification.domain.Contact;
import org.opsdesk.notification.domain.ManagedTeam;
import org.opsdesk.platform.rest.Page;
import org.opsdesk.platform.rest.PageRequest;

@Path("/api/v1/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
@Tag(name = "Contacts", description = "The person directory (a person's key is their login, with their notification rules), "
        + "mailboxes that audiences name, customer organisations' contacts")
public class ContactResource {

    static final String KEY = "[a-z0-9][a-z0-9._-]{0,63}";
    static final String KEY_RULE = "lower-case letters, digits, '.', '_' or '-', at most 64";

    private final ContactService service;

    ContactResource(ContactService service) {
        this.service = service;
    }

    /**
     * A person's key is their login (issue 13); {@code highUrgency}/{@code lowUrgency}: the channels (EMAIL, SMS, VOICE)
     * they are told on, empty for the defaults; {@code managerOf}: the teams they manage and at which level (004 §3.5).
     */
    public record ContactRequest(@NotBlank @Size(max = 200) String name, @Email @Size(max = 320) String email,
                                 @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{2,31}", message = "must be a phone number") String phone,
                                 @Size(max = 64) String organisation, @Size(max = 200) String role,
                                 @Size(max = 3) List<@NotNull PersonalChannel> highUrgency,
                                 @Size(max = 3) List<@NotNull PersonalChannel> lowUrgency,
                                 @Size(max = 50) List<@Valid @NotNull ManagerOf> managerOf) {
    }

    /** The channels a person can be told on. */
    public enum PersonalChannel { EMAIL, SMS, VOICE }

    public record ManagerOf(@NotBlank @Size(max = 64) String team, @NotNull @Min(1) @Max(10) Integer level) {
    }

    public record ContactView(String key, String name, String email, String phone, String organisation, String role,
                              List<Channel> highUrgency, List<Channel> lowUrgency, List<ManagedTeam> managerOf) {
        static ContactView of(Contact c) {
            return new ContactView(c.key(), c.name(), c.email(), c.phone(), c.organisation(), c.role(), c.highUrgency(),
                    c.lowUrgency(), c.managerOf());
        }
    }

    @GET
    @Operation(operationId = "listContacts", summary = "List contacts, optionally of one organisation")
    @RolesAllowed(Access.DIRECTORY_READERS)
    public Page<ContactView> list(@Valid @BeanParam PageRequest page, @QueryParam("organisation") String organisation) {
        return service.list(organisation, page).map(ContactView::of);
    }

    @GET
    @Path("{key}")
    @Operation(operationId = "getContact", summary = "Read a contact")
    @RolesAllowed(Access.DIRECTORY_READERS)
    public ContactView get(@PathParam("key") String key) {
        return ContactView.of(service.get(key));
    }

    @PUT
    @Path("{key}")
    @Operation(operationId = "putContact", summary = "Create or replace a contact (201 when created, 200 when replaced)")
    @RolesAllowed(Access.CONTACT_EDITORS)
    @APIResponse(responseCode = "201", description = "Contact created",
            headers = @Header(name = "Location", description = "the new contact",
                              schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ContactView.class)))
    public Response put(@PathParam("key") @Pattern(regexp = KEY, message = KEY_RULE) String key,
                        @Valid @NotNull ContactRequest request, UriInfo uri) {
        ContactService.Saved saved = service.put(key, new ContactService.Details(request.name(), request.email(), request.phone(),
                request.organisation(), request.role(), channels(request.highUrgency()), channels(request.lowUrgency()),
                request.managerOf() == null ? List.of()
                        : request.managerOf().stream().map(m -> new ManagedTeam(m.team(), m.level())).toList()));
        ContactView view = ContactView.of(saved.contact());
        return saved.created() ? Response.created(uri.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }

    private static List<Channel> channels(List<PersonalChannel> channels) {
        return channels == null ? List.of() : channels.stream().distinct().map(c -> Channel.valueOf(c.name())).toList();
    }

    @DELETE
    @Path("{key}")
    @Operation(operationId = "deleteContact", summary = "Delete a contact that no audience names")
    @RolesAllowed(Access.CONTACT_EDITORS)
    @APIResponse(responseCode = "204", description = "Deleted")
    public void delete(@PathParam("key") String key) {
        service.delete(key);
    }
}
