package cn.zhaoshang.chassis.spreadsheet;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A finished {@link Workbook} as a download: streamed to the client, its temporary file deleted afterwards. */
public final class Download {

    private Download() {
    }

    /**
     * @param fileName the Chinese file name a person saves (e.g. 项目清单-20261201.xlsx); browsers take the UTF-8 form,
     *                 older clients an ASCII fallback
     */
    public static Response of(Workbook workbook, String fileName, String asciiFallback) {
        StreamingOutput body = out -> {
            try (workbook) {
                workbook.writeTo(out);
            }
        };
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, Workbook.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + asciiFallback + "\"; filename*=UTF-8''" + encoded)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
