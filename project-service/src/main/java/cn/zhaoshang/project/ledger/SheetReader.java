package cn.zhaoshang.project.ledger;

import java.io.IOException;
import java.util.function.Consumer;

/** Reads a file's first sheet row by row, without holding the rows; empty rows may be skipped. */
interface SheetReader {

    void read(Consumer<SheetRow> rows) throws IOException;
}
