package cn.zhaoshang.console.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes a page a resource returns as UTF-8 HTML (the Qute REST integration is not served for this Quarkus). */
@Provider
@Produces(MediaType.TEXT_HTML)
public class RenderedPages implements MessageBodyWriter<TemplateInstance> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return TemplateInstance.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(TemplateInstance page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        headers.putSingle("Content-Type", "text/html;charset=UTF-8");
        out.write(page.render().getBytes(StandardCharsets.UTF_8));
    }
}
