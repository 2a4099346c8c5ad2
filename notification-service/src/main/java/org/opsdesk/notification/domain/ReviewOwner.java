package org.opsdesk.notification.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A review's owner and title, as its latest event naming them said (review.rejected and action items do not). */
@Entity
public class ReviewOwner {

    @Id
    private UUID reviewId;
    private String name;
    private String email;
    private String title;

    protected ReviewOwner() {
    }

    public ReviewOwner(UUID reviewId) {
        this.reviewId = reviewId;
    }

    public void remember(Person owner, String title) {
        if (owner != null && owner.hasEmail()) {
            name = owner.name();
            email = owner.email();
        }
        if (title != null) {
            this.title = title;
        }
    }

    public String title() { return title; }

    public Person person() {
        return email == null ? null : new Person(name, email, null, null, null);
    }
}
