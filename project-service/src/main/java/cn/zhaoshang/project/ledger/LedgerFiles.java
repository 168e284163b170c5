package cn.zhaoshang.project.ledger;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells what an uploaded file is by its bytes, not its name, and opens a reader for it or says why not. */
final class LedgerFiles {

    enum Format { XLSX, CSV }

    private LedgerFiles() {
    }

    static Format formatOf(Path file, String fileName) throws IOException {
        if (Files.size(file) == 0) {
            throw LedgerFileRefused.unreadable("文件是空的。");
        }
        String name = fileName == null ? "" : fileName.toLowerCase();
        if (name.endsWith(".xlsm") || name.endsWith(".xltm") || name.endsWith(".xlsb")) {
            throw LedgerFileRefused.unsupported("不接受启用宏的工作簿（" + fileName + "）；请在 Excel 中另存为「Excel 工作簿（.xlsx）」后上传。");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        switch (magic) {
            case OOXML:
                return Format.XLSX;
            case OLE2:
                throw ole2(file);
            case UNKNOWN:
                if (looksLikeText(file)) {
                    return Format.CSV;
                }
                throw LedgerFileRefused.unsupported("文件不是表格：请上传 Excel 工作簿（.xlsx）或 CSV 文件（UTF-8 或 GBK 编码）。");
            default:
                throw LedgerFileRefused.unsupported("文件是 " + magic + " 格式，不是表格：请上传 Excel 工作簿（.xlsx）或 CSV 文件。");
        }
    }

    static SheetReader reader(Path file, Format format) {
        return format == Format.XLSX ? new XlsxSheetReader(file) : new CsvSheetReader(file);
    }

    /** An OLE2 container is either an encrypted .xlsx (password to open) or an old .xls. */
    private static LedgerFileRefused ole2(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return LedgerFileRefused.unsupported("文件设置了打开密码（已加密），无法读取；请取消密码后另存为 .xlsx 再上传。");
            }
        } catch (IOException | RuntimeException e) {
            return LedgerFileRefused.unreadable("文件已损坏，无法读取。");
        }
        return LedgerFileRefused.unsupported("这是旧版 Excel 97-2003 工作簿（.xls）；请在 Excel 中另存为「Excel 工作簿（.xlsx）」后上传。");
    }

    /** Text has no NUL bytes in its first 8 KB (UTF-16 and binaries do). */
    private static boolean looksLikeText(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    return false;
                }
            }
            return true;
        }
    }
}
