package cn.zhaoshang.project.registry;

import jakarta.ws.rs.core.Response;

/**
 * The project list as an .xlsx download, for {@code GET /projects} with {@code Accept} asking for one. Implemented by
 * the ledger feature, which owns the spreadsheet form of projects (the same columns it imports).
 */
public interface ProjectSpreadsheet {

    Response export(ProjectQuery query);
}
