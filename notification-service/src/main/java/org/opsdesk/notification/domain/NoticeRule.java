package org.opsdesk.notification.domain;

/**
 * One recipient rule of a route: a party the event names ({@link Party}), or the members of an audience
 * ({@code AUDIENCE:key}).
 */
public record NoticeRule(Party party, String audience) {

    /** The parties an event can name; which of them an event carries is up to its handler. */
    public enum Party {
        ASSIGNEE, TEAM, ASSIGNEE_ELSE_TEAM, MANAGERS, OWNER, ITEM_OWNER, ESCALATE_TO, CIO, DUTY_MANAGER, COORDINATOR,
        MEMBER, MEMBERS, AUDIENCE
    }

    public static NoticeRule parse(String text) {
        if (text.startsWith("AUDIENCE:")) {
            return new NoticeRule(Party.AUDIENCE, text.substring("AUDIENCE:".length()));
        }
        return new NoticeRule(Party.valueOf(text), null);
    }
}
