package org.opsdesk.notification.application;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The Qute templates of outgoing messages (src/main/resources/templates/messages); checked at build time. */
@CheckedTemplate(basePath = "messages")
public final class MessageTemplates {

    private MessageTemplates() {
    }

    public static native TemplateInstance updateSubject(UpdateView update);

    public static native TemplateInstance updateEmailHtml(UpdateView update);

    public static native TemplateInstance updateEmailText(UpdateView update);

    public static native TemplateInstance updateSms(UpdateView update);

    public static native TemplateInstance updateVoice(UpdateView update);

    public static native TemplateInstance updateBulletinHtml(UpdateView update);

    public static native TemplateInstance updateBulletinText(UpdateView update);

    public static native TemplateInstance updateChat(UpdateView update);

    public static native TemplateInstance updateStatusPost(UpdateView update);

    public static native TemplateInstance noticeHtml(NoticeView notice);

    public static native TemplateInstance noticeText(NoticeView notice);
}
