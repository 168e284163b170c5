package cn.zhaoshang.chassis.spreadsheet;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** A spreadsheet as a download, under the Chinese file name a person saves (browsers) or an ASCII one (older clients). */
public final class Download {

    private Download() {
    }

    /**
     * A {@link Workbook} filled by {@code fill}, streamed to the client; its temporary file is deleted once written, or
     * at once if filling fails.
     */
    public static Response xlsx(String fileName, String asciiFallback, Consumer<Workbook> fill) {
        Workbook workbook = new Workbook();
        try {
            fill.accept(workbook);
        } catch (RuntimeException e) {
            workbook.close();
            throw e;
        }
        StreamingOutput body = out -> {
            try (workbook) {
                workbook.writeTo(out);
            }
        };
        return attachment(Response.ok(body, Workbook.MEDIA_TYPE), fileName, asciiFallback);
    }

    /** A small .xlsx made in memory (a template). */
    public static Response xlsx(byte[] content, String fileName, String asciiFallback) {
        return attachment(Response.ok(content, Workbook.MEDIA_TYPE), fileName, asciiFallback);
    }

    private static Response attachment(Response.ResponseBuilder response, String fileName, String asciiFallback) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return response.header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
