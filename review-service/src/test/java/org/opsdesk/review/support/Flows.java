package org.opsdesk.review.support;

import static org.opsdesk.review.support.Fixtures.as;

/** Drives a review through its deliverables over the API, as its owner and the CIO would. */
public final class Flows {

    private Flows() {
    }

    public static void write(String reviewId, String section, String content) {
        as("strategic-initiatives").body("{\"content\": \"" + content + "\"}")
                .when().put("/api/v1/reviews/" + reviewId + "/sections/" + section).then().statusCode(200);
    }

    /** Writes what each deliverable requires, then submits, approves and distributes it. */
    public static void distribute(String reviewId, String kind) {
        write(reviewId, "IMPACT", "All agencies");
        write(reviewId, "ROOT_CAUSE", "Firmware");
        String base = "/api/v1/reviews/" + reviewId + "/deliverables/" + kind;
        as("strategic-initiatives").when().post(base + "/submit").then().statusCode(200);
        as("cio").when().post(base + "/approve").then().statusCode(200);
        as("strategic-initiatives").when().post(base + "/distribute").then().statusCode(200);
    }
}
