package cn.zhaoshang.console.web;

import cn.zhaoshang.console.session.Viewer;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** What every page shows besides its own content: who is logged in, the message left for it, the form token. */
@RequestScoped
public class Pages {

    @Inject
    Viewer viewer;

    public TemplateInstance page(Template template) {
        return template.data("viewer", viewer).data("flash", viewer.takeFlash()).data("csrf", viewer.formToken());
    }

    /** Checks a posted form's token (a forged form is refused with 403) and hands the form on. */
    public MultivaluedMap<String, String> checked(MultivaluedMap<String, String> form) {
        viewer.requireFormToken(form.getFirst("csrf"));
        return form;
    }

    /** What the person typed into a form, one value a field, to show the form again as it was. */
    public static Map<String, String> typed(MultivaluedMap<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        form.forEach((field, values) -> typed.put(field, values.isEmpty() ? "" : values.get(0)));
        return typed;
    }

    /**
     * A refused form shown again, with what was typed and the reason in words: a page that loaded as it should (200),
     * not a failed load.
     */
    public static Response shownAgain(TemplateInstance page) {
        return Response.ok().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render()).build();
    }

    /** After a change: a message for the next page, and the browser sent there (Post/Redirect/Get). */
    public Response done(String message, String location) {
        viewer.flash(message);
        return Response.seeOther(URI.create(location)).build();
    }
}
