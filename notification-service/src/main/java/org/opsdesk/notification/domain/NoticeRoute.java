package org.opsdesk.notification.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.List;

/** Who gets a notice type, at which urgency: recipient rules ({@link NoticeRule}) kept as data (table notice_route). */
@Entity
public class NoticeRoute {

    @Id
    private String noticeType;
    @Enumerated(EnumType.STRING)
    private Urgency urgency;
    @Convert(converter = JsonColumns.Strings.class)
    private List<String> recipients;
    private String description;

    protected NoticeRoute() {
    }

    public List<NoticeRule> rules() {
        return recipients.stream().map(NoticeRule::parse).toList();
    }

    public String noticeType() { return noticeType; }
    public Urgency urgency() { return urgency; }
    public List<String> recipients() { return recipients; }
    public String description() { return description; }
}
