package cn.zhaoshang.project.ledger;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file as offices save it: UTF-8 (with or without BOM) or GBK (Excel's 「CSV（逗号分隔）」 on Chinese Windows), told
 * apart line by line. A file whose lines are partly one and partly the other is refused rather than read half garbled.
 */
final class CsvSheetReader implements SheetReader {

    /** GB18030 reads every GBK file and more. */
    static final Charset GBK = Charset.forName("GB18030");

    private final Path file;

    CsvSheetReader(Path file) {
        this.file = file;
    }

    @Override
    public void read(Consumer<SheetRow> rows) throws IOException {
        Charset charset = encoding(file);
        try (InputStream in = BOMInputStream.builder().setInputStream(new BufferedInputStream(Files.newInputStream(file))).get();
             Reader reader = new InputStreamReader(in, charset);
             CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(false).get().parse(reader)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(cell.isEmpty() ? null : cell));
                rows.accept(new SheetRow((int) record.getRecordNumber(), cells));
            }
        } catch (UncheckedIOException e) {
            throw LedgerFileRefused.unreadable("CSV 文件格式有误（如引号未闭合）：" + e.getCause().getMessage());
        }
    }

    /**
     * UTF-8 when every line decodes as UTF-8; GBK when no line with Chinese text does; otherwise the file mixes the two.
     * Lines are split on the newline byte, which neither encoding uses inside a character.
     */
    static Charset encoding(Path file) throws IOException {
        int utf8Lines = 0;
        int otherLines = 0;
        int firstUtf8 = 0;
        int firstOther = 0;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            int lineNumber = 1;
            int b;
            boolean ascii = true;
            while (true) {
                b = in.read();
                if (b == '\n' || b == -1) {
                    if (!ascii) {
                        if (decodes(utf8, line.toByteArray())) {
                            utf8Lines++;
                            firstUtf8 = firstUtf8 == 0 ? lineNumber : firstUtf8;
                        } else {
                            otherLines++;
                            firstOther = firstOther == 0 ? lineNumber : firstOther;
                        }
                    }
                    if (b == -1) {
                        break;
                    }
                    line.reset();
                    ascii = true;
                    lineNumber++;
                    continue;
                }
                ascii &= b < 0x80;
                line.write(b);
            }
        }
        if (otherLines == 0) {
            return StandardCharsets.UTF_8;
        }
        // a UTF-8 BOM line is UTF-8 text; anything else that decodes as UTF-8 next to GBK lines is a mix
        if (utf8Lines > 0) {
            throw LedgerFileRefused.unreadable("文件混用了两种编码：第" + firstUtf8 + "行是 UTF-8，第" + firstOther
                    + "行是 GBK。请用同一种编码另存整个文件（建议 UTF-8）后再上传。");
        }
        return GBK;
    }

    private static boolean decodes(CharsetDecoder decoder, byte[] bytes) {
        try {
            decoder.reset().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
