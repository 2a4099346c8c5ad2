package org.opsdesk.notification.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A shift of the duty manager on major-incident-service's roster (002 §V.B.5), as its duty-shift events carry it. */
@Entity
public class DutyShift {

    @Id
    private UUID id;
    private String name;
    private String phone;
    private Instant startsAt;
    private Instant endsAt;

    protected DutyShift() {
    }

    /** The data of major-incident.duty-shift-saved and -removed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Data(UUID shiftId, boolean dutyManager, String name, String phone, Instant startsAt, Instant endsAt) {
    }

    public DutyShift(UUID id) {
        this.id = id;
    }

    public void define(Data data) {
        name = data.name();
        phone = data.phone();
        startsAt = data.startsAt();
        endsAt = data.endsAt();
    }

    public Person person() {
        return new Person(name, null, phone, null, null);
    }

    public UUID id() { return id; }
}
