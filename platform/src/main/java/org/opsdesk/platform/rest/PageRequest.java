package org.opsdesk.platform.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code page} (from 0) and {@code size} (1 to 200) query parameters of every list. They are read as text and
 * validated here, so {@code ?size=ten} is a 400 naming {@code size}, not the 404 JAX-RS gives a number it cannot
 * convert.
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Pattern(regexp = "[0-9]{1,7}", message = "must be a whole number from 0 to 9999999")
    @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "9999999", defaultValue = "0")
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    @Pattern(regexp = "0*([1-9]|[1-9][0-9]|1[0-9][0-9]|200)", message = "must be a whole number from 1 to " + MAX_SIZE)
    @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20")
    String size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = String.valueOf(page);
        request.size = String.valueOf(size);
        return request;
    }

    public int page() {
        return Integer.parseInt(page);
    }

    public int size() {
        return Integer.parseInt(size);
    }

    public int offset() {
        return page() * size();
    }
}
